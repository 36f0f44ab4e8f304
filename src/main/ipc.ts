/**
 * Every IPC channel is registered through handle(): it checks that the message
 * came from the main frame of a window showing the app's own origin, parses the
 * arguments with the contract's schema, and only then calls the service. Results
 * travel as { ok, value } / { ok: false, error } envelopes (see preload).
 */
import { HostError, parseArgs } from '../core/contract';
import { OPERATIONS, channelOf, type OperationName } from '../core/contract-channels';
import type { ServiceTable } from '../node/services';

/** The slice of Electron's IpcMainInvokeEvent that handle() looks at. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown | null } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: { zh: string; en: string } } };

/** True when the URL belongs to the app (its custom protocol, or the dev server in development). */
export type TrustedOrigin = (url: string) => boolean;

export function makeTrustedOrigin(allowed: string[]): TrustedOrigin {
  return (url) => {
    try {
      const u = new URL(url);
      return allowed.includes(u.origin) || (u.protocol === 'app:' && allowed.includes(`app://${u.host}`));
    } catch {
      return false;
    }
  };
}

export function handle(
  op: OperationName,
  services: ServiceTable,
  trusted: TrustedOrigin,
  log: (line: string) => void,
) {
  return async (event: InvokeEventLike, ...rawArgs: unknown[]): Promise<Envelope> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !trusted(frame.url)) {
      log(`refused ${op}: untrusted sender ${frame ? frame.url : '(destroyed frame)'}${frame && frame.parent !== null ? ' (sub-frame)' : ''}`);
      return { ok: false, error: { code: 'UNTRUSTED_SENDER', message: { zh: '拒绝：请求来源不可信', en: 'Refused: untrusted sender' } } };
    }
    try {
      const args = parseArgs(op, rawArgs) as unknown[];
      const fn = services[op] as (...a: unknown[]) => Promise<unknown>;
      return { ok: true, value: (await fn(...args)) ?? null };
    } catch (e) {
      if (e instanceof HostError) {
        log(`${op}: ${e.code} ${e.messages.en}`);
        return { ok: false, error: e.toShape() };
      }
      log(`${op}: internal error ${String(e)}`);
      return { ok: false, error: { code: 'INTERNAL', message: { zh: `内部错误：${String(e)}`, en: `Internal error: ${String(e)}` } } };
    }
  };
}

export function registerIpc(ipcMain: IpcMainLike, services: ServiceTable, trusted: TrustedOrigin, log: (line: string) => void): string[] {
  return OPERATIONS.map((op) => {
    const channel = channelOf(op);
    ipcMain.handle(channel, handle(op, services, trusted, log));
    return channel;
  });
}
