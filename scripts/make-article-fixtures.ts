/**
 * Builds the binary article fixtures from text kept in test/fixtures/articles/src:
 * the GB18030 and UTF-16 variants (encoders written here, since TextEncoder only
 * speaks UTF-8) and a Word file with real Title / Heading 1 / Heading 2 styles,
 * bold one-line paragraphs (one numbered like the headings, one not) and a
 * table row, made with the `docx` package.
 *
 *   npx tsx scripts/make-article-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'articles');
const src = (name: string) => readFileSync(join(dir, 'src', name), 'utf8');

/** GB18030 two-byte encoder: invert the platform decoder over the GBK range. */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
  return out;
}

const crlf = (t: string) => t.replace(/\n/g, '\r\n');

writeFileSync(join(dir, 'speech-gb18030.txt'), gb18030(crlf(src('speech-gb18030.txt'))));
writeFileSync(join(dir, 'report-utf16le.txt'), utf16(crlf(src('report-utf16le.txt')), false));
writeFileSync(join(dir, 'brief-utf16be.txt'), utf16(src('brief-utf16be.txt'), true));

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const doc = new Document({
  creator: 'briefing-studio fixtures',
  sections: [
    {
      children: [
        new Paragraph({ text: '关于推进“高效办成一件事”改革的实施方案', heading: HeadingLevel.TITLE }),
        p('为深入贯彻落实国务院关于“高效办成一件事”的决策部署，进一步优化政务服务、提升行政效能，结合我区实际，制定本方案。'),
        new Paragraph({ text: '一、总体要求', heading: HeadingLevel.HEADING_1 }),
        p('坚持以人民为中心，聚焦企业和群众办事的难点堵点，推动政务服务从“能办”向“好办、易办”转变。'),
        new Paragraph({ text: '二、重点任务', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: '（一）优化办事流程', heading: HeadingLevel.HEADING_2 }),
        p('全面梳理“一件事”事项清单，压减办理环节、申请材料和办理时间，实现“一次告知、一表申请、一套材料”。'),
        new Paragraph({ text: '（二）强化数据共享', heading: HeadingLevel.HEADING_2 }),
        p('依托政务数据共享平台，推动跨部门、跨层级数据互通，能共享的材料一律免于提交。'),
        new Paragraph({ children: [new TextRun({ text: '三、保障措施', bold: true })] }),
        p('各部门要明确责任分工，加强协同配合，确保各项任务按期落地见效。'),
        new Paragraph({ children: [new TextRun({ text: '工作联系', bold: true })] }),
        new Paragraph({ children: [new TextRun('请各部门确定一名联络员，于3月15日前报区政务服务管理办公室。')] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              children: [new TableCell({ children: [p('牵头单位')] }), new TableCell({ children: [p('区政务服务管理办公室')] })],
            }),
          ],
        }),
      ],
    },
  ],
});
writeFileSync(join(dir, 'word-headings.docx'), await Packer.toBuffer(doc));
console.log('fixtures written to', dir);
