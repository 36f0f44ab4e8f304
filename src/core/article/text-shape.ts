/**
 * Small predicates about the shape of one line of Chinese text, shared by the
 * repair and structure passes. Thresholds come from the genre: headings and
 * titles in Party/government papers run to about 30 characters, a lead sentence
 * to about the same, a body paragraph is longer and punctuated.
 */

const TERMINAL = new Set([...'。！？!?…；;：:']);
const CLOSING = new Set([...'”’」』）)》〉"\'']);

/** A real paragraph end: "。", "！", "？", "…", "；" or "：", possibly inside closing quotes. */
export function endsTerminal(t: string): boolean {
  // Scanned from the end by hand: a regex anchored only at "$" would scan the
  // whole paragraph, and this runs for every line.
  let i = t.length - 1;
  while (i >= 0 && CLOSING.has(t[i]!)) i--;
  return i >= 0 && TERMINAL.has(t[i]!);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Joins two pieces of one broken line: nothing between Chinese, a space between words. */
export function joinPieces(a: string, b: string): string {
  const last = a[a.length - 1];
  const first = b[0];
  return /[A-Za-z0-9]/.test(last ?? '') && /[A-Za-z0-9]/.test(first ?? '') ? `${a} ${b}` : a + b;
}

/** A title or bare heading: short, no sentence punctuation anywhere. */
export function isStrictShort(t: string): boolean {
  return t.length <= 40 && !/[。！？!?；;，,]/.test(t) && !/[、：:…]$/.test(t);
}

/** Looser: may hold commas ("始终把…,奋力书写好…的新答卷") but still no full stop. */
export function isLooseShort(t: string): boolean {
  return t.length <= 50 && !/[。！？!?；;]/.test(t) && !/[，,、：:…]$/.test(t);
}

/** Two short phrases separated by a space: "多元载体 提升创新之核". */
export function isCouplet(t: string): boolean {
  // The space it needs is rare in Chinese lines: looking for it first spares the pattern.
  return (t.includes(' ') || t.includes('\u3000')) && /^[^\s，。！？；：、]{2,15}[ \u3000]+[^\s，。！？；：、]{2,15}$/.test(t);
}

const SENTENCE_END = /[。！？!?]/;

/** First sentence (with its closing quotes) and the rest of a paragraph. */
export function splitLead(p: string, maxLead: number): [string, string] | null {
  const m = SENTENCE_END.exec(p);
  if (!m || m.index >= maxLead) return null;
  let end = m.index + 1;
  while (end < p.length && CLOSING_QUOTES.has(p[end]!)) end++;
  const lead = p.slice(0, end);
  const rest = p.slice(end).trim();
  if (!rest || lead.length > maxLead || lead.length < 4) return null;
  return [lead, rest];
}

const CLOSING_QUOTES = new Set([...'”’」』']);
