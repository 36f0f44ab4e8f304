import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSession, serializeSession, nextIssue, type Session } from './index';

const SAMPLE = `---
title: 2024年第三季度理论学习中心组学习会
date: 2024-07-01
place: 区委第一会议室
unit: 中共常州市武进区委办公室
decks:
  - path: 01-以实干为民谋福.md
    minutes: 20
  - path: 02-武进国家高新区.md
    root: builtin
    minutes: 15
  - path: sub/讲话.md
---
会议说明：请各位提前阅读材料。
`;

describe('session file', () => {
  it('reads every field and the decks in order', () => {
    const { session, diagnostics } = parseSession(SAMPLE);
    expect(diagnostics).toEqual([]);
    expect(session.meta).toEqual({ title: '2024年第三季度理论学习中心组学习会', date: '2024-07-01', place: '区委第一会议室', unit: '中共常州市武进区委办公室' });
    expect(session.items).toEqual([
      { path: '01-以实干为民谋福.md', minutes: 20 },
      { path: '02-武进国家高新区.md', root: 'builtin', minutes: 15 },
      { path: 'sub/讲话.md' },
    ]);
    expect(session.body).toBe('会议说明：请各位提前阅读材料。\n');
  });

  it('writes back exactly what it read', () => {
    expect(serializeSession(parseSession(SAMPLE).session)).toBe(SAMPLE);
  });

  it('keeps unknown keys, of the file and of an entry', () => {
    const text = SAMPLE.replace('decks:', 'host: 张三\ndecks:').replace('    minutes: 20', '    minutes: 20\n    speaker: 李四');
    const { session, diagnostics } = parseSession(text);
    expect(diagnostics).toEqual([]);
    expect(session.items[0]!.extra).toEqual([{ key: 'speaker', value: '李四' }]);
    const again = parseSession(serializeSession(session));
    expect(again.session).toEqual(session);
    expect(serializeSession(again.session)).toContain('host: 张三');
  });

  it('names the line of a bad entry in both languages and keeps its text', () => {
    const text = SAMPLE.replace('    minutes: 15', '    minutes: -3').replace('  - path: sub/讲话.md', '  - path: ../../etc/passwd.md');
    const { session, diagnostics } = parseSession(text);
    expect(diagnostics.map((d) => d.line)).toEqual([9, 12]);
    expect(diagnostics[0]!.message.zh).toMatch(/^第9行：第2个演示稿：时长 -3 无效/);
    expect(diagnostics[0]!.message.en).toMatch(/^line 9: deck 2: minutes -3/);
    expect(diagnostics[1]!.message.zh).toContain('不在资料库内');
    expect(session.items.map((i) => i.path)).toEqual(['01-以实干为民谋福.md']);
    // Nothing the user wrote is lost: the bad entries come back as #! lines and are reported again.
    const saved = serializeSession(session);
    expect(saved).toContain('#!   - path: 02-武进国家高新区.md');
    expect(saved).toContain('#!   - path: ../../etc/passwd.md');
    expect(serializeSession(parseSession(saved).session)).toBe(saved);
  });

  it('reports a missing title, a missing decks list, bad YAML and a file without front matter', () => {
    expect(parseSession('---\ndecks: []\n---\n').diagnostics.map((d) => d.message.en)).toEqual(['line 2: the front matter has no title']);
    expect(parseSession('---\ntitle: 学习会\n---\n').diagnostics[0]!.message.zh).toBe('第2行：文件头缺少 decks（演示稿列表）');
    const bad = parseSession('---\ntitle: 学习会\ndecks: [a.md\n---\n');
    expect(bad.diagnostics[0]!.message.zh).toMatch(/^第\d+行：文件头（YAML）格式有误/);
    expect(serializeSession(bad.session)).toContain('#! decks: [a.md');
    expect(parseSession('# 只是一篇文章\n').diagnostics[0]!.line).toBe(1);
    expect(parseSession('---\ntitle: x\ndecks: a.md\n---\n').diagnostics[0]!.message.en).toBe('line 3: decks must be a list of "- path: …" entries');
  });

  it('accepts a bare path as an entry and quotes what YAML would misread', () => {
    const { session } = parseSession('---\ntitle: "2024"\ndecks:\n  - a.md\n---\n');
    expect(session.meta.title).toBe('2024');
    expect(session.items).toEqual([{ path: 'a.md' }]);
    expect(serializeSession(session)).toBe('---\ntitle: "2024"\ndecks:\n  - path: a.md\n---\n');
  });

  const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.trim() !== '' && !s.includes('\0') && !/[\r\u2028\u2029\u0085]/u.test(s));
  const item = fc.record(
    {
      path: fc.constantFrom('a.md', '学习/讲话.md', 'x y.md', '01-以实干.md', '-a.md', 'x #1.md', '会议: 一.md'),
      root: fc.constant('builtin' as const),
      minutes: fc.integer({ min: 1, max: 999 }),
    },
    { requiredKeys: ['path'] },
  );
  it('round-trips any session it can write (property)', () => {
    fc.assert(
      fc.property(
        fc.record({ title: text, date: fc.option(text, { nil: undefined }), place: fc.option(text, { nil: undefined }), unit: fc.option(text, { nil: undefined }) }),
        fc.array(item, { maxLength: 6 }),
        fc.string({ maxLength: 40 }),
        (meta, items, body) => {
          const m = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as unknown as Session['meta'];
          const s: Session = { meta: m, items, body };
          const text1 = serializeSession(s);
          const back = parseSession(text1);
          expect(back.diagnostics).toEqual([]);
          expect(back.session).toEqual(s);
          expect(serializeSession(back.session)).toBe(text1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('next issue number', () => {
  it.each([
    ['第12期', '第13期'],
    ['12', '13'],
    ['第十二期', '第十三期'],
    ['第九期', '第十期'],
    ['第3期（总第35期）', '第4期（总第36期）'],
    ['第１２期', '第13期'],
    ['增刊', '增刊'],
  ])('%s → %s', (a, b) => expect(nextIssue(a)).toBe(b));
  it('moves a number on', () => expect(nextIssue(7)).toBe('8'));
});
