/**
 * The stable JSON of `briefing inspect --json`, which other tools and checks
 * rely on. Schema (version 1):
 *
 * {
 *   "schema": 1,
 *   "source": string,                     file name as given
 *   "encoding": string,                   "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "docx" | "text" | …
 *   "articles": [ {
 *     "title": string | null,
 *     "subtitle": string | null,          引题 or 副题
 *     "byline": string | null,
 *     "lead": [string],                   paragraphs before the first heading
 *     "sections": [ { "heading": string, "level": 1 | 2 | 3, "paragraphs": [string] } ],
 *     "extras": [ { "kind": "column-label" | "banner" | "meta" | "caption", "text": string } ]
 *   } ],
 *   "repairs": [ { "kind": "rejoin-break" | "orphan-line" | "rejoin-title" | "punctuation", "at": string } ]
 * }
 *
 * Keys appear in this order; new keys may be added, none removed or renamed.
 */
import type { ExtraKind, ImportResult } from './types';

export interface InspectJson {
  schema: 1;
  source: string;
  encoding: string;
  articles: Array<{
    title: string | null;
    subtitle: string | null;
    byline: string | null;
    lead: string[];
    sections: Array<{ heading: string; level: 1 | 2 | 3; paragraphs: string[] }>;
    extras: Array<{ kind: ExtraKind; text: string }>;
  }>;
  repairs: Array<{ kind: string; at: string }>;
}

export function toInspectJson(result: ImportResult, source: string): InspectJson {
  return {
    schema: 1,
    source,
    encoding: result.encoding,
    articles: result.articles.map((a) => ({
      title: a.title,
      subtitle: a.subtitle,
      byline: a.byline,
      lead: [...a.lead],
      sections: a.sections.map((s) => ({ heading: s.heading, level: s.level, paragraphs: [...s.paragraphs] })),
      extras: a.extras.map((e) => ({ kind: e.kind, text: e.text })),
    })),
    repairs: result.repairs.map((r) => ({ kind: r.kind, at: r.at })),
  };
}
