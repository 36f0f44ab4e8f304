/**
 * Every kind of file the exporters produce passes the Open XML SDK's schema
 * validation (@ooxml-tools/validate runs it as WebAssembly), as Word and
 * PowerPoint would demand.
 */
import { describe, expect, it } from 'vitest';
import validate from '@ooxml-tools/validate';
import { multiArticleDeck, wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { slidePicturePng } from '../../../test/fixtures/export/slide-picture';
import { exportDocx } from './docx-briefing';
import type { ExportOptionsInput } from './export-options';
import { exportPptx } from './pptx-deck';

const masthead: ExportOptionsInput = {
  header: { name: '学习简报', issue: 3, unit: '区委办公室', date: '2024-07-01' },
  distribution: { report: '区委领导', copyTo: '区人大、区政协', sendTo: '各镇（街道）', copies: 60 },
};

const docxCases: Array<[string, () => Promise<Uint8Array>]> = [
  ['full, official, masthead and 版记', () => exportDocx(wujinDeck(0), masthead)],
  ['points, official', () => exportDocx(wujinDeck(1), { kind: 'points' })],
  ['handout with pictures', () => exportDocx(wujinDeck(0), { kind: 'handout' }, { slidePictures: [slidePicturePng] })],
  ['full, plain', () => exportDocx(wujinDeck(1), { style: 'plain', ...masthead })],
  ['full, three articles', () => exportDocx(multiArticleDeck(3))],
];

describe('OOXML schema validation', () => {
  it.each(docxCases)('docx: %s', async (_name, make) => {
    const errors = await validate(await make(), 'docx');
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`)).toEqual([]);
  });

  it('pptx with notes and an image', async () => {
    const deck = wujinDeck(1);
    deck.slides[3]!.blocks.push({ kind: 'image', alt: '示意图', src: 'x.png' });
    const errors = await validate(await exportPptx(deck, {}, { assets: () => slidePicturePng }), 'pptx');
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`)).toEqual([]);
  });
});
