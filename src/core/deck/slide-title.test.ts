import { describe, expect, it } from 'vitest';
import { chooseTitle, isFragmentTitle, keyPhrase, titleKey } from './slide-title';

const title = (text: string, avoid: string[] = []) => chooseTitle(text, 0, text.length, new Set(avoid.map(titleKey)))?.title ?? null;

describe('slide titles from the slide’s own text', () => {
  it('takes the lead sentence or the lead phrase', () => {
    expect(title('在万亿之城再出发中提升贡献度。坚持稳中求进。')).toBe('在万亿之城再出发中提升贡献度');
    expect(title('健全科创生态系统，促进经济发展由外延式“量的扩张”转向内涵式“质的提升”，后面还有很长很长很长的一段话。')).toBe('健全科创生态系统');
    expect(title('“一心一意抓项目，一以贯之强产业。”武进国家高新区相关负责人表示。')).toBe('“一心一意抓项目，一以贯之强产业。”');
  });

  it('never a bare opening clause: it finds the key phrase instead', () => {
    expect(title('站在新的历史起点，我们要立足全省、全市发展大局，以“三大任务”为突破口，更好展现中国式现代化武进实景图。')).toBe('以“三大任务”为突破口');
    expect(title('今年以来，全区工业投资增长12.3%，其中技术改造投资增长18.6%，为实体经济高质量发展注入了强劲动力。')).toBe('全区工业投资增长12.3%');
    const t = title('2024年是中华人民共和国成立75周年，是全面完成“十四五”规划目标任务的关键一年，也是武进加快推进现代化强区建设的攻坚突破之年。');
    expect(t ?? '').not.toMatch(/^2024年是/u);
    expect(title('同志们，作风建设只有进行时，没有完成时。')).toBe('作风建设只有进行时，没有完成时');
    expect(title('中国式现代化，是中国共产党领导的社会主义现代化，既有各国现代化的共同特征，更有基于自己国情的中国特色。')).not.toBe('中国式现代化');
  });

  it('leaves who said it to the notes: the title is what was said', () => {
    expect(title('会议认为，优化营商环境是推动高质量发展的关键一招。会议要求，各部门要对标先进地区。')).toBe('优化营商环境是推动高质量发展的关键一招');
    expect(title('报告强调，坚持稳中求进工作总基调。')).toBe('坚持稳中求进工作总基调');
    for (const f of ['但也要清醒看到', '我们必须清醒认识到']) expect(isFragmentTitle(f), f).toBe(true);
  });

  it('does not repeat the section title', () => {
    expect(title('群众满意是最高标准。要把功夫下在察实情、出实招上，坚决反对形式主义、官僚主义。', ['二、群众满意是最高标准'])).toBe('坚决反对形式主义、官僚主义');
  });

  it('prefers the genre’s 在…中…度 and 以…为… patterns, then quoted terms', () => {
    expect(keyPhrase('持续提升经济运行质效，在全省发展中提升贡献度，更加精准开展监测。', new Set())).toBe('在全省发展中提升贡献度');
    expect(keyPhrase('持续提升经济运行质效，不断加码“金梧桐”计划人才政策升级版，更加精准开展监测。', new Set())).toBe('不断加码“金梧桐”计划人才政策升级版');
  });

  it('knows a fragment when it sees one', () => {
    for (const f of ['今年以来', '站在新的历史起点', '2024年是中华人民共和国成立75周年', '会议指出', '…一以贯之强产业。”', '一以贯之强产业。”（续）', '其中百亿级项目3个', '面对新时代新形势新任务新挑战', '区农业农村局相关负责人介绍']) {
      expect(isFragmentTitle(f), f).toBe(true);
    }
    for (const ok of ['在万亿之城再出发中提升贡献度', '理论学习当“*笃行*”', '事业发展，关键在人', '“一心一意抓项目，一以贯之强产业。”', '以“三大任务”为突破口', '坚持正确选人用人导向']) {
      expect(isFragmentTitle(ok), ok).toBe(false);
    }
  });
});
