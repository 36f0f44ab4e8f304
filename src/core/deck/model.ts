/**
 * The deck model: what a deck file (reveal.js Markdown + YAML front matter) parses
 * into and serializes from. Pure data, JSON-serialisable, so it crosses the host
 * contract, undo stacks and workers unchanged.
 *
 * Text fields hold inline Markdown (e.g. "**约5000亩**", "*“拿地即开工”*"): the
 * same text reveal.js's markdown plugin renders.
 */

/** The themes that ship with the app (resources/themes/<name>.css). */
export type BuiltinThemeName = 'party-red' | 'clean-white' | 'deep-blue' | 'study-red' | 'high-contrast';
/**
 * 'custom' names the unit's own theme kept in the app's data folder (core/theme/custom-theme.ts).
 * A deck naming it on a machine without one is shown in the default built-in theme, with a notice.
 */
export type ThemeName = BuiltinThemeName | 'custom';

/** Slide shape: 16:9 (1280×720, the default) or 4:3 (960×720) for older projectors. */
export type SlideAspect = '16:9' | '4:3';

/** Layout is carried in the slide's class attribute (class="cover" etc.). */
export type SlideLayout =
  | 'cover'
  | 'contents'
  | 'section'
  | 'bullets'
  | 'two-column'
  | 'figures'
  | 'quote'
  | 'closing';

export const CLOSING_KINDS = ['attachment', 'signature', 'date', 'note'] as const;
export type ClosingKind = (typeof CLOSING_KINDS)[number];
export interface ClosingLine {
  kind: ClosingKind;
  text: string;
}

export interface DeckMeta {
  title: string;
  byline?: string;
  subtitle?: string;
  source?: string;
  date?: string;
  theme: ThemeName;
  /**
   * What closes the article, in source order: 附件 lines, 署名, 成文日期, 附注
   * (the importer's typed extras). The Word briefing prints them where GB/T 9704
   * puts them. YAML: `closing:` then `- signature: 中共……委员会` lines.
   */
  closing?: ClosingLine[];
  /** Absent = 16:9. */
  aspect?: SlideAspect;
  /** Front matter keys the model does not know, kept in order, values as YAML text. */
  extra?: Array<{ key: string; yaml: string }>;
  /**
   * Front matter text the model could not use (YAML that does not parse, a field with
   * a bad value), kept so that saving never loses what the user wrote. Written back as
   * `#! …` comment lines, which YAML ignores and the parser reads back here.
   */
  kept?: string[];
}

/** One `name="value"` pair of a `<!-- .slide: … -->` comment, order kept. */
export interface SlideAttr {
  name: string;
  value: string;
}

export interface ListItem {
  text: string;
  /** 0 = top level. */
  depth: number;
}

export type Block =
  | { kind: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'image'; alt: string; src: string }
  /** Anything the model does not understand, kept byte for byte. */
  | { kind: 'raw'; text: string };

export interface Slide {
  attrs: SlideAttr[];
  blocks: Block[];
  /** Speaker notes (Markdown), null when the slide has no `Note:` part. */
  notes: string | null;
}

export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
}

/** The slide size reveal.js lays out at (16:9) and every surface scales from: canvas, show, PDF, HTML. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** A problem found while parsing; the rest of the deck still opens. */
export interface DeckDiagnostic {
  line: number;
  message: { zh: string; en: string };
}
