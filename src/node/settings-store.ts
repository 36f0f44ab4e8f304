/** User settings as one JSON file in the data folder; unknown or broken content falls back to defaults. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Settings } from '../core/contract';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';

export class SettingsStore {
  private cached: Settings | null = null;
  constructor(private readonly dir: string) {}

  private get file(): string {
    return join(this.dir, 'settings.json');
  }

  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    const raw = await fs.readFile(this.file, 'utf8').catch(() => null);
    let data: unknown;
    try {
      data = raw ? JSON.parse(raw) : {};
    } catch {
      // A settings file broken by hand or by a crash elsewhere falls back to defaults.
      data = {};
    }
    const r = Settings.safeParse(data);
    this.cached = r.success ? r.data : Settings.parse({});
    return this.cached;
  }

  async set(patch: Partial<Settings>): Promise<Settings> {
    const next = Settings.parse({ ...(await this.get()), ...patch });
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    } catch (e) {
      throw fsError(e, { zh: '保存设置', en: 'Saving settings' });
    }
    this.cached = next;
    return next;
  }
}
