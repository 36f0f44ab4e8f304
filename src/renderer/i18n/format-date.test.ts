import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from './format-date';

// 2026-12-01 22:24:38 in the machine's time zone, as the user would read the clock.
const at = new Date(2026, 11, 1, 22, 24, 38).getTime();

describe('dates follow the interface language, not the system locale', () => {
  it('Chinese reads 2026年12月1日 22:24', () => {
    expect(formatDateTime(at, 'zh-CN')).toBe('2026年12月1日 22:24');
    expect(formatTime(at, 'zh-CN')).toBe('22:24');
    expect(formatTime(at, 'zh-CN', true)).toBe('22:24:38');
  });
  it('English reads Dec 1, 2026, 22:24 with a 24-hour clock', () => {
    expect(formatDateTime(at, 'en')).toBe('Dec 1, 2026, 22:24');
    expect(formatTime(at, 'en', true)).toBe('22:24:38');
  });
  it('morning hours keep two digits', () => {
    expect(formatDateTime(new Date(2026, 0, 5, 8, 3).getTime(), 'zh-CN')).toBe('2026年1月5日 08:03');
  });
});
