import { electronHost } from './electron-host';
import { webHost } from './web-host';
import type { Host } from './host';

let current: Host | null = null;

/** The host for this window: Electron's preload when present, else the browser edition's server. */
export function getHost(): Host {
  current ??= electronHost() ?? webHost();
  return current;
}

export { HostCallError, type Host } from './host';
