/**
 * Builds the binary article fixtures from text kept in test/fixtures/articles/src:
 * the GB18030 and UTF-16 variants (encoders written here, since TextEncoder only
 * speaks UTF-8) and a Word file with real Title / Heading 1 / Heading 2 styles,
 * bold one-line paragraphs (one numbered like the headings, one not) and a
 * table row, made with the `docx` package, and one whose 一、/（一）/1./（1） come from
 * Word's list numbering rather than the text. Then the files users receive from
 * elsewhere, made by LibreOffice (`soffice --headless`, as a user would print
 * or save them): a printed article as PDF (running header, "— N —" page
 * numbers, two pages), an e-paper page as PDF (headline over two columns), a
 * legacy Word .doc, and the saved portal page as .mhtml (the page's HTML
 * wrapped as MIME, quoted-printable, as browsers write it).
 *
 *   npx tsx scripts/make-article-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

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

// Headings and items numbered by Word itself (list numbering, as WPS and Word users
// number 一、/（一）/1./（1）): the numbers are in numbering.xml, not in the text.
const listed = (text: string, level: number, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ ...(heading ? { heading } : {}), numbering: { reference: 'gov', level }, children: [new TextRun(text)] });
const autoNumbered = new Document({
  creator: 'briefing-studio fixtures',
  numbering: {
    config: [
      {
        reference: 'gov',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
          { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.LEFT },
        ],
      },
    ],
  },
  sections: [
    {
      children: [
        new Paragraph({ text: '关于加强安全生产工作的意见', heading: HeadingLevel.TITLE }),
        p('为切实防范化解重大安全风险，推动全区安全生产形势持续稳定向好，现提出如下意见。'),
        listed('压实安全生产责任', 0, HeadingLevel.HEADING_1),
        p('各级党委政府要坚持党政同责、一岗双责、齐抓共管、失职追责，把安全生产纳入经济社会发展总体规划。'),
        listed('明确部门监管职责', 1, HeadingLevel.HEADING_2),
        p('各行业主管部门要按照“管行业必须管安全”的要求，落实监管责任。'),
        listed('落实企业主体责任', 1, HeadingLevel.HEADING_2),
        p('企业主要负责人是本单位安全生产第一责任人，要建立全员安全生产责任制。'),
        listed('强化隐患排查治理', 0, HeadingLevel.HEADING_1),
        listed('开展常态化排查。各行业主管部门每季度组织一次全覆盖排查，建立问题清单、整改清单。', 2),
        listed('狠抓重点领域整治。聚焦危险化学品、建筑施工、道路交通等重点领域，开展专项整治。', 2),
        listed('危险化学品企业每月自查一次；', 3),
        listed('建筑施工工地每周自查一次。', 3),
        listed('提升应急处置能力', 0, HeadingLevel.HEADING_1),
        p('完善应急预案体系，每年至少组织两次综合应急演练，确保关键时刻拉得出、用得上。'),
      ],
    },
  ],
});
writeFileSync(join(dir, 'word-auto-numbering.docx'), await Packer.toBuffer(autoNumbered));

// ---- LibreOffice-made fixtures ------------------------------------------------

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A flat ODT: header/footer text, then paragraphs as [style, text], optionally a two-column section. */
function fodt(opts: { header: string; size: number; head: Array<[string, string]>; body: Array<[string, string]>; columns: number }): string {
  const { size } = opts;
  const p = ([style, text]: [string, string]) => `<text:p text:style-name="${style}">${esc(text)}</text:p>`;
  const body = opts.columns > 1 ? `<text:section text:style-name="Sect" text:name="cols">${opts.body.map(p).join('')}</text:section>` : opts.body.map(p).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="${size}pt" style:font-size-asian="${size}pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="${size + 8}pt" style:font-size-asian="${size + 8}pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Byline" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="${(size * 2 * 0.03528).toFixed(2)}cm" fo:text-align="justify"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="${opts.columns}" fo:column-gap="1cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Center">${esc(opts.header)}</text:p></style:header><style:footer><text:p text:style-name="Center">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>${opts.head.map(p).join('')}${body}</office:text></office:body>
</office:document>`;
}

/** Article text → [style, text]: first line title, second byline, short lines without a full stop are 小标题. */
function styled(text: string): Array<[string, string]> {
  return text
    .trim()
    .split('\n')
    .map((line, i): [string, string] => [i === 0 ? 'Title' : i === 1 ? 'Byline' : line.length < 20 && !/[。！？]/.test(line) ? 'Head' : 'Body', line]);
}

function soffice(file: string, to: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', to, '--outdir', outDir, file], { stdio: 'ignore', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const work = mkdtempSync(join(tmpdir(), 'article-fixtures-'));
try {
  const printed = styled(src('printed-article.txt'));
  writeFileSync(join(work, 'printed-article.fodt'), fodt({ header: '武进日报  经济观察', size: 16, head: [], body: printed, columns: 1 }));
  soffice(join(work, 'printed-article.fodt'), 'pdf', work);
  copyFileSync(join(work, 'printed-article.pdf'), join(dir, 'printed-article.pdf'));

  const epaper = styled(src('epaper-columns.txt'));
  writeFileSync(join(work, 'epaper-columns.fodt'), fodt({ header: '武进日报  2024年4月8日  第3版', size: 10.5, head: epaper.slice(0, 2), body: epaper.slice(2), columns: 2 }));
  soffice(join(work, 'epaper-columns.fodt'), 'pdf', work);
  copyFileSync(join(work, 'epaper-columns.pdf'), join(dir, 'epaper-columns.pdf'));

  writeFileSync(join(work, 'notice-legacy.txt'), src('notice-legacy.txt'));
  soffice(join(work, 'notice-legacy.txt'), 'doc:MS Word 97', work);
  copyFileSync(join(work, 'notice-legacy.doc'), join(dir, 'notice-legacy.doc'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Quoted-printable, 76-character lines, as browsers write .mhtml. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (const line of Buffer.from(bytes).toString('latin1').split('\n')) {
    let out = '';
    let width = 0;
    for (const ch of line) {
      const c = ch.charCodeAt(0);
      const enc = (c >= 33 && c <= 126 && ch !== '=') || ch === ' ' ? ch : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + enc.length > 75) {
        out += '=\r\n';
        width = 0;
      }
      out += enc;
      width += enc.length;
    }
    lines.push(out);
  }
  return lines.join('\r\n');
}

const page = readFileSync(join(dir, 'portal-page.html'));
const boundary = '----MultipartBoundary--fixture';
writeFileSync(
  join(dir, 'portal-page-saved.mhtml'),
  [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: http://www.wj.gov.cn/html/wj/2024/04/18/example.html',
    'Subject: =?utf-8?Q?fixture?=',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: http://www.wj.gov.cn/html/wj/2024/04/18/example.html',
    '',
    quotedPrintable(new Uint8Array(page)),
    '',
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: http://www.wj.gov.cn/images/logo.png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n'),
);

console.log('fixtures written to', dir);
