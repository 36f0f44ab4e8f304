import { describe, expect, it } from 'vitest';
import { importArticleBytes, importHtml } from './index';
import { htmlToBlocks } from './html';
import { checkLossless, plainTextContent } from './lossless';

describe('clipboard HTML (Word, browsers)', () => {
  it('keeps Word headings, bold and centred paragraphs as a .docx would, and loses nothing', async () => {
    const html = `<html><head><style>p.MsoNormal{margin:0}</style></head><body>
      <p class=MsoTitle align=center><b><span style="font-family:方正小标宋简体">关于推进数字政府建设的实施意见</span></b></p>
      <p class=MsoNormal>各镇、街道，区各部门：</p>
      <p class=MsoNormal>为加快推进数字政府建设，提升政府治理能力，结合我区实际，提出如下意见。</p>
      <h1>一、总体要求</h1>
      <p class=MsoNormal>坚持以人民为中心，以数字化改革助力政府职能转变。</p>
      <p class=MsoNormal><b>加强组织保障</b></p>
      <p class=MsoNormal>各部门要明确分工，<b>压实责任</b>，确保落实。</p>
    </body></html>`;
    const r = await importHtml(html);
    const a = r.articles[0]!;
    expect(a.title).toBe('关于推进数字政府建设的实施意见');
    expect(a.sections.map((s) => s.heading)).toEqual(['一、总体要求', '加强组织保障']);
    expect(a.sections[1]!.paragraphs).toEqual(['各部门要明确分工，压实责任，确保落实。']);
    expect(a.extras).toEqual([]);
    const text = htmlToBlocks(html, { mainContent: false }).map((b) => b.text).join('\n');
    expect(checkLossless(plainTextContent(text), r)).toEqual({ ok: true });
  });

  it('a saved page: lines split by <br> are paragraphs (portals set paragraphs so); a layout table is read for its text, its link row kept as meta', async () => {
    const long = '为进一步优化营商环境，激发市场主体活力，区政府研究制定了若干措施，现就贯彻落实有关事项通知如下。'.repeat(3);
    const html = `<!DOCTYPE html><html><head><title>关于优化营商环境的通知_政府网</title></head><body>
      <table><tr><td><a href="/">首页</a></td><td><a href="/x">政务公开</a></td></tr></table>
      <table><tr><td><div class="article"><h1>关于优化营商环境的通知</h1><p>${long}<br>${long}</p><p>${long}</p></div></td></tr></table>
    </body></html>`;
    const r = await importArticleBytes(new TextEncoder().encode(html), '通知.html');
    const a = r.articles[0]!;
    expect(a.title).toBe('关于优化营商环境的通知');
    expect(a.lead.length).toBe(3);
    expect(a.extras).toEqual([{ kind: 'meta', text: '首页 | 政务公开' }]);
  });
});
