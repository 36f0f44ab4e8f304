import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDeck } from '../core/deck/index';
import { parseSession } from '../core/session';
import { wujinDeck } from '../../test/fixtures/export/wujin-deck';
import { zipNames, zipText, wordParagraphs } from '../../test/fixtures/export/ooxml';
import { exportDeckFile } from './export-command';
import { newSessionFile, parseMinutes } from './session-command';

let dir: string;
const a = wujinDeck(0);
const b = wujinDeck(1);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'session-cli-'));
  await mkdir(join(dir, '材料'));
  await writeFile(join(dir, '材料', 'a.md'), serializeDeck(a));
  await writeFile(join(dir, 'b.md'), serializeDeck(b));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('briefing session new', () => {
  it('writes the decks in order, relative to the session file, with their minutes', async () => {
    const out = join(dir, '中心组学习会');
    const r = await newSessionFile('中心组学习会', [join(dir, '材料', 'a.md'), join(dir, 'b.md')], { out, minutes: '20,15', unit: '区委办公室', date: '2024-07-01' });
    expect(r).toEqual({ path: out + '.session.md', decks: 2, minutes: 35 });
    const { session, diagnostics } = parseSession(await readFile(r.path, 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(session.meta).toEqual({ title: '中心组学习会', date: '2024-07-01', unit: '区委办公室' });
    expect(session.items).toEqual([{ path: '材料/a.md', minutes: 20 }, { path: 'b.md', minutes: 15 }]);
  });

  it('refuses a deck outside the session folder, bad minutes and an existing file', async () => {
    await expect(newSessionFile('x', [join(dir, 'b.md')], { out: join(dir, '材料', 'x.session.md') })).rejects.toThrow(/须在学习会文件所在文件夹之内/);
    expect(() => parseMinutes('20,abc', 2)).toThrow(/--minutes/);
    expect(() => parseMinutes('1,2,3', 2)).toThrow(/只有 2 个演示稿/);
    await expect(newSessionFile('中心组学习会', [join(dir, 'b.md')], { out: join(dir, '中心组学习会.session.md') })).rejects.toThrow(/已存在/);
  });
});

describe('briefing export of a session or several decks', () => {
  it('makes one 简报 of a session file: masthead with the session unit, 本期目录, both items in order', async () => {
    const r = await exportDeckFile(join(dir, '中心组学习会.session.md'), { to: 'docx', header: true, issue: '第13期' });
    expect(r.path).toBe(join(dir, '中心组学习会.docx'));
    const paras = wordParagraphs(await zipText(new Uint8Array(await readFile(r.path)), 'word/document.xml'));
    expect(paras.slice(0, 3)).toEqual(['学习简报', '第13期', '区委办公室\t2024年7月1日']);
    const c = paras.indexOf('本期目录');
    expect(paras.slice(c + 1, c + 3)).toEqual([`一、${a.meta.title}`, `二、${b.meta.title}`]);
  });

  it('makes one pptx of several decks: agenda, both decks, closing', async () => {
    const out = join(dir, '合并.pptx');
    await exportDeckFile([join(dir, '材料', 'a.md'), join(dir, 'b.md')], { to: 'pptx', out, title: '合并学习' });
    const slides = (await zipNames(new Uint8Array(await readFile(out)))).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const own = (d: typeof a) => d.slides.filter((s) => !s.attrs.some((x) => x.value === 'closing')).length;
    // cover + agenda + (divider + slides) per deck + closing
    expect(slides).toHaveLength(2 + 1 + own(a) + 1 + own(b) + 1);
  });

  it('refuses a session file mixed with decks', async () => {
    await expect(exportDeckFile([join(dir, '中心组学习会.session.md'), join(dir, 'b.md')], { to: 'docx' })).rejects.toThrow(/只能单独导出/);
  });
});
