/** Study sessions through the contract, as both hosts call them (src/core/dispatch.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../core/dispatch';
import { serializeSession } from '../core/session';
import { servicesForTest } from './services.test';

const text = serializeSession({ meta: { title: '中心组学习会', unit: '区委办公室' }, items: [{ path: 'a.md', minutes: 20 }, { path: '01.md', root: 'builtin', minutes: 15 }], body: '' });

describe('session operations', () => {
  it('creates <name>.session.md in the user library, lists it as a session, reads and saves it with the version check', async () => {
    const { services, cfg } = servicesForTest();
    const created = await dispatch(services, 'session/create', [{ name: '中心组学习会', text }]);
    expect(created).toMatchObject({ ok: true, value: { ref: { root: 'user', path: '中心组学习会.session.md' } } });
    const again = await dispatch(services, 'session/create', [{ name: '中心组学习会', text }]);
    expect(again).toMatchObject({ ok: true, value: { ref: { path: '中心组学习会（2）.session.md' } } });
    const list = await dispatch(services, 'library/list', []);
    expect(list.ok && (list.value as Array<{ title: string; session?: unknown }>).find((e) => e.session)).toMatchObject({ title: '中心组学习会', session: { decks: 2, minutes: 35 } });
    const ref = { root: 'user', path: '中心组学习会.session.md' };
    const read = await dispatch(services, 'session/read', [ref]);
    const version = read.ok ? (read.value as { version: string }).version : '';
    const edited = text.replace('minutes: 20', 'minutes: 25');
    expect(await dispatch(services, 'session/write', [{ ref, text: edited, expectedVersion: version }])).toMatchObject({ ok: true });
    expect(readFileSync(join(cfg.roots.user, '中心组学习会.session.md'), 'utf8')).toBe(edited);
    // A second save from the old version is a conflict, not an overwrite.
    expect(await dispatch(services, 'session/write', [{ ref, text, expectedVersion: version }])).toMatchObject({ ok: true, value: { ok: false, reason: 'conflict' } });
  });

  it('refuses a session text with problems, naming the line in both languages, and writes nothing', async () => {
    const { services } = servicesForTest();
    const bad = text.replace('minutes: 20', 'minutes: 0');
    const r = await dispatch(services, 'session/create', [{ name: 'x', text: bad }]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_SESSION');
      expect(r.error.message.zh).toContain('第5行');
      expect(r.error.message.en).toContain('line 5');
    }
    const list = await dispatch(services, 'library/list', []);
    expect(list).toEqual({ ok: true, value: [] });
  });

  it('refuses a path that is not a session file, or outside the library, before any service runs', async () => {
    const { services } = servicesForTest();
    for (const path of ['a.md', '../x.session.md', '/etc/x.session.md']) {
      const r = await dispatch(services, 'session/write', [{ ref: { root: 'user', path }, text, expectedVersion: null }]);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    }
  });

  it('remembers the issuing unit and the last issue per masthead name, and refuses unknown settings', async () => {
    const { services } = servicesForTest();
    const r = await dispatch(services, 'settings/set', [{ issuingUnit: '区委办公室', issueNumbers: { 学习简报: '第12期' } }]);
    expect(r).toMatchObject({ ok: true, value: { issuingUnit: '区委办公室', issueNumbers: { 学习简报: '第12期' }, language: 'zh-CN' } });
    expect(await dispatch(services, 'settings/set', [{ issueNumber: 3 }])).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
  });

  it('renames a session keeping it a session, and moves it to the trash', async () => {
    const { services, cfg } = servicesForTest();
    await dispatch(services, 'session/create', [{ name: '中心组学习会', text }]);
    const renamed = await dispatch(services, 'deck/rename', [{ ref: { root: 'user', path: '中心组学习会.session.md' }, name: '第三季度学习会' }]);
    expect(renamed).toEqual({ ok: true, value: { ref: { root: 'user', path: '第三季度学习会.session.md' } } });
    expect(readFileSync(join(cfg.roots.user, '第三季度学习会.session.md'), 'utf8')).toBe(text);
    expect(await dispatch(services, 'deck/trash', [{ root: 'user', path: '第三季度学习会.session.md' }])).toEqual({ ok: true, value: null });
    const list = await dispatch(services, 'library/list', []);
    expect(list.ok && (list.value as Array<{ session?: unknown }>).filter((e) => e.session)).toEqual([]);
  });
});
