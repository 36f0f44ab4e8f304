import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDeck } from '../core/deck/index';
import { wujinDeck } from '../../test/fixtures/export/wujin-deck';
import { zipText, wordParagraphs, wordParagraphDetails } from '../../test/fixtures/export/ooxml';
import { parseSavedArticle, serializeSavedArticle } from '../core/article/saved-article';
import { importFiles } from './import-command';
import { cliFormats, deckAssetLoader, exportDeckFile, optionsFromFlags } from './export-command';

let root: string;
let dir: string;
let deckPath: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'export-cli-'));
  dir = join(root, 'slides');
  await mkdir(dir);
  deckPath = join(dir, '以实干为民谋福.md');
  await writeFile(deckPath, serializeDeck(wujinDeck(0)));
  await mkdir(join(dir, '以实干为民谋福.assets'));
  await writeFile(join(dir, '以实干为民谋福.assets', 'a.png'), 'png');
  await writeFile(join(root, 'outside.png'), 'secret');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('briefing export', () => {
  it('maps flags onto the shared options', () => {
    expect(optionsFromFlags({ kind: 'points', header: true, issue: '3', unit: '区委办公室', date: '2024-07-01', copies: '60', report: '区委领导' })).toEqual({
      kind: 'points',
      header: { issue: 3, unit: '区委办公室', date: '2024-07-01' },
      distribution: { report: '区委领导', copies: 60 },
    });
    expect(optionsFromFlags({ header: '理论学习简报' }).header).toEqual({ name: '理论学习简报' });
    expect(optionsFromFlags({ number: true })).toEqual({ numberPoints: true });
    expect(optionsFromFlags({})).toEqual({});
  });

  it('writes a Word briefing next to the deck by default, with the masthead asked for', async () => {
    const r = await exportDeckFile(deckPath, { to: 'docx', header: true, issue: 5, unit: '区委办公室', date: '2024/7/1' });
    expect(r.path).toBe(join(dir, '以实干为民谋福.docx'));
    const paras = wordParagraphs(await zipText(new Uint8Array(await readFile(r.path)), 'word/document.xml'));
    expect(paras.slice(0, 3)).toEqual(['学习简报', '第5期', '区委办公室\t2024年7月1日']);
    expect(paras).toContain('以实干为民谋福 用实绩书写答卷');
  });

  it('--template writes the briefing into a Word template and refuses one without {{正文}}', async () => {
    const example = new URL('../../resources/word-templates/example-briefing.docx', import.meta.url).pathname;
    const out = join(dir, '模板简报.docx');
    await exportDeckFile(deckPath, { template: example, issue: 9, unit: '区委办公室', out });
    const paras = wordParagraphs(await zipText(new Uint8Array(await readFile(out)), 'word/document.xml'));
    expect(paras.slice(0, 2)).toEqual(['示例单位学习简报', '第9期']);
    expect(paras).toContain('以实干为民谋福 用实绩书写答卷');
    const plain = join(dir, 'plain.docx');
    await exportDeckFile(deckPath, { out: plain });
    await expect(exportDeckFile(deckPath, { template: plain, out: join(dir, 'x.docx') })).rejects.toThrow(/没有 \{\{正文\}\} 占位符.*\{\{标题\}\}/);
    await expect(exportDeckFile(deckPath, { template: example, to: 'pptx' })).rejects.toThrow(/--template 只适用于/);
  });

  it('writes PowerPoint to -o', async () => {
    const out = join(dir, '学习会.pptx');
    const r = await exportDeckFile(deckPath, { to: 'pptx', out });
    expect(r.path).toBe(out);
    expect(await zipText(new Uint8Array(await readFile(out)), 'ppt/presentation.xml')).toContain('<p:sldIdLst>');
  });

  it('refuses unknown formats and invalid options with a readable message', async () => {
    await expect(exportDeckFile(deckPath, { to: 'odt' })).rejects.toThrow(/--to 只能是 docx、pptx/);
    await expect(exportDeckFile(deckPath, { kind: 'summary' })).rejects.toThrow(/导出选项有误/);
    await expect(exportDeckFile(deckPath, { copies: 'many' })).rejects.toThrow(/导出选项有误/);
  });

  it('lets another format plug in through the format map', () => {
    expect([...cliFormats.keys()]).toEqual(expect.arrayContaining(['docx', 'pptx']));
  });

  it('reads images from beside the deck only', async () => {
    const load = deckAssetLoader(deckPath);
    expect(await load('以实干为民谋福.assets/a.png')).toEqual(new TextEncoder().encode('png'));
    expect(await load('../outside.png')).toBeNull();
    expect(await load('/etc/passwd')).toBeNull();
    expect(await load('https://example.com/a.png')).toBeNull();
    expect(await load('missing.png')).toBeNull();
  });

  it('prints the full text from the article saved beside the deck by `briefing import`, as reviewed', async () => {
    const out = join(root, 'imported');
    const [w] = await importFiles([join(import.meta.dirname, '../../test/fixtures/articles/four-level-report.txt')], { out });
    const savedPath = w!.path.replace(/\.md$/, '.assets/article.json');
    const article = parseSavedArticle(await readFile(savedPath, 'utf8'))!;
    const headings = async () => {
      const r = await exportDeckFile(w!.path, { to: 'docx' });
      const doc = await zipText(await readFile(r.path), 'word/document.xml');
      return wordParagraphDetails(doc).filter((p) => p.style.startsWith('BriefHeading')).map((p) => p.text);
    };
    expect(await headings()).toContain('二、存在的问题');
    // The user's correction made after import (the saved article edited) is what the briefing prints.
    const problems = article.sections.findIndex((s) => s.heading === '二、存在的问题');
    await writeFile(savedPath, serializeSavedArticle({ ...article, sections: article.sections.map((s, i) => (i === problems ? { ...s, heading: '二、问题与不足' } : s)) }));
    const after = await headings();
    expect(after).toContain('二、问题与不足');
    expect(after).not.toContain('二、存在的问题');
  });
});
