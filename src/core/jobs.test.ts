/**
 * Cancellation and progress end to end through the one dispatch, with a fake host:
 * the renderer's runJob() on one side, dispatch() and a slow fake service on the
 * other, wired the way both transports carry envelopes.
 */
import { describe, it, expect, vi } from 'vitest';
import { dispatch } from './dispatch';
import { HostError, type Envelope, type ServiceTable } from './contract';
import type { JobContext } from './contract-jobs';
import { OPERATIONS, type OperationName } from './contract-channels';
import { JobCancelled, runJob, type JobControl } from './job-client';

/** A service that reports progress slide by slide until it is cancelled or reaches `total`. */
function slowExport(total: number, seen: { ended?: string }) {
  return async (_a: unknown, job?: JobContext) => {
    for (let i = 0; i < total; i++) {
      if (job?.signal.aborted) {
        seen.ended = 'aborted';
        throw new Error('page closed'); // what a closed browser throws: dispatch must still say CANCELLED
      }
      job?.progress({ phase: 'slides', done: i, total });
      await new Promise((r) => setTimeout(r, 5));
    }
    seen.ended = 'done';
    return { base64: '', pages: total };
  };
}

function fakeHost(over: Partial<Record<OperationName, unknown>>) {
  const t: Record<string, unknown> = {};
  for (const op of OPERATIONS) t[op] = vi.fn(async () => null);
  const services = { ...t, ...over } as unknown as ServiceTable;
  // The transport: a JSON round trip, as IPC's structured clone and HTTP's body both are.
  const call = async (op: OperationName, args: unknown[]): Promise<unknown> => {
    const env = JSON.parse(JSON.stringify(await dispatch(services, op, JSON.parse(JSON.stringify(args))))) as Envelope;
    if (!env.ok) throw Object.assign(new Error(env.error.message.en), { code: env.error.code });
    return env.value;
  };
  const control: JobControl = {
    progress: (a) => call('job/progress', [a]) as never,
    cancel: (a) => call('job/cancel', [a]) as never,
  };
  return { services, call, control };
}

const deck = '---\ntitle: 甲\n---\n\n# 甲\n';

describe('cancellable jobs through dispatch', () => {
  it('progress is reported while the job runs, in order, and the result arrives', async () => {
    const seen: { ended?: string } = {};
    const host = fakeHost({ 'export/html': slowExport(40, seen) });
    const progress: number[] = [];
    const r = await runJob(host.control, (jobId) => host.call('export/html', [{ text: deck, jobId }]), { pollMs: 10, onProgress: (p) => progress.push(p.done) });
    expect(r).toEqual({ base64: '', pages: 40 });
    expect(seen.ended).toBe('done');
    expect(progress.length).toBeGreaterThan(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('取消 aborts the service, and the caller gets JobCancelled, not an internal error', async () => {
    const seen: { ended?: string } = {};
    const host = fakeHost({ 'export/pdf': slowExport(10_000, seen) });
    const ctl = new AbortController();
    const p = runJob(host.control, (jobId) => host.call('export/pdf', [{ text: deck, jobId }]), {
      pollMs: 10,
      signal: ctl.signal,
      onProgress: () => ctl.abort(),
    });
    await expect(p).rejects.toBeInstanceOf(JobCancelled);
    expect(seen.ended).toBe('aborted');
  });

  it('the host answers a cancelled call CANCELLED in both languages', async () => {
    const host = fakeHost({ 'export/pdf': slowExport(10_000, {}) });
    const running = dispatch(host.services, 'export/pdf', [{ text: deck, jobId: 'abcdefgh-1' }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(await dispatch(host.services, 'job/progress', [{ jobId: 'abcdefgh-1' }])).toMatchObject({ ok: true, value: { phase: 'slides' } });
    expect(await dispatch(host.services, 'job/cancel', [{ jobId: 'abcdefgh-1' }])).toEqual({ ok: true, value: true });
    const env = await running;
    expect(env).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: { zh: expect.stringContaining('已取消'), en: expect.stringContaining('Cancelled') } } });
    // Over: no progress, and a second cancel finds nothing running.
    expect(await dispatch(host.services, 'job/progress', [{ jobId: 'abcdefgh-1' }])).toEqual({ ok: true, value: null });
  });

  it('a cancel that overtakes its call (two HTTP requests) still cancels it', async () => {
    const seen: { ended?: string } = {};
    const host = fakeHost({ 'export/html': slowExport(10_000, seen) });
    expect(await dispatch(host.services, 'job/cancel', [{ jobId: 'early-cancel-1' }])).toEqual({ ok: true, value: false });
    const env = await dispatch(host.services, 'export/html', [{ text: deck, jobId: 'early-cancel-1' }]);
    expect(env).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seen.ended).toBe('aborted');
  });

  it('the outer signal (an HTTP request that closed) cancels too', async () => {
    const seen: { ended?: string } = {};
    const host = fakeHost({ 'export/html': slowExport(10_000, seen) });
    const gone = new AbortController();
    setTimeout(() => gone.abort(), 20);
    const env = await dispatch(host.services, 'export/html', [{ text: deck }], () => {}, gone.signal);
    expect(env).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });

  it('job ids are validated like every argument, and one id runs once at a time', async () => {
    const host = fakeHost({ 'export/html': slowExport(50, {}) });
    expect(await dispatch(host.services, 'job/cancel', [{ jobId: '../../x' }])).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    expect(await dispatch(host.services, 'export/html', [{ text: deck, jobId: 'x' }])).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    expect(await dispatch(host.services, 'job/progress', [{ jobId: 'abcdefgh', extra: 1 }])).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    const first = dispatch(host.services, 'export/html', [{ text: deck, jobId: 'same-id-123' }]);
    expect(await dispatch(host.services, 'export/html', [{ text: deck, jobId: 'same-id-123' }])).toMatchObject({ ok: false, error: { code: 'JOB_BUSY' } });
    expect(await first).toMatchObject({ ok: true });
  });

  it('a real error of a job stays that error; other operations get no job context', async () => {
    const read = vi.fn(async () => ({ ref: { root: 'user', path: 'a.md' }, text: '', version: 'v', readOnly: false }));
    const host = fakeHost({
      'export/html': async () => Promise.reject(new HostError('NO_BROWSER', { zh: '无浏览器', en: 'no browser' })),
      'deck/read': read,
    });
    expect(await dispatch(host.services, 'export/html', [{ text: deck, jobId: 'real-error-1' }])).toMatchObject({ ok: false, error: { code: 'NO_BROWSER' } });
    await dispatch(host.services, 'deck/read', [{ root: 'user', path: 'a.md' }]);
    expect(read.mock.calls[0]).toHaveLength(1);
  });

  it('a host that never confirms a cancel does not hold the caller forever', async () => {
    const control: JobControl = { progress: async () => null, cancel: async () => true };
    const ctl = new AbortController();
    const p = runJob(control, () => new Promise(() => {}), { signal: ctl.signal, settleMs: 30 });
    ctl.abort();
    await expect(p).rejects.toBeInstanceOf(JobCancelled);
  });
});
