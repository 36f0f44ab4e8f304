import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { statementsOf } from './statements';
import { briefCount, topRanked, wordsOf } from './rank';

const bullets = (text: string, density: 'brief' | 'standard' | 'full' = 'standard') => statementsOf(text, 0, density).map((s) => s.text);

describe('statements: points that stand alone', () => {
  it('joins an opening clause to the clause it leads into (no "伴随……" / "城市能级……" halves)', () => {
    expect(bullets('伴随常州高质量迈入万亿之城，城市能级完成历史性一跃，武进发展走到关键节点、迎来重大机遇。')).toEqual([
      '伴随常州高质量迈入万亿之城，城市能级完成历史性一跃',
      '武进发展走到关键节点、迎来重大机遇',
    ]);
    expect(bullets('面对复杂严峻的外部环境，在市委、市政府和区委的坚强领导下，全区上下坚持以习近平新时代中国特色社会主义思想为指导，经济社会发展取得新的成效。')[0]).toMatch(/^面对复杂严峻的外部环境，在市委、市政府和区委的坚强领导下，全区上下/u);
    expect(bullets('会议指出，过去一年，全区各级各部门紧扣高质量发展首要任务，经济社会发展交出了一份沉甸甸的答卷。')[0]).toBe('会议指出，过去一年，全区各级各部门紧扣高质量发展首要任务');
  });

  it('joins a continuation to the clause before ("其中……", "是……", "也……")', () => {
    expect(bullets('新签约亿元以上项目186个，其中百亿级项目3个，新开工重大产业项目92个，高新技术产业产值占规上工业比重达52.3%。')).toEqual([
      '新签约亿元以上项目186个，其中百亿级项目3个',
      '新开工重大产业项目92个，高新技术产业产值占规上工业比重达52.3%',
    ]);
    expect(bullets('高质量发展不是一朝一夕的事，既做让群众看得见的显功，也做打基础利长远的潜功，需要一张蓝图绘到底、一任接着一任干。')).toContain('既做让群众看得见的显功，也做打基础利长远的潜功');
  });

  it('keeps a short sentence whole and pairs the clauses of a long one', () => {
    expect(bullets('大力推进“双创”富民，完善创业创新创富机制。')).toEqual(['大力推进“双创”富民，完善创业创新创富机制']);
    const long = bullets('加强土地资源储备，深入落实区委“高新智造”组团战略，加快推进与前黄镇发展深度融合、与礼嘉镇片区联动，做到“地等项目、随时可用”。');
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('，')).toBe('加强土地资源储备，深入落实区委“高新智造”组团战略，加快推进与前黄镇发展深度融合、与礼嘉镇片区联动，做到“地等项目、随时可用”');
  });

  it('drops connectives (同时、此外、a leading 要) but keeps figures and quoted terms whole', () => {
    expect(bullets('同时，精准对接民之所需，分类施策，靶向发力。')).toEqual(['精准对接民之所需，分类施策，靶向发力']);
    expect(bullets('此外，要不断加码“金梧桐”计划人才政策升级版。')).toEqual(['不断加码“金梧桐”计划人才政策升级版']);
    expect(bullets('要求各单位按时报送。')).toEqual(['要求各单位按时报送']);
    const t = bullets('按照“只能载体等项目，不能项目等载体”的基本要求，加快标准厂房和科创载体建设，共计1,500套。');
    expect(t.join('')).toContain('“只能载体等项目，不能项目等载体”');
    expect(t.join('')).toContain('1,500套');
  });

  it('详细 keeps every sentence word for word', () => {
    expect(bullets('同时，精准对接民之所需。分类施策，靶向发力！', 'full')).toEqual(['同时，精准对接民之所需。', '分类施策，靶向发力！']);
  });

  it('every statement is a span of the paragraph, in order, and the spans cover it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'推进项目建设同时此外要其中是也在下面对以为抓手，。；：“”、12亩 '.split('')), maxLength: 200 }), fc.constantFrom('brief' as const, 'standard' as const, 'full' as const), (text, density) => {
        const st = statementsOf(text, 0, density);
        let at = 0;
        for (const s of st) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.from).toBe(at);
          expect(s.start).toBeGreaterThanOrEqual(s.from);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('精简: the highest-ranked statements', () => {
  it('segments words with Intl.Segmenter', () => {
    expect([...wordsOf('加强低效用地整治，形成约5000亩工业用地')]).toEqual(expect.arrayContaining(['整治', '工业', '用地', '5000']));
  });
  it('keeps three or four points of a long paragraph, the central ones, in reading order', () => {
    expect([1, 4, 5, 8, 12].map(briefCount)).toEqual([1, 4, 3, 4, 5]);
    const texts = ['深化重大项目服务举措', '今天天气很好', '推动重大项目早日达效', '重大项目服务保障到位', '随便说一句闲话'];
    const keep = topRanked(texts, 3);
    expect(keep).toEqual([...keep].sort((a, b) => a - b));
    expect(keep).toEqual([0, 2, 3]);
    expect(topRanked(texts, 3)).toEqual(keep); // deterministic
  });
});
