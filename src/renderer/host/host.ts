/**
 * The renderer's only door to the outside: a HostApi (see core/contract) backed
 * either by Electron's preload or by the browser edition's HTTP server. Picked
 * once at start-up.
 */
import type { Envelope, HostApi } from '../../core/contract';
import { OPERATIONS, type MenuCommand, type OperationName } from '../../core/contract-channels';

export class HostCallError extends Error {
  constructor(
    readonly code: string,
    readonly messages: { zh: string; en: string },
  ) {
    super(messages.zh);
    this.name = 'HostCallError';
  }
}

export interface Host {
  kind: 'electron' | 'web';
  api: HostApi;
  /** Subscribe to application-menu commands (Electron only; the web edition has none). */
  onMenuCommand(cb: (cmd: MenuCommand) => void): () => void;
}

type Caller = (op: OperationName, args: unknown[]) => Promise<Envelope>;

export function buildHostApi(call: Caller): HostApi {
  const api: Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>> = {};
  for (const op of OPERATIONS) {
    const [domain, verb] = op.split('/') as [string, string];
    (api[domain] ??= {})[verb] = async (...args: unknown[]) => {
      const env = await call(op, args);
      if (!env.ok) throw new HostCallError(env.error.code, env.error.message);
      return env.value;
    };
  }
  return api as unknown as HostApi;
}
