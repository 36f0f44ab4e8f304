/**
 * The host side of cancellable jobs: one registry per service table (so per host),
 * keyed by the renderer's job id. dispatch() opens a job for each call of a job
 * operation and closes it when the call returns; 'job/cancel' aborts its signal and
 * 'job/progress' reads the last progress its service reported.
 */
import { HostError } from './contract';
import { CANCELLED, CANCELLED_MESSAGE, type JobContext, type JobProgress } from './contract-jobs';

/** How many ids cancelled before their call arrived are remembered (HTTP requests may overtake each other). */
const EARLY_CANCELS = 64;

interface Running {
  ctl: AbortController;
  progress: JobProgress | null;
}

export class JobRegistry {
  private readonly running = new Map<string, Running>();
  private readonly cancelledEarly: string[] = [];

  /**
   * A context for one call. `outer` (the HTTP request closing, say) aborts it too.
   * The returned `end` must be called when the call is over, whatever its outcome.
   */
  open(jobId: string | undefined, outer?: AbortSignal): JobContext & { end(): void } {
    const ctl = new AbortController();
    const entry: Running = { ctl, progress: null };
    if (jobId !== undefined) {
      if (this.running.has(jobId)) throw new HostError('JOB_BUSY', { zh: `任务编号重复：${jobId}`, en: `Job id already in use: ${jobId}` });
      this.running.set(jobId, entry);
      const early = this.cancelledEarly.indexOf(jobId);
      if (early >= 0) {
        this.cancelledEarly.splice(early, 1);
        ctl.abort();
      }
    }
    const onOuter = () => ctl.abort();
    if (outer?.aborted) ctl.abort();
    else outer?.addEventListener('abort', onOuter, { once: true });
    return {
      signal: ctl.signal,
      progress: (p) => {
        // Progress only moves forward within a phase; a late report never undoes a later one.
        const last = entry.progress;
        if (last && last.phase === p.phase && p.done < last.done) return;
        entry.progress = { ...p, done: Math.min(p.done, p.total) };
      },
      end: () => {
        outer?.removeEventListener('abort', onOuter);
        if (jobId !== undefined && this.running.get(jobId) === entry) this.running.delete(jobId);
      },
    };
  }

  /** Abort a job; true when it was running. An id not seen yet is remembered, so a cancel that overtakes its call still counts. */
  cancel(jobId: string): boolean {
    const r = this.running.get(jobId);
    if (r) {
      r.ctl.abort();
      return true;
    }
    this.cancelledEarly.push(jobId);
    if (this.cancelledEarly.length > EARLY_CANCELS) this.cancelledEarly.shift();
    return false;
  }

  progress(jobId: string): JobProgress | null {
    return this.running.get(jobId)?.progress ?? null;
  }
}

/** The error a cancelled service ends with (services may also just throw whatever abort caused: dispatch maps it). */
export function cancelledError(): HostError {
  return new HostError(CANCELLED, { ...CANCELLED_MESSAGE });
}

/** Throw the cancelled error if the signal has fired: call between steps of long work. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
