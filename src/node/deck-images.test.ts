import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '../core/deck';
import { imagesBesideDeck } from './deck-images';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
let tmp: string;
let root: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'briefing-images-'));
  root = join(tmp, 'library');
  mkdirSync(join(root, '学习.assets'), { recursive: true });
  writeFileSync(join(root, '学习.assets', '地图.png'), PNG);
  writeFileSync(join(tmp, 'secret.png'), PNG);
  symlinkSync(join(tmp, 'secret.png'), join(root, '学习.assets', 'link.png'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('imagesBesideDeck', () => {
  it('inlines pictures from the deck folder and nothing outside the library', async () => {
    const deck = parseDeck(
      [
        '---\ntitle: t\n---\n',
        '![a](学习.assets/地图.png)',
        '---\n\n![b](../secret.png)',
        '---\n\n![c](学习.assets/link.png)',
        '---\n\n![d](https://example.com/x.png)',
        `---\n\n![e](${join(tmp, 'secret.png')})`,
      ].join('\n\n'),
    ).deck;
    const images = await imagesBesideDeck(deck, join(root, '学习.md'), root);
    expect(Object.keys(images)).toEqual(['学习.assets/地图.png']);
    expect(images['学习.assets/地图.png']).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });
});
