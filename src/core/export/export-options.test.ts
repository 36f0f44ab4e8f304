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
