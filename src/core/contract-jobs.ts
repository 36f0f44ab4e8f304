/**
 * Long operations (import of a legacy Word file, PDF and HTML export) as jobs the
 * user can follow and cancel. The renderer names each call with a job id of its
 * own choosing, carried inside the operation's arguments (so IPC and HTTP carry it
 * alike, with no transport of their own), and asks the host about it with two
 * more operations: 'job/progress' (polled) and 'job/cancel'.
 */
import { z } from 'zod';

/** A renderer-chosen name for one call: a UUID or any other 8–64 URL-safe characters. */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'job id');
export const JobRef = z.object({ jobId: JobId }).strict();

/** How far a job is: `done` of `total` units (slides, mostly) in the named phase. */
export const JobProgress = z.object({
  phase: z.enum(['prepare', 'slides', 'print', 'package']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** The operations whose arguments may carry a job id; the service gets a JobContext after its arguments. */
export const JOB_OPERATIONS = ['export/pdf', 'export/html', 'article/readDoc'] as const;
export type JobOperation = (typeof JOB_OPERATIONS)[number];

/** What a cancellable service is handed: the signal to stop on and where to report progress. */
export interface JobContext {
  signal: AbortSignal;
  progress(p: JobProgress): void;
}

/** The bilingual message of a cancelled job, the same wherever it is cancelled. */
export const CANCELLED_MESSAGE = { zh: '已取消，没有生成文件', en: 'Cancelled; no file was written' } as const;
export const CANCELLED = 'CANCELLED';
