/**
 * The services as a host calls them: arguments parsed with the contract's schema
 * first (as main/ipc.ts and server/server.ts do), then the service.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../core/contract';
import type { OperationName } from '../core/contract-channels';
import { createServices, type ServiceTable } from './services';

export function servicesForTest() {
  const tmp = mkdtempSync(join(tmpdir(), 'services-'));
  const cfg = { roots: { builtin: join(tmp, 'builtin'), user: join(tmp, 'user') }, dataDir: join(tmp, 'data'), host: 'web' as const, version: 't' };
  const services = createServices(cfg);
  const call = async <K extends OperationName>(op: K, ...args: unknown[]) => {
    const parsed = parseArgs(op, args) as unknown[];
    return (services[op] as (...a: unknown[]) => ReturnType<ServiceTable[K]>)(...parsed);
  };
  return { tmp, cfg, services, call };
}

describe('settings through the contract', () => {
  it('switching the interface language keeps 最近打开 and the other settings', async () => {
    const { call, cfg } = servicesForTest();
    const recent = [{ root: 'builtin' as const, path: 'a.md' }];
    await call('settings/set', { recent, theme: 'deep-blue', exportOptions: { docx: { kind: 'full' } } });
    const after = await call('settings/set', { language: 'en' });
    expect(after.recent).toEqual(recent);
    expect(after.theme).toBe('deep-blue');
    expect(after.exportOptions).toEqual({ docx: { kind: 'full' } });
    const onDisk = JSON.parse(readFileSync(join(cfg.dataDir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ language: 'en', recent });
  });

  it('a patch with a wrong value is refused, not turned into defaults', async () => {
    const { call } = servicesForTest();
    await expect(call('settings/set', { language: 'fr' })).rejects.toThrow(/Invalid arguments/);
  });
});
