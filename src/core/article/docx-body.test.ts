/**
 * The fast .docx reader must give exactly the blocks mammoth gives, or leave
 * the file to mammoth. Checked over the fixture and over generated documents
 * built from the WordprocessingML the reader handles (styles, bold in its
 * spellings, breaks, tabs, hyperlinks, fields, tracked changes, content
 * controls, alternate content, bookmarks, tables with merged and deleted rows,
 * nested tables, entities) and some it leaves to mammoth (text boxes, symbols).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx';
import { ImportError } from './errors';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Subtitle"/></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="副标题"/></w:style>
<w:style w:type="character" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>
<w:style w:type="paragraph" w:styleId="NoName"/>
</w:styles>`;

function docx(body: string, opts: { ns?: string; styles?: string } = {}): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"${opts.ns ?? ''}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rIdLink" Type="${R}/hyperlink" Target="https://example.org/a#b" TargetMode="External"/></Relationships>`),
    'word/styles.xml': strToU8(opts.styles ?? STYLES),
    'word/document.xml': strToU8(document),
  });
}

async function both(bytes: Uint8Array) {
  const outcome = (p: Promise<{ blocks: unknown; fast?: boolean }>) => p.then((r) => ({ blocks: r.blocks, fast: r.fast }), (e: unknown) => ({ error: e instanceof ImportError ? e.code : String(e) }));
  const fast = await outcome(readDocx(bytes, 'a.docx'));
  const mammoth = await outcome(readDocx(bytes, 'a.docx', 'mammoth'));
  return { fast, mammoth };
}

const text = fc.string({ unit: fc.constantFrom(...'关于推进改革的实施方案一二三、（）：。 ab&<>"\''), minLength: 0, maxLength: 12 });
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const t = text.map((s) => (s.startsWith(' ') || s.endsWith(' ') ? `<w:t xml:space="preserve">${esc(s)}</w:t>` : `<w:t>${esc(s)}</w:t>`));
const bold = fc.constantFrom('', '<w:b/>', '<w:b w:val="0"/>', '<w:b w:val="false"/>', '<w:b w:val="1"/>', '<w:b w:val="true"/>', '<w:bCs/>', '<w:i/><w:b/>');
const runContent = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: t },
    fc.constantFrom('<w:tab/>', '<w:br/>', '<w:br w:type="page"/>', '<w:br w:type="column"/>', '<w:br w:type="textWrapping"/>', '<w:br w:type="odd"/>', '<w:noBreakHyphen/>', '<w:softHyphen/>', '<w:lastRenderedPageBreak/>', '<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText>', '<w:fldChar w:fldCharType="separate"/>', '<w:fldChar w:fldCharType="end"/>', '<w:footnoteReference w:id="1"/>', '<w:delText>删</w:delText>', '<w:drawing><wp:inline><wp:docPr id="1" name="p"/></wp:inline></w:drawing>', '<w:t>&#x4E00;&#20108;&apos;</w:t>', '<w:t/>'),
  ),
  { maxLength: 4 },
);
const run = fc.tuple(bold, runContent).map(([b, c]) => `<w:r>${b ? `<w:rPr>${b}</w:rPr>` : ''}${c.join('')}</w:r>`);
const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: run },
  run.map((r) => `<w:hyperlink r:id="rIdLink">${r}</w:hyperlink>`),
  run.map((r) => `<w:hyperlink w:anchor="top">${r}</w:hyperlink>`),
  run.map((r) => `<w:hyperlink r:id="rIdLink" w:anchor="x">${r}</w:hyperlink>`),
  run.map((r) => `<w:hyperlink>${r}</w:hyperlink>`),
  run.map((r) => `<w:ins w:id="1" w:author="a">${r}</w:ins>`),
  run.map((r) => `<w:del w:id="2" w:author="a">${r}</w:del>`),
  run.map((r) => `<w:smartTag w:uri="u" w:element="e">${r}</w:smartTag>`),
  run.map((r) => `<w:fldSimple w:instr=" PAGE ">${r}</w:fldSimple>`),
  run.map((r) => `<w:sdt><w:sdtPr><w:alias w:val="a"/></w:sdtPr><w:sdtContent>${r}</w:sdtContent></w:sdt>`),
  fc.tuple(run, run).map(([a, b]) => `<mc:AlternateContent><mc:Choice Requires="w14">${a}</mc:Choice><mc:Fallback>${b}</mc:Fallback></mc:AlternateContent>`),
  fc.constantFrom('<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>', '<w:bookmarkStart w:id="1" w:name="mark"/>', '<w:proofErr w:type="spellStart"/>', '<w:commentRangeStart w:id="0"/>', '<w:unknownThing><w:r><w:t>不读</w:t></w:r></w:unknownThing>'),
);
const pPr = fc.constantFrom('', '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', '<w:pPr><w:pStyle w:val="2"/><w:jc w:val="center"/></w:pPr>', '<w:pPr><w:pStyle w:val="Title"/></w:pPr>', '<w:pPr><w:pStyle w:val="Sub"/></w:pPr>', '<w:pPr><w:pStyle w:val="Heading3"/></w:pPr>', '<w:pPr><w:pStyle w:val="Heading4"/></w:pPr>', '<w:pPr><w:pStyle w:val="NoName"/></w:pPr>', '<w:pPr><w:pStyle/></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:b/></w:rPr></w:pPr>');
const paragraph = fc.tuple(pPr, fc.array(inline, { maxLength: 5 })).map(([p, c]) => `<w:p>${p}${c.join('')}</w:p>`);
const cellPr = fc.constantFrom('', '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>', '<w:tcPr><w:vMerge/></w:tcPr>', '<w:tcPr><w:vMerge w:val="continue"/></w:tcPr>', '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>');
const table = (inner: fc.Arbitrary<string>) => {
  const cell = fc.tuple(cellPr, fc.array(inner, { minLength: 1, maxLength: 2 })).map(([p, c]) => `<w:tc>${p}${c.join('')}</w:tc>`);
  const row = fc.tuple(fc.constantFrom('', '<w:trPr><w:del w:id="3" w:author="a"/></w:trPr>', '<w:trPr><w:tblHeader/></w:trPr>'), fc.array(cell, { minLength: 1, maxLength: 3 })).map(([p, c]) => `<w:tr>${p}${c.join('')}</w:tr>`);
  const between = fc.constantFrom('', '', '', '<w:bookmarkStart w:id="5" w:name="inTable"/>');
  return fc.tuple(fc.array(row, { minLength: 1, maxLength: 4 }), between).map(([rows, b]) => `<w:tbl><w:tblPr/><w:tblGrid/>${b}${rows.join('')}</w:tbl>`);
};
const block = fc.oneof({ weight: 6, arbitrary: paragraph }, table(paragraph), table(fc.oneof(paragraph, table(paragraph))), paragraph.map((p) => `<w:sdt><w:sdtContent>${p}</w:sdtContent></w:sdt>`), paragraph.map((p) => `<w:customXml w:element="x">${p}</w:customXml>`));
const body = fc.array(block, { minLength: 1, maxLength: 8 }).map((b) => b.join(''));

describe('the fast .docx reader', () => {
  it('reads the fixture itself, the same as mammoth', async () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/articles/word-headings.docx')));
    const { fast, mammoth } = await both(bytes);
    expect(fast).toEqual({ ...mammoth, fast: true });
  });

  it('gives the blocks mammoth gives, for generated documents', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const { fast, mammoth } = await both(docx(b));
        expect('error' in fast ? fast : fast.blocks).toEqual('error' in mammoth ? mammoth : mammoth.blocks);
        expect(fast).toMatchObject({ fast: true });
      }),
      { numRuns: 150 },
    );
  });

  const declined: Array<[string, string, { ns?: string }?]> = [
    ['a text box (mammoth moves its paragraphs after the one holding it)', '<w:p><w:r><w:t>前</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>后</w:t></w:r></w:p><w:p><w:r><w:t>下一段</w:t></w:r></w:p>', { ns: ' xmlns:v="urn:schemas-microsoft-com:vml"' }],
    ['a Wingdings symbol', '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>完成</w:t></w:r></w:p>'],
    ['a deleted paragraph mark (the paragraph joins the next)', '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>前半</w:t></w:r></w:p><w:p><w:r><w:t>后半</w:t></w:r></w:p>'],
    ['a check box content control', '<w:p><w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>同意</w:t></w:r></w:p>'],
    ['a comment inside a text run', '<w:p><w:r><w:t>前<!-- c -->后</w:t></w:r></w:p>'],
    ['the main namespace under another prefix', '<w:p><w:r><w:t>甲</w:t></w:r></w:p><x:p><x:r><x:t>乙</x:t></x:r></x:p>', { ns: ` xmlns:x="${W}"` }],
    ['a picture whose relationship is missing', '<w:p><w:r><w:drawing><wp:inline><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId99"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'],
  ];
  for (const [what, xml, opts] of declined) {
    it(`leaves ${what} to mammoth`, async () => {
      const { fast, mammoth } = await both(docx(xml, opts));
      expect(fast).toEqual(mammoth);
    });
  }

  it('reads a document whose styles part is missing or unreadable the way mammoth does', async () => {
    const body = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、总体要求</w:t></w:r></w:p>';
    for (const styles of ['<w:styles xmlns:w="urn:other"/>', `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>`]) {
      const { fast, mammoth } = await both(docx(body, { styles }));
      expect(fast).toEqual(mammoth);
    }
  });
});
