import { describe, expect, it } from 'vitest';
import { normalisePunctuation } from './punctuation';

const n = (s: string) => normalisePunctuation(s).text;

describe('normalisePunctuation', () => {
  it('turns ASCII marks touching Chinese into full-width ones', () => {
    expect(n('武进国家高新区:为万亿之城再出发')).toBe('武进国家高新区：为万亿之城再出发');
    expect(n('2024年,要坚持把项目作为发展的“头号工程”,全力主攻')).toBe('2024年，要坚持把项目作为发展的“头号工程”，全力主攻');
    expect(n('示范(园)区建设;确保落实!是否?')).toBe('示范（园）区建设；确保落实！是否？');
  });

  it('changes parentheses as a pair, and "(一)" numbering too', () => {
    expect(n('(一)坚持项目支撑')).toBe('（一）坚持项目支撑');
    expect(n('(1)加强领导')).toBe('（1）加强领导');
  });

  it('leaves numbers, times and English alone', () => {
    expect(n('增长1.5%,达到8,000亿元')).toBe('增长1.5%，达到8,000亿元');
    expect(n('10:30 开会')).toBe('10:30 开会');
    expect(n('Hello, world (test): ok!')).toBe('Hello, world (test): ok!');
    expect(n('f(x)')).toBe('f(x)');
  });

  it('counts the changes for the repair report', () => {
    expect(normalisePunctuation('甲,乙,丙').count).toBe(2);
    expect(normalisePunctuation('甲，乙').count).toBe(0);
    expect(normalisePunctuation('甲(乙)').count).toBe(2);
  });

  it('never changes the number of characters', () => {
    for (const s of ['a,b', '中,', '((中))', '(中', '中)', ':中:', '（,）']) expect(n(s)).toHaveLength(s.length);
  });
});
