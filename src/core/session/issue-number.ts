/**
 * The masthead's issue number offered next time: 第12期 → 第13期, 12 → 13,
 * 第十二期 → 第十三期, 第3期（总第35期） → 第4期（总第36期）. Written the way the
 * user wrote it (Arabic or Chinese numerals), every number in it moved on by one.
 */
import { chineseNumber } from '../deck/chinese-numbers';

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 一百零五 → 105; NaN for what is not a Chinese number below 1000. */
export function parseChineseNumber(s: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch]!;
    else if (ch === '十' || ch === '百') {
      total += (digit < 0 ? 1 : digit) * (ch === '十' ? 10 : 100);
      digit = -1;
    } else return Number.NaN;
  }
  return total + Math.max(digit, 0);
}

export function nextIssue(issue: string | number): string {
  if (typeof issue === 'number') return String(issue + 1);
  const ascii = issue.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let changed = false;
  const out = ascii.replace(/\d+|[零〇一二三四五六七八九十百]+(?=\s*期)/gu, (run) => {
    if (/^\d+$/u.test(run)) {
      changed = true;
      return String(Number(run) + 1);
    }
    const n = parseChineseNumber(run);
    if (!Number.isFinite(n) || n >= 999) return run;
    changed = true;
    return chineseNumber(n + 1);
  });
  return changed ? out : issue;
}
