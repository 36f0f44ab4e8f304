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
 *     "sections": [ { "heading": string, "level": 1 | 2 | 3 | 4, "paragraphs": [string] } ],
 *     "extras": [ { "kind": "column-label" | "banner" | "meta" | "caption" | "attachment" | "signature"
 *                   | "date" | "note" | "masthead" | "banji",
 *                   "text": string, "fields"?: { "name"?, "issue"?, "unit"?, "date"? } } ]
 *   } ],
 *   "repairs": [ { "kind": "rejoin-break" | "orphan-line" | "rejoin-title" | "punctuation", "at": string } ]
 * }
 *
 * Keys appear in this order; new keys may be added, none removed or renamed.
 */
import { z } from 'zod';
import { EXTRA_KINDS, type ImportResult } from './types';

/** The schema as data, for tools that read the JSON to validate it. */
export const inspectJsonSchema = z.object({
  schema: z.literal(1),
  source: z.string(),
  encoding: z.string(),
  articles: z.array(
    z.object({
      title: z.string().nullable(),
      subtitle: z.string().nullable(),
      byline: z.string().nullable(),
      lead: z.array(z.string()),
      sections: z.array(z.object({ heading: z.string(), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), paragraphs: z.array(z.string()) })),
      extras: z.array(
        z.object({
          kind: z.enum(EXTRA_KINDS),
          text: z.string(),
          fields: z.object({ name: z.string(), issue: z.string(), unit: z.string(), date: z.string() }).partial().optional(),
        }),
      ),
    }),
  ),
  repairs: z.array(z.object({ kind: z.string(), at: z.string() })),
});

export type InspectJson = z.infer<typeof inspectJsonSchema>;

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
      extras: a.extras.map((e) => (e.fields ? { kind: e.kind, text: e.text, fields: { ...e.fields } } : { kind: e.kind, text: e.text })),
    })),
    repairs: result.repairs.map((r) => ({ kind: r.kind, at: r.at })),
  };
}
