/**
 * The slides of one paragraph: a title from its own text, its statements as bullets
 * (all of them, or the highest-ranked for 精简), continued on further slides that
 * each get a title from their own content, and the paragraph split over the slides'
 * notes so that together they carry it exactly once.
 */
import type { Block, Slide, SlideAttr, ThemeName } from './model';
import { emphasize } from './emphasis';
import { THEME_METRICS, paginate } from './fit';
import { notesText, splitPassages } from './notes-split';
import { briefCount, topRanked } from './rank';
import { chooseTitle, closesQuote, leadLabelLength, opensQuote, sentenceTitle, titleKey, type TitleChoice } from './slide-title';
import { statementsOf, type Density, type RoleMemo, type Statement } from './statements';
import { stripClauseEnd } from './split-clauses';

/** 精简 shows at most this many points on a slide. */
export const BRIEF_MAX_BULLETS = 4;

export interface ParagraphOptions {
  density: Density;
  maxBullets: number;
  theme: ThemeName;
}

export interface ParagraphContext {
  /** data-source of the slides ("s2p3"). */
  source: string;
  /** Title of last resort (the section's). */
  fallbackTitle: string;
  /** Titles a slide must not repeat (the section's, the deck's), by titleKey: made once per section with avoidKeys. */
  avoid: ReadonlySet<string>;
  /** The lead sentence when the importer already lifted it into a heading. */
  givenTitle?: string;
  /** Text the first slide's notes carry before the paragraph (that heading as written, a salutation). */
  notesPrefix?: string;
}

function attrs(layout: string, source: string): SlideAttr[] {
  return [
    { name: 'class', value: layout },
    { name: 'data-source', value: source },
  ];
}

/** A slide of a title and its points (no points, no list); empty notes are none. */
export function pointsSlide(layout: string, source: string, title: string, bullets: readonly string[], notes: string): Slide {
  const blocks: Block[] = [{ kind: 'heading', depth: 2, text: emphasize(title) }];
  if (bullets.length > 0) blocks.push({ kind: 'list', ordered: false, items: bullets.map((t) => ({ text: emphasize(t), depth: 0 })) });
  return { attrs: attrs(layout, source), blocks, notes: notes === '' ? null : notes };
}

/** A bullet as laid out: its text, where it starts in the paragraph, and where its slide's passage would start. */
interface Piece {
  text: string;
  start: number;
  cut: number;
  /** The piece starts its statement (a long statement may be broken over slides). */
  opens: boolean;
}

/** Map paginate's pages (strings, long points possibly broken) back onto the statements' spans. */
function piecesOf(pages: string[][], statements: Statement[]): Piece[][] {
  let k = 0;
  let used = 0;
  return pages.map((page) =>
    page.map((text) => {
      const st = statements[k]!;
      const piece = { text, start: st.start + used, cut: used === 0 ? st.from : st.start + used, opens: used === 0 };
      used += text.length;
      if (used >= st.text.length) {
        k++;
        used = 0;
      }
      return piece;
    }),
  );
}

/** A continuation slide's title: its first point's lead, else the key phrase of what it shows. */
function continuationTitle(text: string, page: Piece[], to: number, avoid: ReadonlySet<string>): { choice: TitleChoice | null; bullets: string[] } {
  const first = page[0]!;
  const lead = chooseTitle(text, first.start, first.start + first.text.length, avoid, true);
  if (lead && lead.kind !== 'key-phrase' && lead.consumedTo !== null) {
    const rest = stripClauseEnd(text.slice(lead.consumedTo, first.start + first.text.length)).trim();
    if (rest !== '' || page.length > 1) return { choice: lead, bullets: [...(rest === '' ? [] : [rest]), ...page.slice(1).map((p) => p.text)] };
  }
  return { choice: chooseTitle(text, first.start, to, avoid, false), bullets: page.map((p) => p.text) };
}

export function paragraphSlides(paragraph: string, ctx: ParagraphContext, opts: ParagraphOptions): Slide[] {
  const text = (paragraph.includes('\n') ? paragraph.replace(/\s*\n\s*/gu, ' ') : paragraph).trim();
  if (text === '') return [];
  const avoid = ctx.avoid;
  // The title chooser's clause roles, for the statements to reuse.
  const memo: RoleMemo = new Map();
  const lead: TitleChoice | null = ctx.givenTitle ? { title: ctx.givenTitle, consumedTo: null, kind: 'lead-sentence' } : (chooseTitle(text, 0, text.length, avoid, true, memo) ?? sentenceTitle(text, avoid));
  const title = lead?.title ?? ctx.fallbackTitle;
  // A paragraph opening with a quotation ("“一心一意抓项目，……。”") gets the quote layout.
  const layout = lead?.kind === 'lead-sentence' && opensQuote(title) && closesQuote(title) ? 'quote' : 'bullets';

  // An editors' label (【编者按】) is no point either; 详细 keeps every word, so it starts at the label.
  const label = leadLabelLength(text);
  const from = label === 0 ? (lead?.consumedTo ?? 0) : opts.density === 'full' ? 0 : Math.max(label, lead?.consumedTo ?? 0);
  let statements = statementsOf(text, from, opts.density, memo);
  let maxBullets = opts.maxBullets;
  if (opts.density === 'brief') {
    const keep = topRanked(
      statements.map((s) => s.text),
      briefCount(statements.length),
    );
    statements = keep.map((i) => statements[i]!);
    maxBullets = Math.min(maxBullets, BRIEF_MAX_BULLETS);
  }
  const pages = piecesOf(
    paginate(
      statements.map((s) => s.text),
      title,
      THEME_METRICS[opts.theme],
      maxBullets,
    ),
    statements,
  );
  const cuts = pages.map((p, i) => (i === 0 || p.length === 0 ? 0 : p[0]!.cut));
  const passages = splitPassages(text, cuts);
  // Continuation slides must not repeat the titles before them (made only when there are some).
  let used: Set<string> | null = null;
  const pagesTitles = [title];
  const slides = pages.map((page, i) => {
    const notes = notesText((i === 0 && ctx.notesPrefix ? ctx.notesPrefix.trim() : '') + passages[i]!);
    if (i === 0) return pointsSlide(layout, ctx.source, title, page.map((p) => p.text), notes);
    const to = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
    // A statement too long for one slide reads on under the same title, marked （续）.
    const midStatement = !page[0]!.opens;
    const prev = pagesTitles[i - 1]!;
    used ??= new Set(avoid).add(titleKey(title));
    const { choice, bullets } = midStatement ? { choice: null, bullets: page.map((p) => p.text) } : continuationTitle(text, page, to, used);
    const own = choice?.title ?? (prev.endsWith('（续）') ? prev : `${prev}（续）`);
    pagesTitles.push(own);
    used.add(titleKey(own));
    return pointsSlide('bullets', ctx.source, own, bullets, notes);
  });
  guardLinear(slides, text.length + (ctx.notesPrefix?.length ?? 0));
  return slides;
}

/** The titles a paragraph's slides must not repeat, as titleKey compares them. */
export function avoidKeys(titles: readonly string[]): ReadonlySet<string> {
  return new Set(titles.map(titleKey).filter((k) => k !== ''));
}

/** Per slide: a title line and markup. */
const SLIDE_ALLOWANCE = 80;

/**
 * Output must grow linearly with the input (issue 17: a paragraph repeated in the
 * notes of each of its slides grew with its square and crashed the app). The
 * notes carry the paragraph once and the bullets at most once more; anything
 * beyond three times the text is a bug, stopped here before it reaches a file.
 */
function guardLinear(slides: Slide[], inputChars: number): void {
  let chars = 0;
  for (const s of slides) {
    chars += (s.notes?.length ?? 0) - SLIDE_ALLOWANCE;
    for (const b of s.blocks) chars += b.kind === 'list' ? b.items.reduce((n, it) => n + it.text.length, 0) : 'text' in b ? b.text.length : 0;
  }
  if (chars > 3 * inputChars) throw new Error(`deck generation: ${chars} characters of slides for a ${inputChars}-character paragraph`);
}

/** A paragraph that only addresses the audience ("同志们：", "各位代表："). */
export function isSalutation(paragraph: string): boolean {
  const t = paragraph.trim();
  return t.length <= 40 && /[：:]$/u.test(t) && !/[。！？；]/u.test(t);
}
