import { describe, expect, it } from 'vitest';
import { importMarkdown, importText } from './index';
import { checkLossless, plainTextContent } from './lossless';

const one = (text: string) => {
  const r = importText(text);
  expect(checkLossless(plainTextContent(text), r)).toEqual({ ok: true });
  return r.articles[0]!;
};
const outline = (text: string) => one(text).sections.map((s) => `${s.level} ${s.heading}`);

describe('bylines', () => {
  it('reads every byline form of the genre', () => {
    expect(one('标题一行\n本报记者 王晓明\n正文第一段。').byline).toBe('本报记者 王晓明');
    expect(one('标题一行\n□ 记者 史莲寅\n正文第一段。').byline).toBe('记者 史莲寅');
    expect(one('标题一行\n\n张  伟\n\n正文第一段，内容较长。').byline).toBe('张  伟');
    const a = one('标题一行\n\n本报讯 通讯员李明报道：3月5日，全区召开大会。\n\n会议强调，要狠抓落实。');
    expect(a.byline).toBe('本报讯 通讯员李明报道：');
    expect(a.lead[0]).toBe('3月5日，全区召开大会。');
    const b = one('标题一行\n\n会议指出，要坚持稳中求进。\n\n会议强调，要狠抓落实。（记者 吴丽 通讯员 蒋涛）');
    expect(b.byline).toBe('（记者 吴丽 通讯员 蒋涛）');
    expect(b.lead[1]).toBe('会议强调，要狠抓落实。');
  });
});

describe('source rows under the title', () => {
  it('reads a byline among 来源/date rows (pasted web articles)', () => {
    const a = one('在推进中国式现代化中走在前做示范\n来源：新华社\n作者：张晓松 朱基钗\n2023-07-07 19:58\n\n正文第一段，内容。\n\n编辑：王珊');
    expect(a.byline).toBe('作者：张晓松 朱基钗');
    expect(a.extras).toEqual([
      { kind: 'meta', text: '来源：新华社' },
      { kind: 'meta', text: '2023-07-07 19:58' },
      { kind: 'meta', text: '编辑：王珊' },
    ]);
    expect(a.lead).toEqual(['正文第一段，内容。']);
    expect(a.sections).toEqual([]);
  });
});

describe('titles', () => {
  it('joins a title broken over two lines and keeps a 引题 and a 副题', () => {
    const a = one('武进国家高新区\n一季度项目签约再创新高\n——32个项目集中签约，总投资超260亿元\n\n正文第一段，内容。');
    expect(a.title).toBe('武进国家高新区一季度项目签约再创新高');
    expect(a.subtitle).toBe('——32个项目集中签约，总投资超260亿元');
    const b = one('坚持稳中求进\n\n一季度项目签约再创新高\n\n正文第一段，内容。');
    expect([b.subtitle, b.title]).toEqual(['坚持稳中求进', '一季度项目签约再创新高']);
  });

  it('does not take a numbered Markdown section for a title', async () => {
    const r = await importMarkdown('## 一、总体要求\n\n坚持稳中求进。\n\n## 二、重点任务\n\n加快发展。', 'a.md');
    expect(r.articles[0]!.title).toBeNull();
    expect(r.articles[0]!.sections.map((s) => s.heading)).toEqual(['一、总体要求', '二、重点任务']);
  });

  it('finds several articles by title + byline', () => {
    const r = importText('全力以赴拼经济\n本报记者 甲乙\n正文一。\n\n春耕备耕正当时\n本报记者 丙丁\n正文二。');
    expect(r.articles.map((a) => [a.title, a.byline, a.lead])).toEqual([
      ['全力以赴拼经济', '本报记者 甲乙', ['正文一。']],
      ['春耕备耕正当时', '本报记者 丙丁', ['正文二。']],
    ]);
  });
});

describe('sections and levels', () => {
  it('numbering schemes nest in their customary order, numbering kept as written', () => {
    expect(outline('报告\n\n一、总体要求\n\n正文。\n\n（一）指导思想\n\n正文。\n\n1.坚持党的领导\n\n正文。\n\n二、保障措施\n\n正文。')).toEqual([
      '1 一、总体要求',
      '2 （一）指导思想',
      '3 1.坚持党的领导',
      '1 二、保障措施',
    ]);
    expect(outline('讲话\n\n同志们：\n\n第一部分 认清形势\n\n正文。\n\n一、问题\n\n正文。\n\n第二部分 明确任务\n\n正文。')).toEqual(['1 第一部分 认清形势', '2 一、问题', '1 第二部分 明确任务']);
    expect(outline('报告\n\n(1)第一项工作安排\n\n正文内容。\n\n(2)第二项工作安排\n\n正文内容。')).toEqual(['1 （1）第一项工作安排', '1 （2）第二项工作安排']);
  });

  it('numbered lead sentences split into heading and first paragraph, one level below the enclosing heading', () => {
    const a = one('报告\n\n一、工作回顾\n\n（一）坚持项目支撑、招商赋能，经济基础更加坚实。全年完成地区生产总值3350亿元。\n\n（二）坚持创新驱动，产业结构持续优化。高新技术产业占比过半。');
    expect(a.sections.map((s) => [s.level, s.heading, s.paragraphs])).toEqual([
      [1, '一、工作回顾', []],
      [2, '（一）坚持项目支撑、招商赋能，经济基础更加坚实。', ['全年完成地区生产总值3350亿元。']],
      [2, '（二）坚持创新驱动，产业结构持续优化。', ['高新技术产业占比过半。']],
    ]);
  });

  it('一是/二是 paragraphs become sections; level 1 when there is no heading', () => {
    expect(outline('总结\n\n一是经济运行稳中向好。指标位居前列。\n\n二是项目建设提速增效。完成投资286亿元。')).toEqual(['1 一是经济运行稳中向好。', '1 二是项目建设提速增效。']);
    // Enumerated inside one paragraph: not sections.
    expect(outline('总结\n\n主要做法：一是抓学习；二是抓落实；三是抓队伍。\n\n下一步，继续努力。')).toEqual([]);
  });

  it('unnumbered parallel lead sentences become sections; a lone short first sentence does not', () => {
    expect(outline('简报\n\n坚持创新引领，确保成果加快转化。要加强攻关。\n\n坚持产业为本，确保体系加快构建。要培育产业。\n\n坚持改革赋能，确保机制更加完善。要深化改革。')).toEqual([
      '1 坚持创新引领，确保成果加快转化。',
      '1 坚持产业为本，确保体系加快构建。',
      '1 坚持改革赋能，确保机制更加完善。',
    ]);
    expect(outline('评论\n\n事业发展，关键在人。要锻造高素质干部队伍，推动各项工作落实。\n\n充分发挥联盟作用，规划布局国际化双语初中学校，加快建设一批学校。')).toEqual([]);
  });

  it('bare 小标题: couplets and parallel lines', () => {
    expect(outline('标题\n\n导语一段。\n\n多元载体 提升创新之核\n\n正文一段。\n\n项目攻坚 夯实产业之基\n\n正文二段。')).toEqual(['1 多元载体 提升创新之核', '1 项目攻坚 夯实产业之基']);
    expect(
      outline('标题\n\n始终把推动发展作为首要职责，奋力书写好新答卷\n\n正文一段。\n\n始终把坚强党性作为鲜明本色，奋力书写好新答卷\n\n正文二段。\n\n始终把共同富裕作为最大政绩，奋力书写好新答卷\n\n正文三段。'),
    ).toEqual(['1 始终把推动发展作为首要职责，奋力书写好新答卷', '1 始终把坚强党性作为鲜明本色，奋力书写好新答卷', '1 始终把共同富裕作为最大政绩，奋力书写好新答卷']);
  });

  it('bare 小标题 of the comma-pair shape ("稳中求进，夯实发展根基") standing alone with peers', () => {
    const body = '报告指出，过去一年经济运行总体平稳，城镇新增就业稳中有升，粮食产量再创新高。';
    expect(outline(`标题\n\n导语一段。\n\n稳中求进，夯实发展根基\n\n${body}\n\n改革开放，激发内生动力\n\n${body}`)).toEqual([
      '1 稳中求进，夯实发展根基',
      '1 改革开放，激发内生动力',
    ]);
    // Alone, such a line may be a fragment: it is only a heading beside a peer of its shape.
    expect(outline(`标题\n\n导语一段。\n\n稳中求进，夯实发展根基\n\n${body}`)).toEqual([]);
  });

  it('a hard-wrapped page with blank lines between its lines: comma fragments of one width are rejoined, not headings', () => {
    // Twelve characters a line, as an e-paper column copies out; two lines happen to have the comma at the same place.
    const lines = ['全区工业投资增长明显，技', '改投资增长较快。新兴产业', '投资占比，提高到三成以上', '。全区服务业增加值稳步提', '升，增速高于全市平均水平', '两个百分点。现代物流业的', '发展迅速，营收突破百亿元', '大关。'];
    const a = one(`标题\n\n${lines.join('\n\n')}`);
    expect(a.sections).toEqual([]);
    expect(a.lead.join('')).toBe(lines.join(''));
  });
});

describe('paragraph repair', () => {
  it('rejoins mid-sentence breaks, also with CR-only line endings', () => {
    expect(one('标题\r\r全区工业投资增长12.3%，\r其中技术改造投资增长18.6%。').lead).toEqual(['全区工业投资增长12.3%，其中技术改造投资增长18.6%。']);
  });

  it('never joins across a real paragraph end', () => {
    for (const end of ['。', '！', '？', '……', '。”', '：', '；']) {
      expect(one(`标题\n\n第一段结束了${end}\n\n第二段开始了，内容较长。`).lead).toHaveLength(2);
    }
  });
});

describe('extras', () => {
  it('keeps furniture typed and out of the body', () => {
    const a = one('第A03版：要闻\n总第8126期\n标题一行\n本报记者 王明\n正文一段。\n▲ 会场一角。（记者 周强 摄）\n正文二段。\n责任编辑：刘洋\n武进日报社编印');
    expect(a.extras).toEqual([
      { kind: 'meta', text: '第A03版：要闻' },
      { kind: 'meta', text: '总第8126期' },
      { kind: 'caption', text: '▲ 会场一角。（记者 周强 摄）' },
      { kind: 'meta', text: '责任编辑：刘洋' },
      { kind: 'meta', text: '武进日报社编印' },
    ]);
    expect(a.lead).toEqual(['正文一段。', '正文二段。']);
  });

  it("keeps a 纪要's roll (出席/列席/记录) as closing notes, never a banner that closes the deck", () => {
    const a = one('区政府常务会议纪要\n\n会议研究了安全生产工作。\n\n出席：王某某　李某某\n列席：区发改局主要负责同志\n记录：赵某某');
    expect(a.extras).toEqual([
      { kind: 'note', text: '出席：王某某　李某某' },
      { kind: 'note', text: '列席：区发改局主要负责同志' },
      { kind: 'note', text: '记录：赵某某' },
    ]);
  });

  it("keeps a portal page's previous/next links as page furniture, never a closing banner slide", () => {
    const a = one('标题一行\n\n正文一段。\n\n正文二段。\n\n上一篇：我市召开春季植树造林动员会\n下一篇：市政府常务会议研究部署近期重点工作');
    expect(a.extras).toEqual([
      { kind: 'meta', text: '上一篇：我市召开春季植树造林动员会' },
      { kind: 'meta', text: '下一篇：市政府常务会议研究部署近期重点工作' },
    ]);
  });
});

describe('Markdown', () => {
  it('reads headings, drops emphasis marks, keeps list numbers, flags bold lines as headings', async () => {
    const r = await importMarkdown('# 标题\n\n导语**重点**内容。\n\n## 一、任务\n\n1. 第一项。\n2. 第二项。\n\n**讨论题**\n\n- 问题一？\n', 'a.md');
    const a = r.articles[0]!;
    expect(a.title).toBe('标题');
    expect(a.lead).toEqual(['导语重点内容。']);
    expect(a.sections.map((s) => [s.level, s.heading, s.paragraphs])).toEqual([
      [1, '一、任务', ['1.第一项。', '2.第二项。']],
      [2, '讨论题', ['问题一？']],
    ]);
  });
});

describe('编者按 above the first title', () => {
  it('opens the lead of the item below it, not an untitled article of its own', () => {
    const text = '工作动态\n第 8 期\n区委办公室编印    2024年6月12日\n\n编者按：湖塘镇的做法值得借鉴。\n现将有关情况刊发。\n\n湖塘镇网格治理让小事不出村\n\n湖塘镇划分126个网格，推动纠纷就地化解。\n\n一是网格+警务。民警下沉网格。\n\n二是网格+党建。党员认领服务岗位。';
    const r = importText(text);
    expect(checkLossless(plainTextContent(text), r)).toEqual({ ok: true });
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title).toBe('湖塘镇网格治理让小事不出村');
    expect(a.lead.slice(0, 2)).toEqual(['编者按：湖塘镇的做法值得借鉴。', '现将有关情况刊发。']);
    expect(a.extras[0]!.kind).toBe('masthead');
  });
});
