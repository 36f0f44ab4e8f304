/**
 * Property-based checks with fast-check, over generated documents built from the
 * genre's real lines, broken lines, numbering, bylines, furniture and random
 * Chinese/ASCII noise, and over arbitrary bytes:
 *  - nothing lost: every non-whitespace character comes out exactly once, in order;
 *  - deterministic: the same input gives the same structure;
 *  - robust: any input either imports or fails with a typed ImportError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sample from '../../../test/fixtures/articles/wujin-articles.txt?raw';
import commentary from '../../../test/fixtures/articles/commentary-bare-headings.txt?raw';
import epaper from '../../../test/fixtures/articles/epaper-page.txt?raw';
import report from '../../../test/fixtures/articles/gov-work-report.txt?raw';
import notice from '../../../test/fixtures/articles/notice-attachments.txt?raw';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { importArticleBytes, importMarkdown, importText } from './index';
import { checkLossless, plainTextContent } from './lossless';

const realLines = [sample, commentary, epaper, report, notice].flatMap((t) => t.split('\n')).filter((l) => l.trim());

const CHARS = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞'];
const PUNCT = [...'，。、；：？！“”‘’（）《》…—,.;:?!()"\'　 □#-1234567890ABCabc'];

const noise = fc.string({ unit: fc.constantFrom(...CHARS, ...CHARS, ...PUNCT), minLength: 1, maxLength: 60 });
const realLine = fc.constantFrom(...realLines);
const brokenLine = fc.tuple(realLine, fc.nat()).map(([l, n]) => {
  const cut = 1 + (n % Math.max(1, l.length - 1));
  return `${l.slice(0, cut)}\n${l.slice(cut)}`;
});
const numbered = fc.tuple(fc.constantFrom('一、', '（一）', '(二)', '1.', '（1）', '第一部分 ', '一是', '## ', '# '), noise).map(([m, t]) => m + t);
const furniture = fc.constantFrom('□ 记者 史莲寅', '本报记者 李晓燕', '第A03版：要闻', '总第8126期', '【两会聚焦】', '▲ 图为现场。（记者 周强 摄）', '责任编辑：刘洋', '启航新征程', '2024年3月5日', '（完）', '张  伟');
const line = fc.oneof(
  { arbitrary: realLine, weight: 4 },
  { arbitrary: brokenLine, weight: 2 },
  { arbitrary: numbered, weight: 2 },
  { arbitrary: furniture, weight: 2 },
  { arbitrary: noise, weight: 2 },
  { arbitrary: fc.constant(''), weight: 2 },
);
const document = fc.tuple(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([ls, sep]) => ls.join(sep));

function importOrEmpty(text: string) {
  try {
    return importText(text);
  } catch (e) {
    if (e instanceof ImportError && e.code === 'EMPTY' && !/\S/.test(text.replace(/^[\s#]*$/gm, ''))) return null;
    throw e;
  }
}

describe('properties', () => {
  it('nothing lost: every character once, in order (generated documents)', () => {
    fc.assert(
      fc.property(document, (text) => {
        const r = importOrEmpty(text);
        if (!r) return;
        const check = checkLossless(plainTextContent(text), r);
        expect(check, text).toEqual({ ok: true });
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it('nothing lost on the real inputs, whole and cut at any point', () => {
    for (const t of [sample, commentary, epaper, report, notice]) expect(checkLossless(plainTextContent(t), importText(t))).toEqual({ ok: true });
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        const [from, to] = [a % sample.length, b % sample.length].sort((x, y) => x - y);
        const text = sample.slice(from!, to! + 1);
        const r = importOrEmpty(text);
        if (r) expect(checkLossless(plainTextContent(text), r), text).toEqual({ ok: true });
      }),
      { numRuns: 200 },
    );
  });

  it('deterministic: same input, same structure', () => {
    fc.assert(
      fc.property(document, (text) => {
        const a = importOrEmpty(text);
        expect(importOrEmpty(text)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary bytes under any name: a result or a typed ImportError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.tuple(fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 300 })).map(([h, t]) => new Uint8Array([...h, ...t])),
          document.map((t) => new TextEncoder().encode(t)),
        ),
        fc.constantFrom('a.txt', 'a.md', 'a.docx', 'a.doc', 'a', '文章.TXT'),
        async (bytes, name) => {
          try {
            const r = await importArticleBytes(bytes, name);
            expect(r.articles.length).toBeGreaterThan(0);
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('Markdown of any shape imports or fails typed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(document, fc.string({ maxLength: 200 })), async (text) => {
        try {
          await importMarkdown(text, 'a.md');
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('encodings round-trip: UTF-8 (±BOM) and UTF-16 LE/BE with BOM give back the text', () => {
    fc.assert(
      fc.property(noise.filter((s) => /\S/.test(s)), fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'), (text, enc) => {
        let bytes: Uint8Array;
        if (enc.startsWith('utf-8')) bytes = new Uint8Array([...(enc === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);
        else {
          bytes = new Uint8Array(2 + text.length * 2);
          const v = new DataView(bytes.buffer);
          v.setUint16(0, 0xfeff, enc === 'utf-16le');
          for (let i = 0; i < text.length; i++) v.setUint16(2 + i * 2, text.charCodeAt(i), enc === 'utf-16le');
        }
        expect(decodeText(bytes)).toEqual({ text, encoding: enc.replace('-bom', '') });
      }),
      { numRuns: 200 },
    );
  });
});

describe('the nothing-lost checker', () => {
  const r = importText(sample);
  const content = plainTextContent(sample);
  const clone = () => structuredClone(r);

  it('accepts the real result and rejects a dropped character, a duplicate, a swap or a moved paragraph', () => {
    expect(checkLossless(content, r).ok).toBe(true);
    const dropped = clone();
    dropped.articles[0]!.sections[0]!.paragraphs[0] = dropped.articles[0]!.sections[0]!.paragraphs[0]!.slice(1);
    expect(checkLossless(content, dropped).ok).toBe(false);
    const dup = clone();
    dup.articles[1]!.lead.push('健全');
    expect(checkLossless(content, dup).ok).toBe(false);
    const swapped = clone();
    const ps = swapped.articles[1]!.sections[0]!.paragraphs;
    [ps[0], ps[1]] = [ps[1]!, ps[0]!];
    expect(checkLossless(content, swapped).ok).toBe(false);
    const moved = clone();
    moved.articles[0]!.extras.push({ kind: 'meta', text: moved.articles[0]!.sections[2]!.paragraphs.pop()! });
    expect(checkLossless(content, moved).ok).toBe(true); // a whole run may float as an extra…
    moved.articles[0]!.sections[2]!.paragraphs.push('x');
    expect(checkLossless(content, moved).ok).toBe(false); // …but nothing may be invented
  });
});
