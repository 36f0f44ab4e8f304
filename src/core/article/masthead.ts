/**
 * A 简报 given as input opens with its masthead: the 简报's name, 第N期 and
 * the editing unit with the date (on one line or two), often under a red rule.
 * Read line by line these look like a title ("第12期") and a heading; together
 * they are one extra of kind `masthead` whose parts the Word briefing's header
 * can reuse. Found only at the top of the file and only around a 第N期 line.
 */
import type { Line } from './classify';
import { MASTHEAD, type MastheadFields } from './front-matter';

/** Lines within this many of the top may belong to the masthead. */
const REACH = 6;

function fieldsOf(lines: Line[]): MastheadFields {
  const f: MastheadFields = {};
  for (const { text } of lines) {
    const t = text.trim();
    const ud = MASTHEAD.unitDate.exec(t);
    if (MASTHEAD.issue.test(t)) f.issue ??= t;
    else if (ud) {
      f.unit ??= ud[1]!.trim();
      f.date ??= ud[2]!;
    } else if (MASTHEAD.date.test(t)) f.date ??= t;
    else if (MASTHEAD.name.test(t) && !f.name) f.name = t;
    else if (MASTHEAD.unit.test(t)) f.unit ??= t;
  }
  return f;
}

/** The masthead lines merged into one furniture line; the input unchanged when there is none. */
export function markMasthead(lines: Line[]): { lines: Line[]; found: boolean } {
  const issue = lines.slice(0, REACH).findIndex((l) => MASTHEAD.issue.test(l.text.trim()));
  if (issue < 0) return { lines, found: false };
  // Above the issue line: the name, rules, or the page furniture of a copy.
  const above = lines.slice(0, issue);
  if (!above.every((l) => MASTHEAD.name.test(l.text) || MASTHEAD.rule.test(l.text) || l.kind === 'extra' || l.strict)) return { lines, found: false };
  let end = issue + 1;
  while (end < lines.length && end - issue <= 3) {
    const t = lines[end]!.text.trim();
    if (MASTHEAD.unitDate.test(t) || MASTHEAD.date.test(t) || MASTHEAD.unit.test(t) || MASTHEAD.rule.test(t)) end++;
    else break;
  }
  const start = above.findIndex((l) => l.kind !== 'extra');
  const from = start < 0 ? issue : start;
  const part = lines.slice(from, end);
  const merged: Line = {
    ...part[0]!,
    text: part.map((l) => l.text).join(' '),
    kind: 'extra',
    extra: 'masthead',
    fields: fieldsOf(part),
    strict: false,
    loose: false,
    couplet: false,
  };
  return { lines: [...lines.slice(0, from), merged, ...lines.slice(end)], found: true };
}
