/**
 * Word templates: what the patched document.xml and styles.xml hold. The render
 * in LibreOffice is checked in src/node/word-template-render.test.ts.
 */
import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../article/errors';
import { wujinArticles, wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { exporters, resolveExportOptions } from './index';
import { TemplateError, fillWordTemplate, inspectWordTemplate } from './docx-template';
import { STYLE } from './docx-paragraphs';

/** A template as a unit might type it in Word: placeholders split over runs, one in the header. */
async function template(paragraphs: string[][], header = '××局 {{单位}}'): Promise<Uint8Array> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: STYLE.body, name: '本单位正文', run: { size: 30, color: '123456' } }] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(header)] })] }) },
        children: paragraphs.map((runs) => new Paragraph({ children: runs.map((t) => new TextRun(t)) })),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

async function parts(bytes: Uint8Array): Promise<{ doc: string; styles: string; header: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (n: string) => zip.file(n)!.async('string');
  const headerName = Object.keys(zip.files).find((n) => /^word\/header\d*\.xml$/.test(n))!;
  return { doc: await read('word/document.xml'), styles: await read('word/styles.xml'), header: await read(headerName) };
}
const text = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('Word template', () => {
  it('writes title, the whole text with the briefing styles, masthead fields and 版记 into the placeholders', async () => {
    const tpl = await template([['{{标', '题}}'], ['{{期号}}'], ['{{正文}}'], ['报：{{报送}}']]);
    const deck = wujinDeck(0);
    const a = wujinArticles[0]!;
    const out = await fillWordTemplate(tpl, deck, { header: { name: '学习简报', issue: 12, unit: '区委办公室', date: '2024-7-1' }, distribution: { report: '区委领导' } });
    const { doc, styles, header } = await parts(out);
    const body = text(doc);
    expect(body).not.toContain('{{');
    expect(body).toContain('第12期');
    expect(body).toContain('报：区委领导');
    expect(text(header)).toBe('××局 区委办公室');
    // The title once, in the template's paragraph; not again at the top of the text.
    expect(body.split(a.title).length - 1).toBe(1);
    for (const s of a.sections) expect(body).toContain(s.heading);
    expect(body).toContain(a.sections.at(-1)!.paragraphs.at(-1)!.slice(-20));
    // The heading styles the briefing uses are added; the template's own 正文 style is kept as it is.
    expect(doc).toContain(`w:val="${STYLE.heading1}"`);
    expect(styles).toContain(`w:styleId="${STYLE.heading1}"`);
    expect(styles.match(new RegExp(`w:styleId="${STYLE.body}"`, 'g'))).toHaveLength(1);
    expect(styles).toContain('本单位正文');
  });

  it('the docx exporter uses a template when one is given', async () => {
    const tpl = await template([['{{正文}}']], '本单位红头');
    const out = await exporters.docx.exporter(wujinDeck(1), resolveExportOptions({ kind: 'points' }), { wordTemplate: tpl });
    const { doc, header } = await parts(out);
    expect(text(header)).toBe('本单位红头');
    // No {{标题}} in the template: the title opens the text.
    expect(text(doc)).toContain(wujinArticles[1]!.title.slice(0, 8));
  });

  it('a template without {{正文}} is refused with a message naming the placeholders', async () => {
    const none = await template([['只有文字，没有占位符']], '页眉');
    const err = await inspectWordTemplate(none).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).messages.zh).toContain('{{正文}}');
    expect((err as TemplateError).messages.zh).toContain('{{标题}}');
    expect((err as TemplateError).messages.en).toContain('no placeholders');
    const titleOnly = await inspectWordTemplate(await template([['{{标题}}']])).catch((e: unknown) => e);
    expect((titleOnly as TemplateError).messages.zh).toContain('只找到 {{标题}}');
  });

  it('a damaged or non-Word file is a typed import error', async () => {
    const good = await template([['{{正文}}']]);
    await expect(inspectWordTemplate(good.slice(0, good.length / 2))).rejects.toMatchObject({ code: 'DOCX_CORRUPT' });
    await expect(inspectWordTemplate(new TextEncoder().encode('not a zip at all, just text'))).rejects.toBeInstanceOf(ImportError);
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    await expect(inspectWordTemplate(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ code: 'DOCX_CORRUPT' });
  });

  it('lists the placeholders it fills and those it does not know', async () => {
    const info = await inspectWordTemplate(await template([['{{ 标题 }}'], ['{{正文}}'], ['{{主送机关}}']]));
    expect(info.placeholders).toEqual(expect.arrayContaining(['标题', '正文', '单位']));
    expect(info.unknown).toEqual(['主送机关']);
  });
});
