import { describe, it, expect, vi } from 'vitest';
import { dispatch, httpStatusOf } from './dispatch';
import { HostError, type ServiceTable } from './contract';
import { OPERATIONS } from './contract-channels';

function services(over: Partial<Record<string, (...a: unknown[]) => Promise<unknown>>> = {}): ServiceTable {
  const t: Record<string, unknown> = {};
  for (const op of OPERATIONS) t[op] = vi.fn(async () => null);
  return { ...t, ...over } as unknown as ServiceTable;
}

describe('dispatch', () => {
  it('parses the arguments before the service sees them, and wraps the answer', async () => {
    const read = vi.fn(async (ref: unknown) => ({ ref, text: 'x', version: 'v', readOnly: false }));
    const env = await dispatch(services({ 'deck/read': read }), 'deck/read', [{ root: 'user', path: 'a.md' }]);
    expect(env).toEqual({ ok: true, value: { ref: { root: 'user', path: 'a.md' }, text: 'x', version: 'v', readOnly: false } });
    expect(read).toHaveBeenCalledWith({ root: 'user', path: 'a.md' });
  });

  it('refuses bad arguments with BAD_ARGS (400) without calling the service', async () => {
    const read = vi.fn();
    const env = await dispatch(services({ 'deck/read': read }), 'deck/read', [{ root: 'user', path: '../x.md' }]);
    expect(env).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    expect(httpStatusOf(env)).toBe(400);
    expect(read).not.toHaveBeenCalled();
  });

  it('an unknown operation is UNKNOWN_OP (404)', async () => {
    const env = await dispatch(services(), 'deck/delete', []);
    expect(env).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    expect(httpStatusOf(env)).toBe(404);
  });

  it('a HostError travels with its code and both messages (422)', async () => {
    const env = await dispatch(
      services({ 'library/list': async () => Promise.reject(new HostError('PATH_OUTSIDE', { zh: '越界', en: 'outside' })) }),
      'library/list',
      [],
    );
    expect(env).toEqual({ ok: false, error: { code: 'PATH_OUTSIDE', message: { zh: '越界', en: 'outside' } } });
    expect(httpStatusOf(env)).toBe(422);
  });

  it('any other failure is INTERNAL (500) in both languages; the detail goes to the log only', async () => {
    const log = vi.fn();
    const env = await dispatch(services({ 'library/list': async () => Promise.reject(new Error('EACCES /secret/path')) }), 'library/list', [], log);
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: { zh: expect.stringContaining('内部错误'), en: expect.stringContaining('Internal error') } } });
    expect(JSON.stringify(env)).not.toContain('/secret/path');
    expect(log.mock.calls[0]![0]).toContain('/secret/path');
    expect(httpStatusOf(env)).toBe(500);
  });

  it('undefined becomes null, so the envelope survives JSON', async () => {
    const env = await dispatch(services({ 'draft/discard': async () => undefined }), 'draft/discard', ['k']);
    expect(env).toEqual({ ok: true, value: null });
  });
});
