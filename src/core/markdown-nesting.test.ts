/**
 * Deep nesting is bounded before any Markdown parser sees it (issue 17: an
 * 800-level list blocked the host for 10 s, a 3000-level one crashed it), and a
 * deck holding such a slide still round-trips byte for byte.
 */
import { describe, it, expect } from 'vitest';
import { tooDeeplyNested, MAX_MARKDOWN_NESTING } from './markdown-nesting';
import { parseDeck, serializeDeck } from './deck';
import { slideParts } from './render/render-slide';

const nested = (n: number) => Array.from({ length: n }, (_, k) => ' '.repeat(k * 2) + '- 项目' + k).join('\n');

describe('tooDeeplyNested', () => {
  it('lets real slides and articles through (a few levels of lists and quotes)', () => {
    expect(tooDeeplyNested(nested(6))).toBe(false);
    expect(tooDeeplyNested('> 引用\n> > 二层\n\n1. 一\n   - 二\n     - 三')).toBe(false);
    expect(tooDeeplyNested(' '.repeat(200) + '缩进很深的普通文字')).toBe(false);
  });
  it('catches deep indentation across lines and many markers on one line', () => {
    expect(tooDeeplyNested(nested(MAX_MARKDOWN_NESTING + 1))).toBe(true);
    expect(tooDeeplyNested('- '.repeat(40) + '项目')).toBe(true);
    expect(tooDeeplyNested('> '.repeat(40) + '引用')).toBe(true);
  });
});

describe('a deck with an 800-level list', () => {
  const text = `---\ntitle: 深层\n---\n## 列表\n${nested(800)}\n\n---\n\n## 正常\n- 要点\nNote:\n${nested(300)}\n`;
  it('parses the deep slide as one raw block, kept as written, and the deck round-trips', () => {
    const { deck } = parseDeck(text);
    expect(deck.slides[0]!.blocks).toEqual([{ kind: 'raw', text: `## 列表\n${nested(800)}` }]);
    expect(deck.slides[1]!.blocks[0]).toMatchObject({ kind: 'heading', text: '正常' });
    const once = serializeDeck(deck);
    expect(once).toContain(`## 列表\n${nested(800)}\n`);
    expect(serializeDeck(parseDeck(once).deck)).toBe(once);
  });
  it('renders it as plain text, never as Markdown (in the slide and in the notes)', () => {
    const { deck } = parseDeck(text);
    expect(slideParts(deck.slides[0]!).body).toContain('<pre class="plain-text">## 列表\n- 项目0\n  - 项目1');
    expect(slideParts(deck.slides[1]!, { notes: true }).notes).toMatch(/^<pre class="plain-text">- 项目0/);
  });
});
