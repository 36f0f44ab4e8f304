/**
 * Every IPC channel is registered through handle(): it checks that the message
 * came from the main frame of a window showing the app's own origin, parses the
 * arguments with the contract's schema, and only then calls the service, through
 * core/dispatch.ts like the browser edition's server.
 */
import type { Envelope, ServiceTable } from '../core/contract';
import { OPERATIONS, channelOf, type OperationName } from '../core/contract-channels';
import { dispatch } from '../core/dispatch';

/** The slice of Electron's IpcMainInvokeEvent that handle() looks at. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown | null } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

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
    return dispatch(services, op, rawArgs, log);
  };
}

export function registerIpc(ipcMain: IpcMainLike, services: ServiceTable, trusted: TrustedOrigin, log: (line: string) => void): string[] {
  return OPERATIONS.map((op) => {
    const channel = channelOf(op);
    ipcMain.handle(channel, handle(op, services, trusted, log));
    return channel;
  });
}
