import { describe, expect, it } from 'vitest';
import { NumberingCounter, formatCounter, type LevelDef } from './docx-numbering';

const lvl = (format: string, text: string, start = 1): LevelDef => ({ format, text, start });

describe('Word automatic numbering as text', () => {
  it('writes the formats of official documents', () => {
    expect([1, 10, 12, 20, 21].map((n) => formatCounter('chineseCounting', n))).toEqual(['一', '十', '十二', '二十', '二十一']);
    expect(formatCounter('decimalEnclosedCircle', 3)).toBe('③');
    expect(formatCounter('ideographTraditional', 2)).toBe('乙');
    expect(formatCounter('chineseLegalSimplified', 12)).toBe('拾贰');
    expect(formatCounter('decimalFullWidth', 12)).toBe('１２');
    expect(formatCounter('upperRoman', 14)).toBe('XIV');
    expect(formatCounter('bullet', 1)).toBeNull();
  });

  it('counts 一、/（一）/1./（1） as Word shows them, restarting a level when the one above moves on', () => {
    const defs = { lists: new Map([['1', [lvl('chineseCounting', '%1、'), lvl('chineseCounting', '（%2）'), lvl('decimal', '%3.'), lvl('decimal', '（%4）')]]]), abstractOf: new Map<string, string>() };
    const c = new NumberingCounter(defs);
    const seq: Array<[string, number]> = [['1', 0], ['1', 1], ['1', 1], ['1', 2], ['1', 3], ['1', 3], ['1', 2], ['1', 0], ['1', 1]];
    expect(seq.map(([id, l]) => c.next(id, l))).toEqual(['一、', '（一）', '（二）', '1.', '（1）', '（2）', '2.', '二、', '（一）']);
  });

  it('joins levels in a multi-level pattern and honours a start value', () => {
    const defs = { lists: new Map([['7', [lvl('decimal', '第%1章', 3), lvl('decimal', '%1.%2')]]]), abstractOf: new Map<string, string>() };
    const c = new NumberingCounter(defs);
    expect([c.next('7', 0), c.next('7', 1), c.next('7', 1), c.next('7', 0), c.next('7', 1)]).toEqual(['第3章', '3.1', '3.2', '第4章', '4.1']);
  });

  it('lets lists on one abstract definition continue each other, shows nothing for bullets or an unknown list', () => {
    const levels = [lvl('decimal', '%1.')];
    const defs = { lists: new Map([['1', levels], ['2', levels], ['3', [lvl('bullet', '')]]]), abstractOf: new Map([['1', 'a'], ['2', 'a']]) };
    const c = new NumberingCounter(defs);
    expect([c.next('1', 0), c.next('2', 0), c.next('3', 0), c.next('9', 0), c.next('1', 4)]).toEqual(['1.', '2.', null, null, null]);
  });
});
