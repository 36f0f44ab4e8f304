/**
 * A run of short numbered paragraphs ("1. 经济总量迈上新台阶，……。" / "2. …" / "3. …")
 * is a list, and a presenter puts a list on one slide: one point per item, numbering
 * as written. Made one slide per paragraph, each item was a slide holding only its
 * title. A short paragraph introducing the list ("主要做法如下：") is its title.
 * Each slide's notes carry the items it shows, one paragraph each, and its
 * data-source names its first paragraph, so the Word briefing still prints every
 * paragraph once, as written.
 */
import { numberingOf } from '../article/patterns';
import type { Slide } from './model';
import { THEME_METRICS, paginate } from './fit';
import { notesText } from './notes-split';
import { pointsSlide, type ParagraphOptions } from './paragraph-slides';
import { chooseTitle, titleKey } from './slide-title';
import { stripClauseEnd } from './split-clauses';

/** The genre's list numbering (patterns.ts): 1. 1、 1．（1） (1) ① — written, never added. */
const ITEM_TYPES = new Set(['arabic', 'arabic-paren', 'circled']);

function itemMarker(t: string): string | null {
  const n = numberingOf(t);
  return n && ITEM_TYPES.has(n.type) ? n.marker : null;
}

const withoutMarker = (t: string): string => {
  const m = itemMarker(t);
  return m === null ? t : t.slice(m.length).trimStart();
};
/** An item is one sentence a slide can show whole. */
const MAX_ITEM = 80;
const MIN_RUN = 2;
/** An introduction short enough to be the list's title once its colon is dropped. */
const MAX_INTRO = 30;

function isItem(p: string): boolean {
  const t = p.trim();
  if (t.length > MAX_ITEM || itemMarker(t) === null) return false;
  // One sentence: no sentence end before the last character.
  return !/[。！？!?；;]/u.test(t.slice(0, -1));
}

/** How many list items start at paragraph `i` (0 when fewer than a run). */
export function listRunAt(paragraphs: readonly string[], i: number): number {
  let n = 0;
  while (i + n < paragraphs.length && isItem(paragraphs[i + n]!)) n++;
  return n >= MIN_RUN ? n : 0;
}

/** A short paragraph ending in a colon that introduces the list after it. */
export function isListIntro(paragraphs: readonly string[], i: number): boolean {
  const t = paragraphs[i]!.trim();
  return t.length <= MAX_INTRO + 1 && /[：:]$/u.test(t) && !/[。！？!?；;]/u.test(t) && listRunAt(paragraphs, i + 1) > 0;
}

/**
 * The slides of a list: `intro` is the introducing paragraph or null, `items` the
 * list's paragraphs, `sources` their data-source ids (the intro's first when there
 * is one). `avoid` holds the titles not to repeat; the ones used are added to it.
 */
/** A head of at most this many characters names an item ("经济总量", "科技创新"). */
const MAX_HEAD = 4;
/** A first clause this short names its item whole ("加强组织领导"). */
const MAX_HEAD_CLAUSE = 6;
const MAX_HEADS = 4;
const MAX_HEADS_TITLE = 20;
let words: Intl.Segmenter | null = null;

/** What each item is about, in its own first words. */
function itemHead(point: string): string | null {
  const clause = withoutMarker(point).split(/[，,：:“”]/u)[0]!.trim();
  if (clause.length < 2) return null;
  if (clause.length <= MAX_HEAD_CLAUSE) return clause;
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let head = '';
  // Only the opening words matter: segmenting the whole clause cost more than the rest of the list.
  for (const w of words.segment(clause.slice(0, MAX_HEAD * 2))) {
    if (!w.isWordLike || head.length + w.segment.length > MAX_HEAD) break;
    head += w.segment;
  }
  return head.length >= 2 ? head : null;
}

/**
 * The title a presenter gives a short list: its items' heads ("经济总量、科技创新、民生保障"),
 * when every item has one and together they fit a title line.
 */
function headsTitle(points: readonly string[]): string | null {
  if (points.length > MAX_HEADS) return null;
  const heads = points.map(itemHead);
  if (heads.some((h) => h === null) || new Set(heads).size < heads.length) return null;
  const title = heads.join('、');
  return title.length <= MAX_HEADS_TITLE ? title : null;
}

export function listSlides(intro: string | null, items: readonly string[], sources: readonly string[], fallbackTitle: string, avoid: Set<string>, opts: ParagraphOptions): Slide[] {
  const points = items.map((p) => stripClauseEnd(p.trim()));
  const joined = points.map(withoutMarker).join('。');
  const titleOf = (from: number, to: number, page: readonly string[]): string => headsTitle(page) ?? chooseTitle(joined, from, to, avoid, false)?.title ?? fallbackTitle;
  const title = intro ? stripClauseEnd(intro.trim()).replace(/[：:]$/u, '') : titleOf(0, joined.length, points);
  avoid.add(titleKey(title));
  const pages = paginate(points, title, THEME_METRICS[opts.theme], opts.maxBullets);
  const offset = intro ? 1 : 0;
  let k = 0;
  let at = 0;
  return pages.map((page, i) => {
    const paras = items.slice(k, k + page.length).map((p) => p.trim());
    const first = k;
    k += page.length;
    const start = at;
    at += page.reduce((n, p) => n + withoutMarker(p).length + 1, 0);
    if (i === 0) return pointsSlide('bullets', sources[0]!, title, page, notesText([...(intro ? [intro.trim()] : []), ...paras].join('\n\n')));
    const own = titleOf(start, at, page);
    avoid.add(titleKey(own));
    return pointsSlide('bullets', sources[first + offset]!, own, page, notesText(paras.join('\n\n')));
  });
}
