/**
 * The one place an operation is run for a host: arguments parsed with the
 * contract's schema, the service called, the answer (or the error) wrapped in an
 * Envelope. Electron's IPC handler and the browser edition's HTTP server only
 * authenticate the caller and carry the envelope, so both hosts answer every
 * operation, and every failure, the same way.
 */
import { HostError, isOperation, parseArgs, type Envelope, type ServiceTable } from './contract';

export async function dispatch(services: ServiceTable, op: string, rawArgs: unknown, log: (line: string) => void = () => {}): Promise<Envelope> {
  if (!isOperation(op)) return { ok: false, error: { code: 'UNKNOWN_OP', message: { zh: `未知操作：${op}`, en: `Unknown operation: ${op}` } } };
  try {
    const args = parseArgs(op, rawArgs) as unknown[];
    const fn = services[op] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: (await fn(...args)) ?? null };
  } catch (e) {
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
