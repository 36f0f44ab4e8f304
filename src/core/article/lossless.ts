/**
 * The nothing-lost invariant as a checkable function: every non-whitespace
 * character of the input appears exactly once in the result, in order, up to the
 * markup the readers remove ("#" heading marks, "□" byline bullets) and the
 * punctuation normalisation. The body (title, lead, headings, paragraphs) must
 * follow source order exactly; subtitle, byline and extras may sit anywhere among
 * it (a 引题 stands above the title, a byline may close the last paragraph; the
 * title may follow a 编者按 opening the lead), but
 * each must be a contiguous run of the source. Used by the property tests and the
 * fixture table; cheap enough to run on any single article.
 */
import { EDITOR_NOTE } from './front-matter';
import type { ImportResult } from './types';

const FOLD: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };

function fold(s: string): string {
  return s.replace(/\s+/g, '').replace(/[，：；？！（）]/g, (c) => FOLD[c]!);
}

/** The plain-text reader's view of its input: markup that is not content removed. */
export function plainTextContent(text: string): string {
  return fold(
    text
      .split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)
      .map((l) => {
        const t = l.trim();
        const heading = /^#{1,6}[ \t\u3000]+(?=\S)/;
        return heading.test(t) ? t.replace(heading, '') : t.replace(/^[□■◇◆☐]\s*(?=\S)/, '');
      })
      .join('\n'),
  );
}

export interface LosslessReport {
  ok: boolean;
  /** Where matching stopped, with a little context, when not ok. */
  at?: string;
}

export function checkLossless(content: string, result: ImportResult): LosslessReport {
  const ordered: string[] = [];
  const floating: string[] = [];
  for (const a of result.articles) {
    // A 简报 item's title may stand below the 编者按 that opens its lead.
    if (a.title) (a.lead[0] && EDITOR_NOTE.test(a.lead[0]) ? floating : ordered).push(a.title);
    ordered.push(...a.lead);
    for (const s of a.sections) ordered.push(s.heading, ...s.paragraphs);
    if (a.subtitle) floating.push(a.subtitle);
    if (a.byline) floating.push(a.byline);
    floating.push(...a.extras.map((e) => e.text));
  }
  const O = ordered.map(fold).filter(Boolean);
  const F = floating.map(fold).filter(Boolean);
  const total = O.concat(F).reduce((n, s) => n + s.length, 0);
  if (total !== content.length) return { ok: false, at: `length ${total} ≠ ${content.length}` };

  // Depth-first merge of the ordered stream with the floating pieces; the
  // visited set keeps it linear in practice.
  const seen = new Set<string>();
  let furthest = 0;
  const stack: Array<[number, number, number[]]> = [[0, 0, []]];
  while (stack.length) {
    const [pos, oi, used] = stack.pop()!;
    if (pos === content.length && oi === O.length && used.length === F.length) return { ok: true };
    const key = `${pos}:${oi}:${used.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    furthest = Math.max(furthest, pos);
    F.forEach((f, fi) => {
      if (!used.includes(fi) && content.startsWith(f, pos)) stack.push([pos + f.length, oi, [...used, fi].sort((a, b) => a - b)]);
    });
    const o = O[oi];
    if (o !== undefined && content.startsWith(o, pos)) stack.push([pos + o.length, oi + 1, used]);
  }
  return { ok: false, at: content.slice(Math.max(0, furthest - 10), furthest + 20) };
}
