/**
 * Any deck a user can make exports: random slides (every layout, with and
 * without data-source links, text with XML specials and Markdown marks) give
 * Word and PowerPoint files that hold every paragraph of the notes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Block, Deck, Slide } from '../deck/model';
import { wordParagraphs, zipText } from '../../../test/fixtures/export/ooxml';
import { exportDocx } from './docx-briefing';
import { exportPptx } from './pptx-deck';
import { plainText } from '../deck/inline-text';

const text = fc.string({ unit: fc.constantFrom(...'发展改革党建<&>"\'“”，。、ab1 **'), minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const layout = fc.constantFrom('cover', 'contents', 'section', 'bullets', 'two-column', 'figures', 'quote', 'closing', '');
const source = fc.option(fc.oneof(fc.constantFrom('title', 'end'), fc.tuple(fc.integer({ min: 1, max: 4 }), fc.option(fc.integer({ min: 1, max: 3 }))).map(([s, p]) => (p === null ? `s${s}` : `s${s}p${p}`))));
const slide: fc.Arbitrary<Slide> = fc
  .record({ layout, source, title: text, para: fc.option(text), bullets: fc.array(text, { maxLength: 5 }), notes: fc.option(text) })
  .map(({ layout, source, title, para, bullets, notes }) => {
    const blocks: Block[] = [{ kind: 'heading', depth: layout === 'section' || layout === 'cover' ? 1 : 2, text: title }];
    if (para !== null) blocks.push({ kind: 'paragraph', text: para });
    if (bullets.length) blocks.push({ kind: 'list', ordered: false, items: bullets.map((t) => ({ text: t, depth: 0 })) });
    const attrs = [...(layout ? [{ name: 'class', value: layout }] : []), ...(source ? [{ name: 'data-source', value: source }] : [])];
    return { attrs, blocks, notes };
  });
const deck: fc.Arbitrary<Deck> = fc.record({ title: text, slides: fc.array(slide, { minLength: 1, maxLength: 8 }) }).map(({ title, slides }) => ({ meta: { title, theme: 'deep-blue' }, slides }));

describe('exporting arbitrary decks', () => {
  it('docx (every kind) opens and keeps the notes of paragraph slides', async () => {
    await fc.assert(
      fc.asyncProperty(deck, fc.constantFrom('full', 'points', 'handout') as fc.Arbitrary<'full' | 'points' | 'handout'>, async (d, kind) => {
        const xml = await zipText(await exportDocx(d, { kind }), 'word/document.xml');
        expect(xml).not.toMatch(/<w:t[^>]*>[^<]*&(?!amp;|lt;|gt;|quot;|apos;|#)/); // "&" always escaped
        if (kind === 'handout') {
          const text = wordParagraphs(xml).join('\n').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
          for (const s of d.slides) if (s.notes?.trim()) expect(text).toContain(plainText(s.notes.trim()));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('pptx has one slide per deck slide', async () => {
    await fc.assert(
      fc.asyncProperty(deck, async (d) => {
        const pres = await zipText(await exportPptx(d), 'ppt/presentation.xml');
        expect(pres.match(/<p:sldId /g)).toHaveLength(d.slides.length);
      }),
      { numRuns: 15 },
    );
  });
});
