/**
 * The caller's side of a cancellable host job (see contract-jobs.ts): name the
 * call with a fresh job id, poll 'job/progress' while it runs, and on the user's
 * 取消 send 'job/cancel' and wait (briefly) for the host to confirm it stopped, so
 * its temporary files are gone before the dialog says "cancelled".
 */
import { CANCELLED, type JobProgress } from './contract-jobs';

export interface JobControl {
  progress(a: { jobId: string }): Promise<JobProgress | null>;
  cancel(a: { jobId: string }): Promise<boolean>;
}

/** Thrown by runJob when the user cancelled (whether the host answered CANCELLED or did not answer in time). */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

export interface RunJobOptions {
  signal?: AbortSignal;
  onProgress?: (p: JobProgress) => void;
  /** Time between progress polls. */
  pollMs?: number;
  /** How long to wait for the host to confirm a cancel before giving up on the call. */
  settleMs?: number;
  newId?: () => string;
}

const randomId = (): string => (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();

export const isCancelledError = (e: unknown): boolean => e instanceof JobCancelled || (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === CANCELLED);

export function runJob<T>(control: JobControl, start: (jobId: string) => Promise<T>, opts: RunJobOptions = {}): Promise<T> {
  const { signal, onProgress, pollMs = 400, settleMs = 5000 } = opts;
  if (signal?.aborted) return Promise.reject(new JobCancelled());
  const jobId = (opts.newId ?? randomId)();
  return new Promise<T>((resolve, reject) => {
    let over = false;
    let poll: ReturnType<typeof setTimeout> | null = null;
    let giveUp: ReturnType<typeof setTimeout> | null = null;
    const finish = (ok: boolean, v: unknown) => {
      if (over) return;
      over = true;
      if (poll) clearTimeout(poll);
      if (giveUp) clearTimeout(giveUp);
      signal?.removeEventListener('abort', onAbort);
      if (ok && !signal?.aborted) resolve(v as T);
      else reject(signal?.aborted || isCancelledError(v) ? new JobCancelled() : v);
    };
    const onAbort = () => {
      control.cancel({ jobId }).catch(() => false);
      // The host normally answers CANCELLED at once; one that does not is not waited for forever.
      giveUp = setTimeout(() => finish(false, new JobCancelled()), settleMs);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const tick = () => {
      poll = setTimeout(() => {
        control
          .progress({ jobId })
          .then((p) => {
            if (!over && p && !signal?.aborted) onProgress?.(p);
          })
          .catch(() => {})
          .finally(() => {
            if (!over) tick();
          });
      }, pollMs);
    };
    if (onProgress) tick();
    start(jobId).then(
      (v) => finish(true, v),
      (e) => finish(false, e),
    );
  });
}
