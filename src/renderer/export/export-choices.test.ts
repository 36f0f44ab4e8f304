import { describe, it, expect } from 'vitest';
import { defaultExportOptions, exporters } from '../../core/export';
import { choiceOf, exportFileName, fileLabelOf, formatChoices, rememberKey, rememberedOptions, toStored } from './export-choices';

describe('export choices', () => {
  it('lists the three Word kinds and every other format core has an exporter for', () => {
    const ids = formatChoices().map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(['docx:full', 'docx:points', 'docx:handout']);
    for (const f of Object.keys(exporters).filter((f) => f !== 'docx')) expect(ids).toContain(f);
    expect(formatChoices(['docx', 'pptx', 'html'], [])).toContainEqual({ id: 'html', format: 'html' });
  });

  it('adds PDF (slides, notes) and HTML when the host can make them, once', () => {
    expect(formatChoices(['docx'], ['export/pdf', 'export/html']).map((c) => c.id)).toEqual(['docx:full', 'docx:points', 'docx:handout', 'pdf:slides', 'pdf:notes', 'html']);
    expect(formatChoices(['docx'], []).map((c) => c.id)).toEqual(['docx:full', 'docx:points', 'docx:handout']);
    expect(formatChoices(['docx', 'html'], ['export/html']).filter((c) => c.format === 'html')).toHaveLength(1);
  });

  it('maps options to a choice id', () => {
    expect(choiceOf({ format: 'docx', kind: 'points' })).toBe('docx:points');
    expect(choiceOf({ format: 'pptx', kind: 'full' })).toBe('pptx');
  });

  it('remembers per deck by root and path', () => {
    expect(rememberKey({ root: 'user', path: 'a/武进.md' })).toBe('user:a/武进.md');
  });

  it('reads back what it stored', () => {
    const o = { ...defaultExportOptions, kind: 'points' as const, header: { name: '学习简报', issue: 3, unit: '区发改局', date: '2024-07-01' } };
    expect(rememberedOptions(JSON.parse(JSON.stringify(toStored(o))))).toEqual(o);
  });

  it('drops empty header fields when storing', () => {
    const s = toStored({ ...defaultExportOptions, header: { name: '学习简报', unit: '', date: '' }, distribution: { report: '', copyTo: '' } });
    expect(s.header).toEqual({ name: '学习简报' });
    expect(s.distribution).toBeUndefined();
  });

  it('a broken remembered value falls back field by field, never throws', () => {
    expect(rememberedOptions(undefined)).toEqual(defaultExportOptions);
    expect(rememberedOptions('nonsense')).toEqual(defaultExportOptions);
    const r = rememberedOptions({ kind: 'handout', style: 'fancy', futureField: 1 });
    expect(r.kind).toBe('handout');
    expect(r.style).toBe('official');
  });

  it('makes a safe file name', () => {
    expect(exportFileName('以实干为民谋福 用实绩书写答卷', '全文简报', '.docx')).toBe('以实干为民谋福 用实绩书写答卷-全文简报.docx');
    expect(exportFileName('a/b:c', 'PPT', '.pptx')).toBe('a b c-PPT.pptx');
    expect(exportFileName('', '全文简报', '.docx')).toBe('演示稿-全文简报.docx');
  });
});

describe('exported file names: the deck title and one clean kind word', () => {
  it('every format choice has a single plain word, no slash, no product name', () => {
    const names = formatChoices().map((c) => exportFileName('学习会', fileLabelOf(c), `.${c.format}`));
    expect(names).toEqual(expect.arrayContaining(['学习会-全文简报.docx', '学习会-要点简报.docx', '学习会-讲义.docx', '学习会-演示文稿.pptx']));
    for (const n of names) expect(n, n).toMatch(/^学习会-[\u4e00-\u9fff]+\.\w+$/u);
  });
});
