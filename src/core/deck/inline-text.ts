/**
 * Inline Markdown of deck text → styled runs. Deck text uses a small subset of
 * Markdown (the generator writes figures as **约5000亩** and quoted terms as
 * *“拿地即开工”*; users may add links or code), so a small tokenizer is enough
 * and keeps exporting a 100-article deck fast. Unknown syntax stays as text:
 * nothing the user wrote is lost.
 */

export interface InlineRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!<>|~'.split(''));

export function parseInline(md: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let bold = false;
  let italic = false;
  let buf = '';
  const flush = (): void => {
    if (!buf) return;
    const last = runs[runs.length - 1];
    if (last && last.bold === bold && last.italic === italic) last.text += buf;
    else runs.push({ text: buf, bold, italic });
    buf = '';
  };
  // Emphasis markers only toggle when a matching closer exists further on, so a
  // lone "*" (e.g. in "5*3") is kept as text.
  const hasCloser = (marker: string, from: number): boolean => {
    for (let j = md.indexOf(marker, from); j !== -1; j = md.indexOf(marker, j + 1)) {
      if (md[j - 1] !== '\\') return true;
    }
    return false;
  };

  let i = 0;
  while (i < md.length) {
    const c = md[i]!;
    if (c === '\\' && i + 1 < md.length && ESCAPABLE.has(md[i + 1]!)) {
      buf += md[i + 1];
      i += 2;
      continue;
    }
    if (c === '*' || c === '_') {
      const double = md[i + 1] === c;
      const marker = double ? c + c : c;
      const open = double ? bold : italic;
      // "_" inside a word (snake_case) is not emphasis.
      const intraword = c === '_' && /\w/.test(md[i - 1] ?? '') && /\w/.test(md[i + marker.length] ?? '');
      if (!intraword && (open || hasCloser(marker, i + marker.length))) {
        flush();
        if (double) bold = !bold;
        else italic = !italic;
        i += marker.length;
        continue;
      }
    }
    if (c === '`') {
      const end = md.indexOf('`', i + 1);
      if (end > i) {
        buf += md.slice(i + 1, end);
        i = end + 1;
        continue;
      }
    }
    if (c === '!' && md[i + 1] === '[') {
      const m = /^!\[([^\]]*)\]\([^)]*\)/.exec(md.slice(i));
      if (m) {
        buf += m[1];
        i += m[0].length;
        continue;
      }
    }
    if (c === '[') {
      const m = /^\[([^\]]*)\]\([^)]*\)/.exec(md.slice(i));
      if (m) {
        buf += m[1];
        i += m[0].length;
        continue;
      }
    }
    if (c === '<') {
      const m = /^<(\/?)([a-zA-Z][\w-]*)[^>]*>/.exec(md.slice(i));
      if (m) {
        if (m[2]!.toLowerCase() === 'br') buf += '\n';
        i += m[0].length;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
  return runs;
}

/** The text without any Markdown marks. */
export function plainText(md: string): string {
  return parseInline(md)
    .map((r) => r.text)
    .join('');
}
