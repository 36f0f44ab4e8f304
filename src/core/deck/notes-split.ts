/**
 * Speaker notes split with the bullets: each slide made from a paragraph carries the
 * passage it shows, and the slides of a paragraph together carry the paragraph
 * exactly once. Repeating the whole paragraph on every "continued" slide made a
 * deck grow with the square of its longest paragraph (a 99k-character paragraph
 * became a 446 MB deck); split, it grows linearly.
 */

/**
 * Cut `text` at the given offsets (ascending; the first is where the first slide's
 * passage starts). Slide i gets text.slice(cuts[i], cuts[i + 1]); the first also
 * gets whatever precedes its cut, the last everything to the end, so the pieces
 * join back to `text`.
 */
export function splitPassages(text: string, cuts: number[]): string[] {
  if (cuts.length <= 1) return [text];
  const out: string[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const a = i === 0 ? 0 : cuts[i]!;
    const b = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
    out.push(text.slice(a, Math.max(a, b)));
  }
  return out;
}

/**
 * Notes are plain text. A line the deck format reads as structure (`---`, `Note:`)
 * is indented by one space so it stays inside the notes.
 */
export function notesText(text: string): string {
  const t = text.trim();
  // Most notes have neither a hyphen nor an n: no regex pass over the paragraph.
  if (!t.includes('-') && !((t.includes('n') || t.includes('N')) && /note/iu.test(t))) return t;
  return t.replace(/^(---|notes?:)/gimu, ' $1');
}
