import type { MenuCommand, OperationName } from '../../core/contract-channels';
import type { Envelope } from '../../core/contract';
import { buildHostApi, type Host } from './host';

interface PreloadApi {
  [domain: string]: Record<string, (...args: unknown[]) => Promise<Envelope>> | undefined;
}
interface PreloadWindow {
  briefing?: PreloadApi & { events: { onMenuCommand(cb: (c: MenuCommand) => void): () => void } };
}

export function electronHost(): Host | null {
  const bridge = (window as unknown as PreloadWindow).briefing;
  if (!bridge) return null;
  return {
    kind: 'electron',
    api: buildHostApi((op: OperationName, args) => {
      const [d, v] = op.split('/') as [string, string];
      const fn = bridge[d]?.[v];
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_OP', message: { zh: `未知操作 ${op}`, en: `Unknown operation ${op}` } } });
      return fn(...args);
    }),
    onMenuCommand: (cb) => bridge.events.onMenuCommand(cb),
  };
}
