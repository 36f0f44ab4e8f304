/**
 * Article → Deck: a cover, a contents slide, per section a numbered divider, per
 * paragraph a slide titled with its lead sentence (or lead phrase) and bulleted with
 * the clauses that follow, "（续）" slides where the points do not fit, a "数说"
 * key-figures slide for sections with three or more figures, and a closing slide.
 *
 * Every paragraph goes whole into the notes of each slide made from it, so nothing
 * the author wrote is lost whatever the bullets leave out.
 */
import type { Article, Section } from '../article/types';
import type { Block, Deck, DeckMeta, Slide, SlideAttr, ThemeName } from './model';
import { emphasize, findFigures } from './emphasis';
import { THEME_METRICS, paginate } from './fit';
import { DEFAULT_THEME } from './front-matter';
import { chineseNumber } from './chinese-numbers';
import { displayWidth, isEmptyConnective, splitClauses, splitSentences, stripClauseEnd } from './split-clauses';

export type DetailLevel = 'points' | 'full';

export interface GenerateOptions {
  /** 'points': bullets are the clauses; 'full': bullets are whole sentences. Default 'points'. */
  detail?: DetailLevel;
  /** Most bullets on one slide; more continue on a "（续）" slide. Default 6. */
  maxBullets?: number;
  theme?: ThemeName;
  /** Add a contents slide (when there are two or more sections). Default true. */
  contents?: boolean;
  /** Add a closing slide. Default true. */
  closing?: boolean;
}

export const DEFAULT_OPTIONS: Required<GenerateOptions> = {
  detail: 'points',
  maxBullets: 6,
  theme: DEFAULT_THEME,
  contents: true,
  closing: true,
};

/** Longest lead sentence / lead phrase used as a title, in CJK character cells. */
const MAX_TITLE_SENTENCE = 26;
const MAX_TITLE_PHRASE = 18;
/** Clauses shorter than this read better joined to their neighbour ("分类施策，靶向发力"). */
const MIN_POINT = 6;
const ENDS_SENTENCE = /[。！？；!?;…][”’」』）)]*\s*$/u;

const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.、．])/u;

function numberFor(level: number, n: number): string {
  if (level === 1) return `${chineseNumber(n)}、`;
  if (level === 2) return `（${chineseNumber(n)}）`;
  return `${n}.`;
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

export interface Lead {
  /** Plain text of the title, or null when the paragraph has no usable lead. */
  title: string | null;
  /** The paragraph after the lead. */
  rest: string;
}

/** The paragraph's lead sentence ("在万亿之城再出发中提升贡献度。") or lead phrase ("健全科创生态系统,"). */
export function leadOf(paragraph: string): Lead {
  const p = paragraph.trim();
  const s0 = splitSentences(p, 1)[0] ?? '';
  const s0core = stripClauseEnd(s0);
  if (s0core !== '' && displayWidth(s0core) <= MAX_TITLE_SENTENCE) {
    return { title: s0core, rest: p.slice(s0.length) };
  }
  const c0 = splitClauses(p, 1)[0] ?? '';
  const c0core = stripClauseEnd(c0);
  if (c0.length < p.length && displayWidth(c0core) >= 4 && displayWidth(c0core) <= MAX_TITLE_PHRASE) {
    return { title: c0core, rest: p.slice(c0.length) };
  }
  return { title: null, rest: p };
}

/** Key points of a text: its clauses, empty connectives dropped, short ones joined. */
export function pointsOf(text: string, detail: DetailLevel): string[] {
  if (detail === 'full') {
    return splitSentences(text)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  const units: string[] = [];
  // A short clause joins the clause before it, unless that one ended a sentence: then
  // it leads into the next one ("。新的一年，武高新将……").
  let carry = '';
  for (const c of splitClauses(text)) {
    const core = stripClauseEnd(c);
    if (core === '' || isEmptyConnective(core)) continue;
    const last = units.length - 1;
    const short = displayWidth(core) < MIN_POINT;
    // Time phrases ("2024年，", "新的一年，") introduce what follows: they lead into it.
    const leadsIn = short && /[年月日时期来后前]$/u.test(core);
    if (short && !leadsIn && last >= 0 && carry === '' && !ENDS_SENTENCE.test(units[last]!)) units[last] += c;
    else if (short) carry += c;
    else {
      units.push(carry + c);
      carry = '';
    }
  }
  if (carry !== '') {
    if (units.length > 0) units[units.length - 1] += carry;
    else units.push(carry);
  }
  return units.map(stripClauseEnd).filter((u) => u !== '');
}

/**
 * Notes are the paragraph as plain text. A line the deck format reads as structure
 * (`---`, `Note:`) is indented by one space so it stays inside the notes.
 */
function notes(text: string): string {
  if (!text.includes('-') && !/note/iu.test(text)) return text;
  return text.replace(/^(---|notes?:)/gimu, ' $1');
}

function attrs(layout: string | null, source: string): SlideAttr[] {
  const a: SlideAttr[] = [];
  if (layout) a.push({ name: 'class', value: layout });
  a.push({ name: 'data-source', value: source });
  return a;
}

function para(text: string): Block {
  return { kind: 'paragraph', text: emphasize(text) };
}

function bulletList(items: string[]): Block {
  return { kind: 'list', ordered: false, items: items.map((t) => ({ text: emphasize(t), depth: 0 })) };
}

/** The slides of one paragraph: lead as title, points as bullets, "（续）" as needed. */
export function paragraphSlides(
  paragraph: string,
  source: string,
  fallbackTitle: string,
  opts: Required<GenerateOptions>,
  /** The lead sentence when the importer already lifted it into a heading. */
  givenTitle?: string,
  /** That heading as written: the notes get it back in front of the paragraph. */
  givenHeading?: string,
): Slide[] {
  const text = (paragraph.includes('\n') ? paragraph.replace(/\s*\n\s*/gu, ' ') : paragraph).trim();
  if (text === '') return [];
  const lead: Lead = givenTitle ? { title: givenTitle, rest: text } : leadOf(text);
  const title = lead.title ?? fallbackTitle;
  // A paragraph opening with a quotation ("“一心一意抓项目,……。”") gets the quote layout.
  const layout = lead.title !== null && /^[“「]/u.test(lead.title) && /[”」]$/u.test(lead.title) ? 'quote' : 'bullets';
  const points = pointsOf(lead.rest, opts.detail);
  const pages = paginate(points, title, THEME_METRICS[opts.theme], opts.maxBullets);
  const noteText = notes(givenHeading ? givenHeading.trim() + text : text);
  return pages.map((page, i) => {
    const blocks: Block[] = [{ kind: 'heading', depth: 2, text: emphasize(i === 0 ? title : `${title}（续）`) }];
    if (page.length > 0) blocks.push(bulletList(page));
    return { attrs: attrs(layout, source), blocks, notes: noteText };
  });
}

/** "数说": the section's figures, each in the clause that says what it counts. */
export function figureSlides(sections: Section[], source: string, opts: Required<GenerateOptions>): Slide[] {
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const count = paragraphs.reduce((n, p) => n + findFigures(p).length, 0);
  if (count < 3) return [];
  const found: string[] = [];
  for (const p of paragraphs) {
    for (const clause of splitClauses(p)) {
      if (findFigures(clause).length > 0) found.push(stripClauseEnd(clause));
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

export function generateDeck(article: Article, options: GenerateOptions = {}): Deck {
  const opts: Required<GenerateOptions> = { ...DEFAULT_OPTIONS, ...options };
  const title = (article.title ?? article.sections[0]?.heading ?? article.sourceName).trim();
  const meta: DeckMeta = { title, theme: opts.theme };
  if (article.subtitle) meta.subtitle = article.subtitle.trim();
  if (article.byline) meta.byline = article.byline.trim();
  meta.source = article.sourceName;
  const date = findDate(article);
  if (date) meta.date = date;

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

  // The importer lifts a paragraph's lead sentence ("在万亿之城再出发中提升贡献度。")
  // into a lower-level heading: that is a slide title, not a divider.
  const top = Math.min(...article.sections.map((s) => s.level));
  const isLeadSentence = (s: Section) => s.level > top && /[。！？!?]$/u.test(s.heading.trim());

  // Numbering per level; headings that already carry a number keep theirs.
  const counters = [0, 0, 0, 0];
  const numbered = article.sections.map((s) => {
    const { main, sub } = splitHeading(s.heading);
    if (isLeadSentence(s)) return { section: s, label: main, main, sub, divider: false };
    counters[s.level]!++;
    for (let l = s.level + 1; l <= 3; l++) counters[l] = 0;
    const label = NUMBERED.test(main) ? main : numberFor(s.level, counters[s.level]!) + main;
    return { section: s, label, main, sub, divider: true };
  });

  const listed = numbered.filter((n) => n.section.level === top);
  if (opts.contents && listed.length >= 2) {
    const pages = paginate(listed.map((n) => n.label), '目录', THEME_METRICS[opts.theme], opts.maxBullets);
    pages.forEach((page, i) =>
      slides.push({
        attrs: attrs('contents', 'contents'),
        blocks: [{ kind: 'heading', depth: 2, text: i === 0 ? '目录' : '目录（续）' }, bulletList(page)],
        notes: null,
      }),
    );
  }

  article.lead.forEach((p, i) => slides.push(...paragraphSlides(p, `l${i + 1}`, title, opts)));

  // A chapter is a top-level section with the sections under it: its figures make one "数说".
  let chapter: { sid: string; sections: Section[] } | null = null;
  const closeChapter = () => {
    if (chapter) slides.push(...figureSlides(chapter.sections, chapter.sid, opts));
    chapter = null;
  };
  let fallback = title;
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
      slides.push({ attrs: attrs('section', sid), blocks: divider, notes: null });
      fallback = n.main;
    }
    const given = n.divider ? undefined : stripClauseEnd(n.section.heading);
    if (!n.divider && n.section.paragraphs.length === 0) {
      slides.push({ attrs: attrs('bullets', sid), blocks: [{ kind: 'heading', depth: 2, text: emphasize(given!) }], notes: null });
    }
    n.section.paragraphs.forEach((p, pi) =>
      slides.push(
        ...paragraphSlides(p, `${sid}p${pi + 1}`, fallback, opts, pi === 0 ? given : undefined, pi === 0 && given ? n.section.heading : undefined),
      ),
    );
  });
  closeChapter();

  if (opts.closing) {
    const banner = article.extras.find((e) => e.kind === 'banner');
    const blocks: Block[] = banner
      ? [{ kind: 'heading', depth: 1, text: emphasize(banner.text.replace(/\s+/gu, ' ').trim()) }]
      : [{ kind: 'heading', depth: 1, text: '谢谢' }, para(title)];
    slides.push({ attrs: attrs('closing', banner ? 'banner' : 'end'), blocks, notes: null });
  }
  return { meta, slides };
}
