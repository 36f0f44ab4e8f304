import { describe, expect, it } from 'vitest';
import { NumberingCounter, formatCounter, readNumbering, type LevelDef } from './docx-numbering';
import { readDocumentBody, readParagraphStyles } from './docx-body';

const lvl = (format: string, text: string, start = 1): LevelDef => ({ format, text, start });

describe('Word automatic numbering as text', () => {
  it('writes the formats of official documents', () => {
    expect([1, 10, 12, 20, 21].map((n) => formatCounter('chineseCounting', n))).toEqual(['一', '十', '十二', '二十', '二十一']);
    expect(formatCounter('decimalEnclosedCircle', 3)).toBe('③');
    expect(formatCounter('ideographTraditional', 2)).toBe('乙');
    expect(formatCounter('chineseLegalSimplified', 12)).toBe('拾贰');
    expect(formatCounter('decimalFullWidth', 12)).toBe('１２');
    expect(formatCounter('upperRoman', 14)).toBe('XIV');
    expect(formatCounter('bullet', 1)).toBeNull();
  });

  it('counts 一、/（一）/1./（1） as Word shows them, restarting a level when the one above moves on', () => {
    const defs = { lists: new Map([['1', [lvl('chineseCounting', '%1、'), lvl('chineseCounting', '（%2）'), lvl('decimal', '%3.'), lvl('decimal', '（%4）')]]]), abstractOf: new Map<string, string>() };
    const c = new NumberingCounter(defs);
    const seq: Array<[string, number]> = [['1', 0], ['1', 1], ['1', 1], ['1', 2], ['1', 3], ['1', 3], ['1', 2], ['1', 0], ['1', 1]];
    expect(seq.map(([id, l]) => c.next(id, l))).toEqual(['一、', '（一）', '（二）', '1.', '（1）', '（2）', '2.', '二、', '（一）']);
  });

  it('joins levels in a multi-level pattern and honours a start value', () => {
    const defs = { lists: new Map([['7', [lvl('decimal', '第%1章', 3), lvl('decimal', '%1.%2')]]]), abstractOf: new Map<string, string>() };
    const c = new NumberingCounter(defs);
    expect([c.next('7', 0), c.next('7', 1), c.next('7', 1), c.next('7', 0), c.next('7', 1)]).toEqual(['第3章', '3.1', '3.2', '第4章', '4.1']);
  });

  it('lets lists on one abstract definition continue each other, shows nothing for bullets or an unknown list', () => {
    const levels = [lvl('decimal', '%1.')];
    const defs = { lists: new Map([['1', levels], ['2', levels], ['3', [lvl('bullet', '')]]]), abstractOf: new Map([['1', 'a'], ['2', 'a']]) };
    const c = new NumberingCounter(defs);
    expect([c.next('1', 0), c.next('2', 0), c.next('3', 0), c.next('9', 0), c.next('1', 4)]).toEqual(['1.', '2.', null, null, null]);
  });
});

describe('numbering read from the .docx parts', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const numberingXml = `<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
  </w:numbering>`;
  // WPS and Word number headings through the heading style, which the paragraph only names.
  const stylesXml = `<w:styles ${W}>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
  </w:styles>`;
  const para = (style: string, text: string, numPr = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const documentXml = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
  const numbers = (body: string) => {
    const tree = readDocumentBody(documentXml(body), readParagraphStyles(stylesXml)!, [], readNumbering(numberingXml)!)!;
    return tree.children!.map((p) => p.numberText ?? null);
  };

  it('numbers headings from their style, the level from the style it is based on', () => {
    expect(numbers(para('Heading1', '总体要求') + para('Heading2', '目标') + para('Heading2', '原则') + para('Heading1', '任务') + para('Heading2', '重点'))).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);
  });

  it('takes a paragraph’s own numbering over its style’s, a restart override, and numId 0 as "not numbered"', () => {
    const own = (id: string, lvl = 0) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    expect(numbers(para('Normal', '甲', own('2')) + para('Normal', '乙', own('2')) + para('Heading1', '丙', own('0')) + para('Normal', '丁'))).toEqual(['四、', '五、', null, null]);
  });

  it('reads a document without numbering.xml, and leaves one it cannot read to mammoth', () => {
    expect(readNumbering(null)).toEqual({ lists: new Map(), abstractOf: new Map() });
    expect(readNumbering('<w:numbering')).toBeNull();
  });
});
