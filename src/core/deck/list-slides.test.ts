import { describe, expect, it } from 'vitest';
import { importText } from '../article/index';
import { deckToOutline } from '../export/deck-to-outline';
import { generateDeck } from './generate';
import { getAttr } from './slide-attrs';
import { slideBullets, slideTitle } from './operations';
import { coverage } from './text-coverage';

const deckOf = (text: string, options = {}) => {
  const article = importText(text, 'list.txt').articles[0]!;
  return { article, deck: generateDeck(article, options) };
};
const content = (d: ReturnType<typeof deckOf>['deck']) => d.slides.filter((s) => /^(?:bullets|quote)$/u.test(getAttr(s, 'class') ?? ''));

const NOTICE = [
  '关于开展作风建设专项检查的通知',
  '为深入推进机关作风建设，决定在全区开展专项检查。现将有关事项通知如下：',
  '一、检查内容',
  '重点检查以下方面：',
  '（1）工作纪律执行情况；',
  '（2）服务群众“最后一公里”落实情况；',
  '（3）文件会议精简情况；',
  '（4）基层减负措施落实情况。',
  '二、工作要求',
  '各单位要高度重视，认真组织自查，于6月30日前将自查报告报送区委办公室。检查结果将纳入年度综合考核。',
].join('\n\n');

const COMMENTARY = [
  '读懂政府工作报告',
  '三月的北京，春意渐浓。今年的政府工作报告既总结成绩，又部署工作。',
  '稳中求进 夯实发展根基',
  '报告指出，过去一年经济运行总体平稳，国内生产总值增长5.2%，粮食产量再创新高。',
  '1. 经济总量迈上新台阶，现代化产业体系建设取得重要进展。',
  '2. 科技创新实现新突破，一批重大科技成果相继问世。',
  '3. 民生保障持续加强，基本养老保险参保人数稳步增长。',
  '改革开放 激发内生动力',
  '今年将深化重点领域改革，持续优化营商环境，推动民营经济发展壮大。',
].join('\n\n');

describe('a list of short numbered paragraphs', () => {
  it('goes on one slide, items as written, titled by the paragraph that introduces it', () => {
    const { deck } = deckOf(NOTICE);
    const slides = content(deck).filter((s) => slideBullets(s).some((b) => b.startsWith('（1）')));
    expect(slides).toHaveLength(1);
    expect(slideTitle(slides[0]!)).toBe('重点检查以下方面');
    expect(slideBullets(slides[0]!)).toEqual(['（1）工作纪律执行情况', '（2）服务群众“*最后一公里*”落实情况', '（3）文件会议精简情况', '（4）基层减负措施落实情况']);
    // No slide is left holding only a title.
    for (const s of content(deck)) expect(slideBullets(s).length, slideTitle(s) ?? '').toBeGreaterThan(0);
  });

  it('without an introduction, is titled by what its items are about', () => {
    const { deck } = deckOf(COMMENTARY);
    const list = content(deck).find((s) => slideBullets(s)[0]?.startsWith('1\\.') || slideBullets(s)[0]?.startsWith('1.'))!;
    expect(slideTitle(list)).toBe('经济总量、科技创新、民生保障');
    expect(slideBullets(list)).toHaveLength(3);
  });

  it('loses nothing: the notes carry every item once, and the Word outline prints each as its own paragraph', () => {
    for (const text of [NOTICE, COMMENTARY]) {
      const { article, deck } = deckOf(text);
      expect(coverage(article, deck).ratio).toBe(1);
      const printed = deckToOutline(deck).articles[0]!.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.text));
      const written = article.sections.flatMap((s) => s.paragraphs);
      expect(printed).toEqual(written);
    }
  });

  it('spreads over slides when long, each page with its own title and its own items in the notes', () => {
    const tasks = ['加强组织领导', '压实工作责任', '健全工作机制', '强化督促检查', '注重宣传引导', '严格考核问责', '抓好队伍建设', '加强经费保障', '做好总结提升'];
    const items = tasks.map((t, i) => `（${i + 1}）${t}，确保各项工作落实到位。`);
    const { deck } = deckOf(['工作安排', '主要任务如下：', ...items].join('\n\n'));
    const slides = content(deck);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.flatMap(slideBullets)).toEqual(items.map((t) => t.replace(/。$/u, '')));
    expect(new Set(slides.map(slideTitle)).size).toBe(slides.length);
    expect(slides.map((s) => s.notes).join('\n\n')).toBe(['主要任务如下：', ...items].join('\n\n'));
  });

  it('leaves long numbered paragraphs of a work report to their own slides', () => {
    const long = (n: number) => `${n}. 推动高质量发展取得新成效。全年地区生产总值增长6%，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资稳步增长。`;
    const { deck } = deckOf(['报告', '一、主要工作', long(1), long(2), long(3)].join('\n\n'));
    expect(content(deck).length).toBeGreaterThanOrEqual(3);
  });
});
