/**
 * The one place an operation is run for a host: arguments parsed with the
 * contract's schema, the service called, the answer (or the error) wrapped in an
 * Envelope. Electron's IPC handler and the browser edition's HTTP server only
 * authenticate the caller and carry the envelope, so both hosts answer every
 * operation, and every failure, the same way.
 *
 * Job operations (contract-jobs.ts) run under a JobContext from the table's job
 * registry: 'job/cancel' aborts the call named by its job id, 'job/progress' reads
 * what it last reported; a call that ends after its signal fired answers CANCELLED.
 */
import { HostError, isOperation, parseArgs, type Envelope, type ServiceTable } from './contract';
import { CANCELLED, JOB_OPERATIONS, type JobOperation } from './contract-jobs';
import type { OperationName } from './contract-channels';
import { cancelledError, JobRegistry } from './jobs';

const registries = new WeakMap<ServiceTable, JobRegistry>();

/** The job registry of a service table (one per host: every call through the same table shares it). */
export function jobsOf(services: ServiceTable): JobRegistry {
  let r = registries.get(services);
  if (!r) registries.set(services, (r = new JobRegistry()));
  return r;
}

const isJobOp = (op: OperationName): op is JobOperation => (JOB_OPERATIONS as readonly string[]).includes(op);

/**
 * Run `op` with `rawArgs`. `outer` aborts a job operation from outside (the browser
 * edition passes its HTTP request's close, so a page that went away stops its export).
 */
export async function dispatch(
  services: ServiceTable,
  op: string,
  rawArgs: unknown,
  log: (line: string) => void = () => {},
  outer?: AbortSignal,
): Promise<Envelope> {
  if (!isOperation(op)) return { ok: false, error: { code: 'UNKNOWN_OP', message: { zh: `未知操作：${op}`, en: `Unknown operation: ${op}` } } };
  let aborted: AbortSignal | null = null;
  try {
    const args = parseArgs(op, rawArgs) as unknown[];
    if (op === 'job/cancel') return { ok: true, value: jobsOf(services).cancel((args[0] as { jobId: string }).jobId) };
    if (op === 'job/progress') return { ok: true, value: jobsOf(services).progress((args[0] as { jobId: string }).jobId) };
    const fn = services[op] as (...a: unknown[]) => Promise<unknown>;
    if (!isJobOp(op)) return { ok: true, value: (await fn(...args)) ?? null };
    const job = jobsOf(services).open((args[0] as { jobId?: string }).jobId, outer);
    aborted = job.signal;
    try {
      const value = await fn(...args, { signal: job.signal, progress: job.progress });
      // A service that finished regardless of the cancel still answers "cancelled": the user was told so.
      if (job.signal.aborted) throw cancelledError();
      return { ok: true, value: value ?? null };
    } finally {
      job.end();
    }
  } catch (e) {
    // Whatever a cancelled service threw (a closed browser, a terminated worker) means "cancelled".
    if (aborted?.aborted && !(e instanceof HostError && e.code !== CANCELLED)) {
      log(`${op}: cancelled`);
      return { ok: false, error: cancelledError().toShape() };
    }
    if (e instanceof HostError) {
      log(`${op}: ${e.code} ${e.messages.en}`);
      return { ok: false, error: e.toShape() };
    }
    // The detail goes to the log; the user gets a message in their language that says where it happened.
    log(`${op}: internal error ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return { ok: false, error: { code: 'INTERNAL', message: { zh: `内部错误（${op}）`, en: `Internal error (${op})` } } };
  }
}

/** HTTP status the browser edition answers an envelope with. */
export function httpStatusOf(env: Envelope): number {
  if (env.ok) return 200;
  switch (env.error.code) {
    case 'BAD_ARGS':
      return 400;
    case 'UNKNOWN_OP':
      return 404;
    case 'INTERNAL':
      return 500;
    default:
      return 422;
  }
}
