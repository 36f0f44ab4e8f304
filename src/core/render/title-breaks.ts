/**
 * Titles broken at word boundaries, balanced. Chinese has no spaces, so a browser
 * may break a title between any two characters and leaves "力量" alone on the last
 * line. Intl.Segmenter (granularity "word") gives the word boundaries without a
 * dictionary of our own:
 *  - in HTML, a <wbr> at every boundary, and the theme CSS sets `word-break:
 *    keep-all` (no other break points) with `text-wrap: balance` on headings that
 *    carry them;
 *  - in PowerPoint, which balances nothing, the lines are chosen here: the fewest
 *    lines that fit, then the break points that make them most even.
 */

type Segmenter = { segment(s: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

function getSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const S = (Intl as unknown as { Segmenter?: new (l: string, o: { granularity: string }) => Segmenter }).Segmenter;
    segmenter = S ? new S('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Closing punctuation never starts a line; opening punctuation never ends one. */
const NO_START = /^[，。、；：！？）》」』”’〉】,.;:!?)\]}%…—·]/u;
const NO_END = /[（《「『“‘〈【([{]$/u;

const OPEN_QUOTE = /[“《「『]/gu;
const CLOSE_QUOTE = /[”》」』]/gu;
/** One-character words that close a phrase (the break goes after them). */
const TRAILING = /^[的地得和与及了着过们]$/u;

/**
 * Words of a title, grouped so that a break between two of them always reads well:
 * punctuation stays with its neighbour, a quoted term (“拿地即开工”) is one word,
 * digits keep their unit (2024年, 75周年), a one-character word joins the word after
 * it (高|质量 → 高质量) unless it ends a phrase (的, 和). Joining them gives the text back.
 */
export function titleWords(text: string): string[] {
  const seg = getSegmenter();
  const raw = seg ? Array.from(seg.segment(text), (s) => s.segment) : Array.from(text);
  const out: string[] = [];
  let depth = 0;
  let joinNext = false;
  for (const w of raw) {
    const prev = out[out.length - 1];
    const glue =
      prev !== undefined &&
      (depth > 0 || joinNext || NO_START.test(w) || NO_END.test(prev) || /^\s+$/u.test(w) || /\d$/u.test(prev) || (/[A-Za-z.%]$/u.test(prev) && /^[\dA-Za-z.%]/u.test(w)) || TRAILING.test(w));
    if (glue) out[out.length - 1] = prev + w;
    else out.push(w);
    depth = Math.max(0, depth + (w.match(OPEN_QUOTE)?.length ?? 0) - (w.match(CLOSE_QUOTE)?.length ?? 0));
    joinNext = /^[\u4e00-\u9fff]$/u.test(w) && !TRAILING.test(w);
  }
  // A last word of one character (贡献|度) is a suffix: never a line of its own.
  if (out.length > 1 && /^[\u4e00-\u9fff][”》」』。！？]*$/u.test(out[out.length - 1]!)) out.splice(-2, 2, out[out.length - 2]! + out[out.length - 1]!);
  return out;
}

/** Display width in CJK character units (Latin letters and digits count as half). */
export function textWidth(s: string): number {
  let w = 0;
  for (const c of s) w += c.codePointAt(0)! < 0x100 ? 0.55 : 1;
  return w;
}

/**
 * The title as lines of at most `maxWidth` character units, broken only between
 * words, in as few lines as fit and as even as possible (the longest line as short
 * as it can be). A word longer than a line gets a line of its own.
 */
export function balanceTitle(text: string, maxWidth: number): string[] {
  const words = titleWords(text.trim());
  if (words.length === 0) return [];
  const total = textWidth(words.join(''));
  if (total <= maxWidth) return [words.join('')];
  const n = words.length;
  const widths = words.map(textWidth);
  // best[i][k]: smallest possible longest line for words[i..] in k lines.
  const minLines = Math.ceil(total / maxWidth);
  for (let lines = minLines; lines <= n; lines++) {
    const memo = new Map<string, { worst: number; next: number }>();
    const solve = (i: number, k: number): { worst: number; next: number } => {
      const key = `${i},${k}`;
      const hit = memo.get(key);
      if (hit) return hit;
      let best = { worst: Infinity, next: -1 };
      if (k === 1) {
        let w = 0;
        for (let j = i; j < n; j++) w += widths[j]!;
        best = { worst: w <= maxWidth || i === n - 1 ? w : Infinity, next: n };
      } else {
        let w = 0;
        for (let j = i; j < n - k + 1; j++) {
          w += widths[j]!;
          if (w > maxWidth && j > i) break;
          const rest = solve(j + 1, k - 1);
          const worst = Math.max(w, rest.worst);
          if (worst < best.worst) best = { worst, next: j + 1 };
        }
      }
      memo.set(key, best);
      return best;
    };
    if (solve(0, lines).worst === Infinity) continue;
    const out: string[] = [];
    let i = 0;
    for (let k = lines; k >= 1; k--) {
      const next = solve(i, k).next;
      out.push(words.slice(i, next).join(''));
      i = next;
    }
    return out;
  }
  return [words.join('')];
}

const TOKEN = /(<[^>]*>|&[#a-z0-9]+;)/giu;

/**
 * Heading HTML with <wbr> break opportunities between words (see the module
 * comment). Words are found over the heading's whole text, so a word split by a tag
 * (<em>“拿地即开工”</em>) is still one word; tags and entities are copied.
 */
export function wordBreakHtml(html: string): string {
  const parts = html.split(TOKEN).filter((p) => p !== '');
  const isText = (p: string) => !p.startsWith('<') && !/^&[#a-z0-9]+;$/iu.test(p);
  // An entity stands for one character of text; a private-use stand-in keeps the count.
  const plain = parts.map((p) => (isText(p) ? p : p.startsWith('&') ? '\ue000' : '')).join('');
  const breaks = new Set<number>();
  let at = 0;
  for (const w of titleWords(plain)) {
    if (at > 0) breaks.add(at);
    at += w.length;
  }
  let out = '';
  let pos = 0;
  for (const p of parts) {
    if (!isText(p)) {
      if (p.startsWith('&')) {
        if (breaks.has(pos)) out += '<wbr>';
        pos += 1;
      } else if (breaks.has(pos) && p.startsWith('</') === false && out !== '') {
        // A break right before an opening tag goes outside it.
        out += '<wbr>';
        breaks.delete(pos);
      }
      out += p;
      continue;
    }
    for (const c of p) {
      if (breaks.has(pos)) out += '<wbr>';
      out += c;
      pos += c.length;
    }
  }
  return out;
}
