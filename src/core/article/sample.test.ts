import { describe, expect, it } from 'vitest';
import sample from '../../../test/fixtures/articles/wujin-articles.txt?raw';
import { importArticleBytes, importText } from './index';
import { checkLossless, plainTextContent } from './lossless';

const bytes = new TextEncoder().encode(sample);

describe('the sample (wujin-articles.txt)', async () => {
  const result = await importArticleBytes(bytes, 'wujin-articles.txt');
  const [a1, a2] = result.articles;

  it('holds two articles, decoded as UTF-8', () => {
    expect(result.encoding).toBe('utf-8');
    expect(result.articles).toHaveLength(2);
  });

  it('article 1: title, byline, three level-1 始终把 sections', () => {
    expect(a1!.title).toBe('以实干为民谋福 用实绩书写答卷');
    expect(a1!.byline).toContain('祁斌');
    expect(a1!.byline).not.toContain('□');
    const top = a1!.sections.filter((s) => s.level === 1);
    expect(top).toHaveLength(3);
    for (const s of top) expect(s.heading.startsWith('始终把')).toBe(true);
    expect(top[0]!.heading).toBe('始终把推动发展作为首要职责，奋力书写好“乘势而上谋发展”的新答卷');
  });

  it('article 1: parallel lead sentences become level-2 sections under their 始终把 heading', () => {
    const headings = a1!.sections.map((s) => `${s.level}:${s.heading}`);
    expect(headings).toEqual([
      '1:始终把推动发展作为首要职责，奋力书写好“乘势而上谋发展”的新答卷',
      '2:在万亿之城再出发中提升贡献度。',
      '2:在新能源之都建设中扩大首位度。',
      '2:在“两湖”创新区发展中干出显示度。',
      '1:始终把坚强党性作为鲜明本色，奋力书写好“旗帜鲜明讲政治”的新答卷',
      '2:理论学习当“笃行”。',
      '2:调查研究需“真行”。',
      '2:转变作风要“立行”。',
      '1:始终把共同富裕作为最大政绩，奋力书写好“用心用情惠民生”的新答卷',
      '2:构建城乡融合新格局。',
      '2:打造公共服务新名片。',
      '2:实现富民增收新突破。',
    ]);
    // The first paragraph of a lead section is the rest of the source paragraph.
    expect(a1!.sections[1]!.paragraphs[0]!.startsWith('坚持稳中求进、以进促稳、先立后破')).toBe(true);
    // The framing paragraph stays with its level-1 heading.
    expect(a1!.sections[0]!.paragraphs).toEqual([expect.stringMatching(/^站在新的历史起点/)]);
  });

  it('article 2: title with full-width colon, byline, three sections', () => {
    expect(a2!.title).toBe('武进国家高新区：为万亿之城再出发贡献硬核力量');
    expect(a2!.byline).toContain('史莲寅');
    expect(a2!.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, '多元载体 提升创新之核'],
      [1, '项目攻坚 夯实产业之基'],
      [1, '党建引领 澎湃发展之势'],
    ]);
  });

  it('rejoins all seven page-layout breaks, the orphan line into the paragraph before it', () => {
    const paragraphs = result.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs));
    const has = (s: string) => paragraphs.some((p) => p.includes(s));
    for (const joined of ['加强低效用地整治', '提升园区形象', '完善创业创新创富机制', '奋力书写好中国式现代化', '标准化建设', '粮食安全，持续开展', '“走在前、做示范”中展现新担当新作为。']) {
      expect(has(joined), joined).toBe(true);
    }
    expect(paragraphs.some((p) => p.startsWith('中展现'))).toBe(false);
    const breaks = result.repairs.filter((r) => r.kind === 'rejoin-break' || r.kind === 'orphan-line').map((r) => r.at);
    for (const [a, b] of [['加', '强低效'], ['园', '区形象'], ['完善创', '业创新'], ['奋力书写', '好中国式'], ['标准', '化建设'], ['粮食安全，', '持续开展'], ['做示范”', '中展现新担当']]) {
      expect(breaks.some((at) => at.includes(`${a} / ${b}`)), `${a} / ${b}`).toBe(true);
    }
  });

  it('each repair shows the text before and after it', () => {
    const jia = result.repairs.find((r) => r.at.includes('加 / 强低效'))!;
    expect(jia.before).toMatch(/加↵强低效用地整治/);
    expect(jia.after).toMatch(/加强低效用地整治/);
    const colon = result.repairs.find((r) => r.kind === 'punctuation' && r.at.includes('高新区：为'))!;
    expect(colon.before).toContain('高新区:为');
    expect(colon.after).toContain('高新区：为');
    for (const r of result.repairs) expect(r.before !== undefined && r.after !== undefined && r.before !== r.after, r.at).toBe(true);
  });

  it('never joins across a real paragraph end', () => {
    const all = result.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs));
    expect(all.some((p) => p.includes('更好展现中国式现代化武进实景图。在万亿之城'))).toBe(false);
  });

  it('types both extras: the column label and the two-line banner', () => {
    expect(a1!.extras).toEqual([{ kind: 'column-label', text: '“一把手”政绩观' }]);
    expect(a2!.extras).toEqual([{ kind: 'banner', text: '启航新征程 扬帆再出发' }]);
    const body = JSON.stringify(result.articles.map((a) => [a.lead, a.sections]));
    expect(body).not.toContain('政绩观”');
    expect(body).not.toContain('启航新征程');
  });

  it('normalises ASCII punctuation inside Chinese and reports it', () => {
    const text = JSON.stringify(result.articles.map((a) => [a.title, a.sections]));
    expect(text).not.toMatch(/[\u4e00-\u9fff”][,:(]|[,:(][\u4e00-\u9fff“]/);
    expect(a2!.sections[0]!.paragraphs[1]).toContain('示范（园）区');
    const punct = result.repairs.filter((r) => r.kind === 'punctuation');
    expect(punct.length).toBeGreaterThan(20);
    expect(punct.some((r) => r.at.includes('高新区：为'))).toBe(true);
  });

  it('loses nothing and is deterministic', async () => {
    expect(checkLossless(plainTextContent(sample), result)).toEqual({ ok: true });
    expect(await importArticleBytes(bytes, 'wujin-articles.txt')).toEqual(result);
    // Pasted text takes the same path.
    const pasted = importText(sample);
    expect(pasted.articles.map((a) => a.sections)).toEqual(result.articles.map((a) => a.sections));
  });
});
