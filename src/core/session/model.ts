/**
 * A study session (学习会): several decks presented in one sitting and filed as one
 * 简报. The session file is Markdown with YAML front matter, like a deck; the body
 * (free notes, 会议说明) is kept byte for byte and never shown as slides.
 */
import type { ThemeName } from '../deck/model';

/** One deck of the session, in presenting order. */
export interface SessionItem {
  /** The deck file, relative to the session file's folder (the user library in the app), "/" separated. */
  path: string;
  /** 'builtin': a deck shipped with the app (slides/); absent: beside the session file. */
  root?: 'builtin';
  /** Minutes planned for the deck: shown per deck in the presenter view. */
  minutes?: number;
  /** Keys of the item this version does not know, kept in order with their values. */
  extra?: Array<{ key: string; value: unknown }>;
}

export interface SessionMeta {
  title: string;
  /** As typed: "2024-07-01" or "2024年7月1日". */
  date?: string;
  /** 地点. */
  place?: string;
  /** 主办单位: the host unit, also the masthead's issuing unit by default. */
  unit?: string;
  /** The theme the combined deck is shown in; absent: the first deck's. */
  theme?: ThemeName;
  /** Front matter keys the model does not know, kept in order, values as YAML text. */
  extra?: Array<{ key: string; yaml: string }>;
  /** Text that could not be used (bad YAML, a bad value), written back as `#! ` lines. */
  kept?: string[];
}

export interface Session {
  meta: SessionMeta;
  items: SessionItem[];
  /** Everything after the front matter, verbatim. */
  body: string;
}

export interface SessionDiagnostic {
  line: number;
  message: { zh: string; en: string };
}

/** A session file is named `<name>.session.md`: the library tells it from a deck by the name alone. */
export const SESSION_SUFFIX = '.session.md';
export const isSessionPath = (path: string): boolean => path.toLowerCase().endsWith(SESSION_SUFFIX);
export const MAX_MINUTES = 999;
