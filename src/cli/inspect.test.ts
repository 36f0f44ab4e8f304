import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inspectJsonSchema } from '../core/article/index';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'test', 'fixtures', 'articles', 'wujin-articles.txt');

async function briefing(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin', 'briefing.mjs'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('briefing inspect', () => {
  it('--json gives the documented schema', async () => {
    const { code, stdout } = await briefing('inspect', sample, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(inspectJsonSchema.safeParse(json).success).toBe(true);
    expect(Object.keys(json)).toEqual(['schema', 'source', 'encoding', 'articles', 'repairs']);
    expect(json.encoding).toBe('utf-8');
    expect(json.articles).toHaveLength(2);
    const a = json.articles[0];
    expect(Object.keys(a)).toEqual(['title', 'subtitle', 'byline', 'lead', 'sections', 'extras']);
    expect(a.title).toBe('以实干为民谋福 用实绩书写答卷');
    expect(Object.keys(a.sections[0])).toEqual(['heading', 'level', 'paragraphs']);
    expect(json.articles[1].title).toBe('武进国家高新区：为万亿之城再出发贡献硬核力量');
    expect(json.repairs.some((r: { kind: string }) => r.kind === 'rejoin-break')).toBe(true);
  });

  it('prints a readable outline', async () => {
    const { code, stdout } = await briefing('inspect', sample);
    expect(code).toBe(0);
    expect(stdout).toContain('编码 utf-8');
    expect(stdout).toContain('署名：记者 史莲寅');
    expect(stdout).toContain('[1] 多元载体 提升创新之核');
    expect(stdout).toContain('栏目：“一把手”政绩观');
    expect(stdout).toContain('通栏：启航新征程 扬帆再出发');
  });

  it('bad input: Chinese and English message, exit 1, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-inspect-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 61 * 1024 * 1024);
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'PK\x03\x04 not really');
    const cases = [
      [empty, '文件是空的'],
      [big, '文件太大'],
      [broken, 'Word 文件已损坏'],
      [join(dir, 'missing.txt'), '找不到文件'],
    ] as const;
    // Four CLI processes side by side: each spends most of its life starting up.
    const runs = await Promise.all(cases.map(([file]) => briefing('inspect', file)));
    for (const [i, [file, zh]] of cases.entries()) {
      const { code, stderr } = runs[i]!;
      expect(code, file).toBe(1);
      expect(stderr).toContain(zh);
      expect(stderr).toMatch(/\nError: \S/);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
