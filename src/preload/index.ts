/**
 * The whole preload: window.briefing.<domain>.<verb>(...) for every operation of
 * the contract, each a named function that invokes one fixed channel, plus one
 * subscription for menu commands. ipcRenderer itself is never exposed. Results
 * come back as { ok, value | error } envelopes which the renderer's adapter unwraps,
 * because errors lose their fields when they cross the context bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATIONS, MENU_COMMANDS, MENU_CHANNEL, channelOf, type MenuCommand } from '../core/contract-channels';

export function buildApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>) {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const op of OPERATIONS) {
    const [domain, verb] = op.split('/') as [string, string];
    const channel = channelOf(op);
    (api[domain] ??= {})[verb] = (...args: unknown[]) => invoke(channel, ...args);
  }
  return api;
}

export function buildMenuSubscription(
  on: (channel: string, listener: (event: unknown, command: unknown) => void) => void,
  off: (channel: string, listener: (event: unknown, command: unknown) => void) => void,
) {
  return (callback: (command: MenuCommand) => void): (() => void) => {
    const listener = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) {
        callback(command as MenuCommand);
      }
    };
    on(MENU_CHANNEL, listener);
    return () => off(MENU_CHANNEL, listener);
  };
}

if (typeof contextBridge !== 'undefined') {
  contextBridge.exposeInMainWorld('briefing', {
    ...buildApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
    events: {
      onMenuCommand: buildMenuSubscription(
        (c, l) => ipcRenderer.on(c, l),
        (c, l) => ipcRenderer.removeListener(c, l),
      ),
    },
  });
}
