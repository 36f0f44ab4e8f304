import { describe, expect, it } from 'vitest';
import { balanceTitle, cellWidth } from './title-breaks';

describe('balanced title lines at word boundaries', () => {
  it('leaves a title that fits alone', () => {
    expect(balanceTitle('政府工作报告', 20)).toEqual(['政府工作报告']);
  });

  it('breaks a long title into lines of about equal width, never inside a word', () => {
    const lines = balanceTitle('武进国家高新区：为万亿之城再出发贡献硬核力量', 20);
    expect(lines.join('')).toBe('武进国家高新区：为万亿之城再出发贡献硬核力量');
    expect(lines).toHaveLength(2);
    // Not "…贡献硬核" / "力量": the last line is not a lone word.
    expect(Math.min(...lines.map(cellWidth))).toBeGreaterThanOrEqual(8);
    expect(lines.at(-1)).not.toBe('力量');
    for (const l of lines) expect(cellWidth(l)).toBeLessThanOrEqual(20);
  });

  it('keeps a quoted term whole and punctuation off the line start', () => {
    const lines = balanceTitle('关于开展2024年度“学习强国”学习活动的通知', 20);
    expect(lines.join('')).toBe('关于开展2024年度“学习强国”学习活动的通知');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.includes('“学习强国”'))).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/^[，。、”）]/u);
    const [a, b] = lines.map(cellWidth);
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(6);
  });
});
