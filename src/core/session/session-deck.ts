/**
 * Session + its decks → one reveal.js deck, the thing a session is presented and
 * exported as: a cover, an agenda, then per deck a divider (第一项 · title ·
 * minutes) and the deck's own slides, then a closing slide. Presenting, PDF, HTML,
 * pptx and the one 简报 all start from this deck; `sessionParts` takes it apart
 * again into the decks it was made of (for the briefing's items and the
 * presenter's per-deck budgets).
 */
import { chineseNumber } from '../deck/chinese-numbers';
import { plainText } from '../deck/inline-text';
import { DEFAULT_THEME } from '../deck/front-matter';
import { getAttr, getLayout, parseSource } from '../deck/slide-attrs';
import type { Block, ClosingLine, Deck, Slide } from '../deck/model';
import type { Session, SessionItem } from './model';

/** On every divider: which part (1-based) it opens; the planned minutes ride along. */
export const PART_ATTR = 'data-session-part';
export const MINUTES_ATTR = 'data-minutes';
const CLOSING_ATTR = 'data-closing';
const ROLE_ATTR = 'data-session';

/** One deck of a session as read by the host: null when it could not be read (the divider says so). */
export interface SessionDeckInput {
  item: SessionItem;
  deck: Deck | null;
}

const para = (text: string): Block => ({ kind: 'paragraph', text });
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
const isRelative = (src: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/iu.test(src);
const minutesText = (m: number | undefined) => (m ? `${m}分钟` : '');

/** The deck's title for the agenda: its front matter's, else its file name. */
export function itemTitle(input: SessionDeckInput): string {
  return input.deck?.meta.title || input.item.path.replace(/^.*\//u, '').replace(/\.md$/iu, '');
}

/** A picture a deck shows beside itself is found from the session's folder too. */
function rebase(slide: Slide, prefix: string): Slide {
  if (!prefix || !slide.blocks.some((b) => b.kind === 'image')) return slide;
  return { ...slide, blocks: slide.blocks.map((b) => (b.kind === 'image' && isRelative(b.src) ? { ...b, src: prefix + b.src } : b)) };
}

export function sessionDeck(session: Session, inputs: readonly SessionDeckInput[]): Deck {
  const m = session.meta;
  const title = m.title || '学习会';
  const when = [m.date, m.place].filter(Boolean).join(' · ');
  const cover: Block[] = [{ kind: 'heading', depth: 1, text: title }];
  if (when) cover.push(para(when));
  if (m.unit) cover.push(para(m.unit));
  const slides: Slide[] = [{ attrs: [{ name: 'class', value: 'cover' }, { name: ROLE_ATTR, value: 'cover' }], blocks: cover, notes: null }];
  if (inputs.length > 0) {
    slides.push({
      attrs: [{ name: 'class', value: 'contents' }, { name: ROLE_ATTR, value: 'agenda' }],
      blocks: [
        { kind: 'heading', depth: 2, text: '议程' },
        { kind: 'list', ordered: false, items: inputs.map((inp) => ({ text: [itemTitle(inp), minutesText(inp.item.minutes)].filter(Boolean).join('　'), depth: 0 })) },
      ],
      notes: null,
    });
  }
  inputs.forEach((inp, k) => {
    const attrs = [
      { name: 'class', value: 'section' },
      { name: PART_ATTR, value: String(k + 1) },
      ...(inp.item.minutes ? [{ name: MINUTES_ATTR, value: String(inp.item.minutes) }] : []),
      ...(inp.deck?.meta.closing?.length ? [{ name: CLOSING_ATTR, value: encodeURIComponent(JSON.stringify(inp.deck.meta.closing)) }] : []),
    ];
    const label = [`第${chineseNumber(k + 1)}项`, minutesText(inp.item.minutes)].filter(Boolean).join(' · ');
    const blocks: Block[] = [{ kind: 'heading', depth: 1, text: itemTitle(inp) }, para(label)];
    if (!inp.deck) blocks.push(para(`（未能读取演示稿：${inp.item.path}）`));
    slides.push({ attrs, blocks, notes: null });
    // Each deck's own closing page is left out: the session closes once. One that says the
    // article's last words (a speech's "谢谢大家！", data-source on its paragraph) is content and stays.
    const prefix = dirOf(inp.item.path);
    for (const s of inp.deck?.slides ?? []) if (getLayout(s) !== 'closing' || carriesArticleText(s)) slides.push(rebase(s, prefix));
  });
  slides.push({
    attrs: [{ name: 'class', value: 'closing' }, { name: ROLE_ATTR, value: 'closing' }],
    blocks: [{ kind: 'heading', depth: 1, text: '谢谢' }, para(title)],
    notes: null,
  });
  const theme = m.theme ?? inputs.find((i) => i.deck)?.deck?.meta.theme ?? DEFAULT_THEME;
  const aspect = inputs.find((i) => i.deck)?.deck?.meta.aspect;
  return { meta: { title, theme, ...(m.date ? { date: m.date } : {}), ...(aspect ? { aspect } : {}) }, slides };
}

function carriesArticleText(s: Slide): boolean {
  const kind = parseSource(getAttr(s, 'data-source') ?? '').kind;
  return kind === 'paragraph' || kind === 'lead';
}

/** One deck inside a session deck. */
export interface SessionPart {
  /** 1-based. */
  part: number;
  title: string;
  minutes?: number;
  /** Index of the divider slide in the session deck. */
  start: number;
  /** The deck as it was (its own slides, its closing lines), for the briefing. */
  deck: Deck;
}

const isPart = (s: Slide) => getAttr(s, PART_ATTR) !== undefined;
const isSessionClosing = (s: Slide) => getAttr(s, ROLE_ATTR) === 'closing';

export const isSessionDeck = (deck: Deck): boolean => deck.slides.some(isPart);

/** The decks a session deck was made of, in order; [] for an ordinary deck. */
export function sessionParts(deck: Deck): SessionPart[] {
  const out: SessionPart[] = [];
  deck.slides.forEach((s, i) => {
    if (isSessionClosing(s) && out.length) return;
    const last = out[out.length - 1];
    if (!isPart(s)) {
      if (last && !isSessionClosing(s)) last.deck.slides.push(s);
      return;
    }
    const heading = s.blocks.find((b) => b.kind === 'heading');
    const title = heading && heading.kind === 'heading' ? plainText(heading.text) : '';
    const minutes = Number(getAttr(s, MINUTES_ATTR));
    const closing = readClosing(getAttr(s, CLOSING_ATTR));
    out.push({
      part: out.length + 1,
      title,
      ...(minutes > 0 ? { minutes } : {}),
      start: i,
      deck: { meta: { title, theme: deck.meta.theme, ...(closing ? { closing } : {}) }, slides: [] },
    });
  });
  return out;
}

function readClosing(v: string | undefined): ClosingLine[] | undefined {
  if (!v) return undefined;
  try {
    const parsed = JSON.parse(decodeURIComponent(v)) as unknown;
    return Array.isArray(parsed) ? (parsed as ClosingLine[]).filter((c) => c && typeof c.kind === 'string' && typeof c.text === 'string') : undefined;
  } catch {
    return undefined;
  }
}
