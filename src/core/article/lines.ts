/**
 * Plain (and pasted) text → blocks, one per non-blank line. Line endings may be
 * CRLF, CR or LF (and U+2028/2029 from some web pages). The only markup honoured
 * is an ATX "#" heading mark at the start of a line (and the "□" bullet
 * newspapers put before a byline), because newspaper text
 * copied out of content systems carries it (the sample does); everything else is
 * literal text, so a "*" or "1." in a plain file is never eaten.
 */
import { textBlock, type Block } from './block';

const MD_HEADING = /^(#{1,6})[ \t\u3000]+(\S.*)$/;

const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085]/;

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let gap = true;
  for (const raw of text.split(LINE_BREAK)) {
    const line = raw.trim();
    if (!line) {
      gap = true;
      continue;
    }
    const m = line.charCodeAt(0) === 0x23 /* # */ ? MD_HEADING.exec(line) : null;
    blocks.push(m ? { text: m[2]!.trim(), marked: m[1]!.length, gap } : textBlock(line, gap));
    gap = false;
  }
  return blocks;
}
