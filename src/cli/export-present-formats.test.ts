/** `briefing export --to html|pdf` end to end through the CLI's export function. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDeckFile, cliFormats } from './export-command';
import { registerPresentFormats } from './export-present-formats';
import { pdfPageCount } from '../node/present-service';

// 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const deckText = `---\ntitle: 以实干为民谋福\ntheme: clean-white\n---\n\n# 以实干为民谋福\n\n---\n\n## 提升贡献度\n\n![图](d.assets/p.png)\n\nNote:\n讲稿：稳中求进。\n`;

let dir: string;
beforeAll(() => {
  registerPresentFormats();
  dir = mkdtempSync(join(tmpdir(), 'briefing-cli-present-'));
  mkdirSync(join(dir, 'd.assets'));
  writeFileSync(join(dir, 'd.assets', 'p.png'), PNG);
  writeFileSync(join(dir, 'd.md'), deckText);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('briefing export --to html|pdf', () => {
  it('registers pdf and html next to docx and pptx', () => {
    expect([...cliFormats.keys()]).toEqual(expect.arrayContaining(['docx', 'pptx', 'pdf', 'html']));
  });

  it('--to html writes one file with the slides, the notes and the picture inside', async () => {
    const r = await exportDeckFile(join(dir, 'd.md'), { to: 'html' });
    expect(r.path).toBe(join(dir, 'd.html'));
    const html = readFileSync(r.path, 'utf8');
    expect(html).toContain('deck-theme-clean-white');
    expect(html).toContain('讲稿：稳中求进。');
    expect(html).toContain('data:image/png;base64,iVBORw0KGgo');
    expect(html).not.toContain('d.assets/p.png');
  });

  it('--to pdf: a page per slide; --kind handout: notes pages', async () => {
    const slides = await exportDeckFile(join(dir, 'd.md'), { to: 'pdf' });
    expect(pdfPageCount(readFileSync(slides.path))).toBe(2);
    const notes = await exportDeckFile(join(dir, 'd.md'), { to: 'pdf', kind: 'handout', out: join(dir, 'notes.pdf') });
    expect(pdfPageCount(readFileSync(notes.path))).toBe(2);
  });
});
