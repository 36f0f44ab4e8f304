import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultExportOptions, exportOptionsSchema, formatChineseDate, resolveExportOptions } from './export-options';

describe('export options', () => {
  it('defaults to the official full-text Word briefing with no masthead', () => {
    expect(defaultExportOptions).toMatchObject({ format: 'docx', kind: 'full', style: 'official', numberPoints: false });
    expect(defaultExportOptions.header).toBeUndefined();
    expect(defaultExportOptions.distribution).toBeUndefined();
  });

  it('fills the masthead name when only an issue is given', () => {
    expect(resolveExportOptions({ header: { issue: 3 } }).header).toEqual({ name: '学习简报', issue: 3 });
  });

  it('rejects unknown kinds, styles and keys, so a typo is not silently ignored', () => {
    expect(() => resolveExportOptions({ kind: 'summary' as never })).toThrow();
    expect(() => resolveExportOptions({ style: 'fancy' as never })).toThrow();
    expect(() => exportOptionsSchema.parse({ colour: 'red' })).toThrow();
    expect(() => resolveExportOptions({ distribution: { copies: 0 } })).toThrow();
  });

  it('round-trips through JSON (the editor remembers options per deck)', () => {
    const o = resolveExportOptions({ kind: 'points', header: { name: '理论学习简报', issue: '第十二期', unit: '区委宣传部', date: '2024-07-01' }, fonts: { body: '仿宋' } });
    expect(resolveExportOptions(JSON.parse(JSON.stringify(o)))).toEqual(o);
  });
});

describe('formatChineseDate', () => {
  it('writes dates as 2024年7月1日', () => {
    expect(formatChineseDate('2024-07-01')).toBe('2024年7月1日');
    expect(formatChineseDate('2024/7/1')).toBe('2024年7月1日');
    expect(formatChineseDate('2024.12.31')).toBe('2024年12月31日');
    expect(formatChineseDate('2024年07月01日')).toBe('2024年7月1日');
  });

  it('leaves text that is not a full date alone', () => {
    expect(formatChineseDate('2024年7月')).toBe('2024年7月');
    expect(formatChineseDate('七月一日')).toBe('七月一日');
  });

  it('never writes a leading zero for any valid date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1949-10-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const out = formatChineseDate(iso);
        expect(out).toMatch(/^\d{4}年[1-9]\d?月[1-9]\d?日$/);
        expect(out).toBe(`${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`);
      }),
    );
  });
});

describe('masthead date and issue', () => {
  it('refuses a date that does not exist, with a message in both languages', () => {
    const bad = exportOptionsSchema.safeParse({ header: { date: '2024/13/45' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/日期“2024\/13\/45”无效：月份应为 1–12 .*invalid date/u);
    const feb = exportOptionsSchema.safeParse({ header: { date: '2023-02-29' } });
    expect(feb.error!.issues[0]!.message).toContain('2023年2月只有 28 天');
    expect(exportOptionsSchema.safeParse({ header: { date: '2024-02-29' } }).success).toBe(true);
    expect(exportOptionsSchema.safeParse({ header: { date: '2024年7月' } }).success).toBe(true);
    expect(exportOptionsSchema.safeParse({ header: { date: '7/1' } }).success).toBe(false);
  });

  it('takes an issue as a number or 第X期, not anything else', () => {
    for (const issue of [3, '3', '第3期', '第十二期', '总第35期', '第3期（总第35期）']) {
      expect(exportOptionsSchema.safeParse({ header: { issue } }).success, String(issue)).toBe(true);
    }
    const bad = exportOptionsSchema.safeParse({ header: { issue: '三月' } });
    expect(bad.error!.issues[0]!.message).toContain('期号应为数字或“第X期”');
  });
});
