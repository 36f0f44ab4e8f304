/**
 * Article → Deck: a cover, a contents slide, per section a numbered divider, per
 * paragraph a slide titled from its own text and bulleted with its statements,
 * continuation slides with their own titles where the points do not fit, a "数说"
 * key-figures slide for sections with three or more figures, and a closing slide.
 *
 * Titles and bullets come from paragraph-slides.ts (statements, ranking, titles, notes
 * split): each slide's notes carry the passage it shows, so the slides of a paragraph
 * carry it exactly once and the deck grows linearly with the article.
 */
import type { Article, Section } from '../article/types';
import { CLOSING_KINDS, type Block, type ClosingLine, type Deck, type DeckMeta, type Slide, type SlideAttr, type ThemeName } from './model';
import { emphasize, findFigures } from './emphasis';
import { THEME_METRICS, paginate } from './fit';
import { DEFAULT_THEME } from './front-matter';
import { chineseNumber } from './chinese-numbers';
import { clauseEnds, displayWidth, splitClauses, stripClauseEnd } from './split-clauses';
import { avoidKeys, isSalutation, paragraphSlides, type ParagraphContext, type ParagraphOptions } from './paragraph-slides';
import type { Density } from './statements';
import { isListIntro, listRunAt, listSlides } from './list-slides';
import { notesText } from './notes-split';

/** The earlier name of the density choice: 'points' is 标准, 'full' is 详细. */
export type DetailLevel = 'points' | 'full';

export interface GenerateOptions {
  /** 精简 'brief' (3–4 highest-ranked points a slide), 标准 'standard' (every statement), 详细 'full' (every sentence). Default 'standard'. */
  density?: Density;
  /** @deprecated use density: 'points' = 'standard', 'full' = 'full'. Ignored when density is set. */
  detail?: DetailLevel;
  /** Most bullets on one slide; more continue on a "（续）" slide. Default 6. */
  maxBullets?: number;
  theme?: ThemeName;
  /** Add a contents slide (when there are two or more sections). Default true. */
  contents?: boolean;
  /** Add a closing slide. Default true. */
  closing?: boolean;
  /**
   * Number bare headings (一、 （一） 1. by level) that carry no numbering of their
   * own. Off by default: the author's numbering is text and is kept as written.
   */
  number?: boolean;
}

export type ResolvedOptions = Required<Omit<GenerateOptions, 'detail'>>;

export const DEFAULT_OPTIONS: ResolvedOptions = {
  density: 'standard',
  maxBullets: 6,
  theme: DEFAULT_THEME,
  contents: true,
  closing: true,
  number: false,
};


const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.、．]|[（(]\d+[）)]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[部分章节篇])/u;

function numberFor(level: number, n: number): string {
  if (level === 1) return `${chineseNumber(n)}、`;
  if (level === 2) return `（${chineseNumber(n)}）`;
  if (level === 3) return `${n}.`;
  return `（${n}）`;
}

/**
 * A divider's label: the heading as written. Only with `number` on does a bare
 * heading get a number for its level; counters[level] is its position among the
 * headings of that level under the same parent.
 */
function headingLabel(main: string, level: number, counters: number[], number: boolean): string {
  counters[level] = (counters[level] ?? 0) + 1;
  for (let l = level + 1; l < counters.length; l++) counters[l] = 0;
  return number && !NUMBERED.test(main) ? numberFor(level, counters[level]!) + main : main;
}

/** The closing block (附件, 署名, 成文日期, 附注) for the front matter, in source order. */
function closingOf(article: Article): ClosingLine[] {
  const kinds: readonly string[] = CLOSING_KINDS;
  return article.extras.filter((e) => kinds.includes(e.kind)).map((e) => ({ kind: e.kind as ClosingLine['kind'], text: e.text.trim() }));
}

/** Slides titled with a run-in lead sentence record its level, as dividers do. */
function withLevel(slides: Slide[], level: number): Slide[] {
  for (const slide of slides) slide.attrs.push({ name: 'data-level', value: String(level) });
  return slides;
}

/**
 * A long heading "始终把推动发展作为首要职责,奋力书写好“……”的新答卷" reads as a
 * divider title and a subtitle; a short one stays whole.
 */
export function splitHeading(heading: string): { main: string; sub: string | null } {
  const h = heading.trim();
  if (displayWidth(h) <= 16) return { main: h, sub: null };
  const clauses = splitClauses(h);
  if (clauses.length < 2) return { main: h, sub: null };
  return { main: stripClauseEnd(clauses[0]!), sub: h.slice(clauses[0]!.length).trim() };
}

function attrs(layout: string | null, source: string, level?: number): SlideAttr[] {
  const a: SlideAttr[] = [];
  if (layout) a.push({ name: 'class', value: layout });
  a.push({ name: 'data-source', value: source });
  // The source heading's level (1 一、, 2 （一）, 3 1., 4 （1））, for the outline and Word.
  if (level !== undefined) a.push({ name: 'data-level', value: String(level) });
  return a;
}

function para(text: string): Block {
  return { kind: 'paragraph', text: emphasize(text) };
}

function bulletList(items: string[]): Block {
  return { kind: 'list', ordered: false, items: items.map((t) => ({ text: emphasize(t), depth: 0 })) };
}

/** A speech's last words, thanking the audience: the closing slide says them instead of a slide of their own. */
const THANKS = /^(?:谢谢(?:大家|各位|同志们)?|感谢(?:大家|各位)(?:的聆听)?|谢谢大家的聆听)[！!。.]?$/u;

/** Words that open an address to the audience ("同志们：", "各位代表："), never a list's title. */
const ADDRESS = /^(?:同志们|各位|尊敬的|亲爱的|朋友们)/u;

/**
 * The slides of a list of paragraphs. A paragraph that only addresses the audience
 * ("同志们：") gets no slide of its own: it opens the next one's notes.
 */
function paragraphsSlides(paragraphs: string[], source: (i: number) => string, ctx: Omit<ParagraphContext, 'source'>, opts: ParagraphOptions): Slide[] {
  const out: Slide[] = [];
  let carry = ctx.notesPrefix ?? '';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    // A list (short numbered paragraphs, perhaps after "…如下：") goes on one slide, not a slide an item.
    const intro = !(i === 0 && ctx.givenTitle) && !ADDRESS.test(p) && isListIntro(paragraphs, i);
    const run = intro ? listRunAt(paragraphs, i + 1) : i === 0 && ctx.givenTitle ? 0 : listRunAt(paragraphs, i);
    if (run > 0) {
      const first = intro ? i + 1 : i;
      const sources = Array.from({ length: run + (intro ? 1 : 0) }, (_, k) => source(i + k));
      const made = listSlides(intro ? p : null, paragraphs.slice(first, first + run), sources, ctx.fallbackTitle, new Set(ctx.avoid), opts);
      if (carry !== '') made[0]!.notes = notesText(`${carry}\n\n${made[0]!.notes ?? ''}`);
      for (const s of made) out.push(s);
      carry = '';
      i = first + run - 1;
      continue;
    }
    if (isSalutation(p) && i + 1 < paragraphs.length) {
      carry += p.trim();
      continue;
    }
    // Built whole (no spread, no delete): one object shape for every paragraph.
    const c: ParagraphContext = { source: source(i), fallbackTitle: ctx.fallbackTitle, avoid: ctx.avoid, givenTitle: i === 0 ? ctx.givenTitle : undefined, notesPrefix: carry !== '' ? carry : undefined };
    for (const s of paragraphSlides(p, c, opts)) out.push(s);
    carry = '';
  }
  return out;
}

/** "数说": the section's figures, each in the clause that says what it counts. */
export function figureSlides(sections: Section[], source: string, opts: ResolvedOptions): Slide[] {
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const figures = paragraphs.map(findFigures);
  if (figures.reduce((n, f) => n + f.length, 0) < 3) return [];
  const found: string[] = [];
  for (const [i, p] of paragraphs.entries()) {
    // A figure never spans a clause break (nor does a clause start where a figure's
    // left edge would be refused), so a clause has one when one of the paragraph's starts in it.
    const spans = figures[i]!;
    if (spans.length === 0) continue;
    let k = 0;
    let start = 0;
    for (const end of clauseEnds(p, 0, p.length)) {
      while (k < spans.length && spans[k]!.start < start) k++;
      if (k < spans.length && spans[k]!.start < end) found.push(stripClauseEnd(p.slice(start, end)));
      start = end;
    }
  }
  const pages = paginate(found, '数说', THEME_METRICS[opts.theme], opts.maxBullets);
  return pages.map((page, i) => ({
    attrs: attrs('figures', source),
    blocks: [{ kind: 'heading', depth: 2, text: i === 0 ? '数说' : '数说（续）' }, bulletList(page)],
    notes: null,
  }));
}

function findDate(article: Article): string | undefined {
  for (const e of article.extras) {
    const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(e.text);
    if (e.kind === 'meta' && m) return m[0];
  }
  return undefined;
}

/**
 * The importer lifts a paragraph's lead sentence ("在万亿之城再出发中提升贡献度。")
 * into a lower-level heading: that is a slide title (and a run-in heading in
 * Word), not a divider. So is a heading that is a whole sentence at the top
 * ("一是强化组织推动。" in a 简报 item). Shared with the briefing outline built
 * from a saved article, so both read an article's sections alike.
 */
export function leadSentenceTest(article: Article): (s: Section) => boolean {
  const top = Math.min(...article.sections.map((s) => s.level));
  return (s) => /[。！？!?]$/u.test(s.heading.trim()) && (s.level > top || /^[一二三四五六七八九十]{1,2}是/u.test(s.heading.trim()));
}

export function generateDeck(article: Article, options: GenerateOptions = {}): Deck {
  // Built field by field (no spread of the caller's object, no delete): one object shape,
  // read for every paragraph; an option left undefined takes its default.
  const pick = <K extends keyof ResolvedOptions>(k: K): ResolvedOptions[K] => (options[k] === undefined ? DEFAULT_OPTIONS[k] : (options[k] as ResolvedOptions[K]));
  const opts: ResolvedOptions = {
    density: options.density ?? (options.detail === 'full' ? 'full' : DEFAULT_OPTIONS.density),
    maxBullets: pick('maxBullets'),
    theme: pick('theme'),
    contents: pick('contents'),
    closing: pick('closing'),
    number: pick('number'),
  };
  const title = (article.title ?? article.sections[0]?.heading ?? article.sourceName).trim();
  const meta: DeckMeta = { title, theme: opts.theme };
  if (article.subtitle) meta.subtitle = article.subtitle.trim();
  if (article.byline) meta.byline = article.byline.trim();
  meta.source = article.sourceName;
  const date = findDate(article);
  if (date) meta.date = date;
  const closing = closingOf(article);
  if (closing.length > 0) meta.closing = closing;

  const slides: Slide[] = [];
  const cover: Block[] = [{ kind: 'heading', depth: 1, text: emphasize(title) }];
  if (article.subtitle) cover.push(para(article.subtitle.trim()));
  if (article.byline) cover.push(para(article.byline.trim()));
  // One line saying where it ran: the column or paper, and the date.
  const where = [article.extras.find((e) => e.kind === 'column-label')?.text, date]
    .filter((x): x is string => Boolean(x))
    .map((x) => x.replace(/\s+/gu, ' ').trim());
  if (where.length > 0) cover.push(para(where.join(' · ')));
  slides.push({ attrs: attrs('cover', 'title'), blocks: cover, notes: null });

  const top = Math.min(...article.sections.map((s) => s.level));
  const isLeadSentence = leadSentenceTest(article);

  // Headings as written; numbers only for bare headings and only when asked.
  const counters = [0, 0, 0, 0, 0];
  const numbered = article.sections.map((s) => {
    const { main, sub } = splitHeading(s.heading);
    if (isLeadSentence(s)) return { section: s, label: main, main, sub, divider: false };
    return { section: s, label: headingLabel(main, s.level, counters, opts.number), main, sub, divider: true };
  });

  const listed = numbered.filter((n) => n.section.level === top);
  if (opts.contents && listed.length >= 2) {
    const pages = paginate(listed.map((n) => (n.divider ? n.label : stripClauseEnd(n.label))), '目录', THEME_METRICS[opts.theme], opts.maxBullets);
    pages.forEach((page, i) =>
      slides.push({
        attrs: attrs('contents', 'contents'),
        blocks: [{ kind: 'heading', depth: 2, text: i === 0 ? '目录' : '目录（续）' }, bulletList(page)],
        notes: null,
      }),
    );
  }

  // "谢谢大家！" closing a speech: said by the closing slide, whose notes keep it (nothing lost, nothing twice).
  const lastSection = article.sections.at(-1) ?? null;
  const pool = lastSection ? lastSection.paragraphs : article.lead;
  const banner = article.extras.find((e) => e.kind === 'banner');
  const thanks = opts.closing && !banner && pool.length > 1 && THANKS.test(pool.at(-1)!.trim()) ? pool.at(-1)!.trim() : null;
  const thanksSource = lastSection ? `s${article.sections.length}p${pool.length}` : `l${pool.length}`;
  const withoutThanks = (ps: string[]): string[] => (thanks && ps === pool ? ps.slice(0, -1) : ps);

  slides.push(...paragraphsSlides(withoutThanks(article.lead), (i) => `l${i + 1}`, { fallbackTitle: title, avoid: avoidKeys([title]) }, opts));

  // A chapter is a top-level section with the sections under it: its figures make one "数说".
  let chapter: { sid: string; sections: Section[] } | null = null;
  const closeChapter = () => {
    if (chapter) slides.push(...figureSlides(chapter.sections, chapter.sid, opts));
    chapter = null;
  };
  let fallback = title;
  // The titles a section's slides avoid change only with the fallback (at a divider).
  let avoidFor: string | null = null;
  let avoid: ReadonlySet<string> = new Set();
  numbered.forEach((n, si) => {
    const sid = `s${si + 1}`;
    if (n.section.level === top) {
      closeChapter();
      chapter = { sid, sections: [] };
    }
    (chapter as { sections: Section[] } | null)?.sections.push(n.section);
    if (n.divider) {
      const divider: Block[] = [{ kind: 'heading', depth: 1, text: emphasize(n.label) }];
      if (n.sub) divider.push(para(n.sub));
      slides.push({ attrs: attrs('section', sid, n.section.level), blocks: divider, notes: null });
      fallback = n.main;
    }
    const given = n.divider ? undefined : stripClauseEnd(n.section.heading);
    if (!n.divider && n.section.paragraphs.length === 0) {
      slides.push({ attrs: attrs('bullets', sid, n.section.level), blocks: [{ kind: 'heading', depth: 2, text: emphasize(given!) }], notes: null });
    }
    if (avoidFor !== fallback) {
      avoidFor = fallback;
      avoid = avoidKeys([fallback, title]);
    }
    const ctx: Omit<ParagraphContext, 'source'> = { fallbackTitle: fallback, avoid };
    if (given) {
      ctx.givenTitle = given;
      ctx.notesPrefix = n.section.heading;
    }
    const made = paragraphsSlides(withoutThanks(n.section.paragraphs), (pi) => `${sid}p${pi + 1}`, ctx, opts);
    // The slides of the lead sentence's own paragraph carry its level.
    if (given) withLevel(made.filter((m) => m.attrs.some((a) => a.name === 'data-source' && a.value === `${sid}p1`)), n.section.level);
    slides.push(...made);
  });
  closeChapter();

  if (opts.closing) {
    const blocks: Block[] = banner
      ? [{ kind: 'heading', depth: 1, text: emphasize(banner.text.replace(/\s+/gu, ' ').trim()) }]
      : [{ kind: 'heading', depth: 1, text: thanks ? emphasize(thanks) : '谢谢' }, para(title)];
    slides.push({ attrs: attrs('closing', banner ? 'banner' : thanks ? thanksSource : 'end'), blocks, notes: thanks ? notesText(thanks) : null });
  }
  return { meta, slides };
}
