/**
 * Builds resources/word-templates/example-briefing.docx, the example of a unit's
 * own Word template: a 红头 (red masthead with a red rule), a running page header,
 * GB/T 9704 page setup, a page-number footer and a 版记, with the placeholders the
 * app fills ({{标题}} {{正文}} {{期号}} {{单位}} {{日期}} {{报送}} {{抄送}} {{份数}}).
 * Made from code so it can be rebuilt and reviewed:
 *   npx tsx scripts/make-word-template.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';

/** The template's own texts: the render test looks for them in the filled briefing. */
export const EXAMPLE_TEMPLATE_TEXT = {
  masthead: '示例单位学习简报',
  runningHeader: '内部资料　注意保存',
} as const;

const RED = 'C00000';
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const font = (eastAsia: string) => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });
const run = (text: string, eastAsia: string, size: number, extra: Record<string, unknown> = {}) => new TextRun({ text, font: font(eastAsia), size, ...extra });
const rule = (color: string, size: number) => ({ style: BorderStyle.SINGLE, size, color, space: 4 });

export function exampleTemplate(): Document {
  const textWidth = 11906 - mm(28) - mm(26);
  return new Document({
    creator: '简报工坊',
    title: '简报模板示例',
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(23) } },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(EXAMPLE_TEMPLATE_TEXT.runningHeader, '黑体', 21, { color: RED })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: 28 })] })],
          }),
        },
        children: [
          // 红头: the unit's masthead in red, the issue under it, unit and date over a red rule.
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(EXAMPLE_TEMPLATE_TEXT.masthead, '方正小标宋简体', 72, { color: RED })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run('{{期号}}', '楷体_GB2312', 32)] }),
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
            border: { bottom: rule(RED, 18) },
            children: [run('{{单位}}', '仿宋_GB2312', 32), run('\t{{日期}}', '仿宋_GB2312', 32)],
          }),
          new Paragraph({ children: [] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run('{{标题}}', '方正小标宋简体', 44)] }),
          new Paragraph({ children: [] }),
          new Paragraph({ children: [run('{{正文}}', '仿宋_GB2312', 32)] }),
          new Paragraph({ children: [] }),
          // 版记
          new Paragraph({ border: { top: rule('000000', 8), bottom: rule('000000', 4) }, children: [run('报：{{报送}}', '仿宋_GB2312', 28)] }),
          new Paragraph({ border: { bottom: rule('000000', 4) }, children: [run('送：{{抄送}}', '仿宋_GB2312', 28)] }),
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
            border: { bottom: rule('000000', 8) },
            children: [run('{{单位}}', '仿宋_GB2312', 28), run('\t（共印{{份数}}份）', '仿宋_GB2312', 28)],
          }),
        ],
      },
    ],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '../resources/word-templates/example-briefing.docx');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await Packer.pack(exampleTemplate(), 'uint8array'));
  console.log(`wrote ${out}`);
}
