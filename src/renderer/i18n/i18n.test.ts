import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [k: string]: string | Tree };
const dir = join(import.meta.dirname, 'locales');
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

describe('locale files', () => {
  it('every area has the same keys in Chinese and English', () => {
    for (const file of readdirSync(join(dir, 'zh-CN'))) {
      const zh = JSON.parse(readFileSync(join(dir, 'zh-CN', file), 'utf8')) as Tree;
      const en = JSON.parse(readFileSync(join(dir, 'en', file), 'utf8')) as Tree;
      expect(keys(en).sort(), file).toEqual(keys(zh).sort());
    }
  });
});
