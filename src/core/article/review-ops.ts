/**
 * Corrections the review step makes to an imported Article before slides are
 * generated. Each is a pure function returning a new Article (the input is never
 * mutated, so the review keeps an undo stack by keeping old values).
 *
 * Invariant: apart from the explicit text edits (setTitle, setByline,
 * setHeading), no operation drops or invents text — every line of the article
 * stays somewhere (title, subtitle, byline, lead, heading, paragraph or extra).
 * review-ops.test.ts checks this over random sequences of operations.
 */
import type { Article, Section } from './types';

/** Where a paragraph sits: section -1 is the lead (paragraphs before the first heading). */
export interface ParagraphLoc {
  section: number;
  paragraph: number;
}

function paragraphsAt(a: Article, section: number): string[] {
  if (section === -1) return a.lead;
  const s = a.sections[section];
  if (!s) throw new RangeError(`section ${section} out of range`);
  return s.paragraphs;
}

function checkLoc(a: Article, loc: ParagraphLoc): void {
  const ps = paragraphsAt(a, loc.section);
  if (!Number.isInteger(loc.paragraph) || loc.paragraph < 0 || loc.paragraph >= ps.length) {
    throw new RangeError(`paragraph ${loc.paragraph} out of range in section ${loc.section}`);
  }
}

function withParagraphs(a: Article, section: number, paragraphs: string[]): Article {
  if (section === -1) return { ...a, lead: paragraphs };
  const sections = [...a.sections];
  sections[section] = { ...sections[section]!, paragraphs };
  return { ...a, sections };
}

/** Level a new heading gets when promoted inside `section`: its section's level, 1 in the lead. */
function levelFor(a: Article, section: number): Section['level'] {
  return section === -1 ? 1 : a.sections[section]!.level;
}

/**
 * Promote a paragraph to a section heading: the section splits there, the
 * paragraph becomes the new section's heading and the paragraphs after it its body.
 */
export function promoteToHeading(a: Article, loc: ParagraphLoc, level?: Section['level']): Article {
  checkLoc(a, loc);
  const ps = paragraphsAt(a, loc.section);
  const created: Section = {
    heading: ps[loc.paragraph]!,
    level: level ?? levelFor(a, loc.section),
    paragraphs: ps.slice(loc.paragraph + 1),
  };
  const kept = withParagraphs(a, loc.section, ps.slice(0, loc.paragraph));
  const sections = [...kept.sections];
  sections.splice(loc.section + 1, 0, created);
  return { ...kept, sections };
}

/**
 * Demote a heading to an ordinary paragraph: it and its section's paragraphs join
 * the end of the previous section (or the lead, for the first section).
 */
export function demoteHeading(a: Article, section: number): Article {
  const s = a.sections[section];
  if (!s) throw new RangeError(`section ${section} out of range`);
  const into = section - 1;
  const merged = [...paragraphsAt(a, into), s.heading, ...s.paragraphs];
  const next = withParagraphs(a, into, merged);
  return { ...next, sections: next.sections.filter((_, i) => i !== section) };
}

/** Merge a section with the one after it: the second heading becomes a paragraph of the first section. */
export function mergeWithNext(a: Article, section: number): Article {
  if (!a.sections[section] || !a.sections[section + 1]) throw new RangeError(`no section after ${section}`);
  return demoteHeading(a, section + 1);
}

/**
 * Split a section before one of its paragraphs: that paragraph and the ones after
 * it form a new section, headed "<heading>（续）" until the user renames it.
 */
export function splitSectionAt(a: Article, loc: ParagraphLoc, heading?: string): Article {
  checkLoc(a, loc);
  if (loc.section === -1) throw new RangeError('the lead has no heading to split');
  if (loc.paragraph === 0) throw new RangeError('splitting before the first paragraph makes an empty section');
  const s = a.sections[loc.section]!;
  const created: Section = {
    heading: heading ?? `${s.heading}（续）`,
    level: s.level,
    paragraphs: s.paragraphs.slice(loc.paragraph),
  };
  const sections = [...a.sections];
  sections.splice(loc.section, 1, { ...s, paragraphs: s.paragraphs.slice(0, loc.paragraph) }, created);
  return { ...a, sections };
}

/** Mark a paragraph as not part of the body (an editor's note, a caption…): it moves to the extras as 'meta'. */
export function markNotBody(a: Article, loc: ParagraphLoc): Article {
  checkLoc(a, loc);
  const ps = paragraphsAt(a, loc.section);
  const text = ps[loc.paragraph]!;
  const next = withParagraphs(a, loc.section, ps.filter((_, i) => i !== loc.paragraph));
  return { ...next, extras: [...next.extras, { kind: 'meta', text }] };
}

/** Undo markNotBody (or the importer's own guess): an extra goes back into the body, at the end of the lead. */
export function restoreExtra(a: Article, extra: number): Article {
  const e = a.extras[extra];
  if (!e) throw new RangeError(`extra ${extra} out of range`);
  return { ...a, lead: [...a.lead, e.text], extras: a.extras.filter((_, i) => i !== extra) };
}

/**
 * Use a paragraph as the article's title. The old title (if any) is not thrown
 * away: it becomes a 'meta' extra, where the user can restore it.
 */
export function makeTitle(a: Article, loc: ParagraphLoc): Article {
  checkLoc(a, loc);
  const ps = paragraphsAt(a, loc.section);
  const title = ps[loc.paragraph]!;
  const next = withParagraphs(a, loc.section, ps.filter((_, i) => i !== loc.paragraph));
  const extras = a.title ? [...next.extras, { kind: 'meta' as const, text: a.title }] : next.extras;
  return { ...next, title, extras };
}

/** Change a heading's level (一、 = 1, （一） = 2, 1. = 3). */
export function setLevel(a: Article, section: number, level: Section['level']): Article {
  if (!a.sections[section]) throw new RangeError(`section ${section} out of range`);
  return { ...a, sections: a.sections.map((s, i) => (i === section ? { ...s, level } : s)) };
}

const oneLine = (t: string) => t.replace(/\s*\n\s*/gu, ' ').trim();

export function setTitle(a: Article, title: string): Article {
  const t = oneLine(title);
  return { ...a, title: t === '' ? null : t };
}

export function setByline(a: Article, byline: string): Article {
  const t = oneLine(byline);
  return { ...a, byline: t === '' ? null : t };
}

export function setHeading(a: Article, section: number, heading: string): Article {
  if (!a.sections[section]) throw new RangeError(`section ${section} out of range`);
  return { ...a, sections: a.sections.map((s, i) => (i === section ? { ...s, heading: oneLine(heading) } : s)) };
}

/** Every piece of text the article holds, in reading order (title first, extras last). */
export function articleTexts(a: Article): string[] {
  return [
    ...(a.title ? [a.title] : []),
    ...(a.subtitle ? [a.subtitle] : []),
    ...(a.byline ? [a.byline] : []),
    ...a.lead,
    ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
    ...a.extras.map((e) => e.text),
  ];
}

/** Count of body characters (no whitespace): what the review shows and tests compare. */
export function characterCount(a: Article): number {
  return articleTexts(a).join('').replace(/\s/gu, '').length;
}

/** Sections at the top level (一、) and below it (（一）, 1.), for the article's summary line. */
export function sectionCounts(a: Article): { top: number; sub: number } {
  const top = a.sections.filter((s) => s.level === 1).length;
  return { top, sub: a.sections.length - top };
}

/** The title a deck made from this article gets: the title, else the first heading, else the source name. */
export function displayTitle(a: Article): string {
  return a.title ?? a.sections[0]?.heading ?? a.lead[0]?.slice(0, 30) ?? a.sourceName;
}

/**
 * Merge an article into the one before it, for when the importer took a heading
 * for the start of a new article. The second title becomes a top-level section
 * heading over its lead; its subtitle and byline are kept as 'meta' extras.
 */
export function mergeArticles(first: Article, second: Article): Article {
  const heading = second.title ?? second.subtitle ?? second.byline ?? '';
  const leadSection: Section[] =
    heading !== '' || second.lead.length > 0 ? [{ heading: heading || '（续）', level: 1, paragraphs: second.lead }] : [];
  const kept = [
    ...(second.title && second.subtitle ? [second.subtitle] : []),
    ...(second.byline && heading !== second.byline ? [second.byline] : []),
  ];
  return {
    ...first,
    sections: [...first.sections, ...leadSection, ...second.sections],
    extras: [...first.extras, ...kept.map((text) => ({ kind: 'meta' as const, text })), ...second.extras],
  };
}

/**
 * Start a new article at a section, for when two articles were read as one: the
 * section's heading becomes the new article's title, its paragraphs the lead,
 * and the sections after it follow.
 */
export function splitArticleAt(a: Article, section: number): [Article, Article] {
  const s = a.sections[section];
  if (!s || section === 0) throw new RangeError(`cannot start a new article at section ${section}`);
  const first: Article = { ...a, sections: a.sections.slice(0, section) };
  const second: Article = {
    title: s.heading,
    subtitle: null,
    byline: null,
    lead: s.paragraphs,
    sections: a.sections.slice(section + 1),
    extras: [],
    sourceName: a.sourceName,
    encoding: a.encoding,
  };
  return [first, second];
}
