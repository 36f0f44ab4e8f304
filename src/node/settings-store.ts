/** User settings as one JSON file in the data folder; unknown or broken content falls back to defaults. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Settings } from '../core/contract';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';

export class SettingsStore {
  private cached: Settings | null = null;
  /** Writes go one after another, so the file always ends with the latest settings. */
  private writing: Promise<void> = Promise.resolve();
  constructor(private readonly dir: string) {}

  private get file(): string {
    return join(this.dir, 'settings.json');
  }

  private loading: Promise<Settings> | null = null;

  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    // One read of the file however many callers ask before it is in memory.
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<Settings> {
    const raw = await fs.readFile(this.file, 'utf8').catch(() => null);
    let data: unknown;
    try {
      data = raw ? JSON.parse(raw) : {};
    } catch {
      // A settings file broken by hand or by a crash elsewhere falls back to defaults.
      data = {};
    }
    const r = Settings.safeParse(data);
    this.cached ??= r.success ? r.data : Settings.parse({});
    return this.cached;
  }

  async set(patch: Partial<Settings>): Promise<Settings> {
    if (!this.cached) await this.get();
    // Built on the latest settings in memory, so quick successive changes all count.
    const next = Settings.parse({ ...this.cached!, ...patch });
    // Readers see the new value at once: a get() answered while the file is still being
    // written must not hand back the old one (the interface would switch language back).
    this.cached = next;
    const write = this.writing.then(async () => {
      await fs.mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    });
    this.writing = write.catch(() => {});
    try {
      await write;
    } catch (e) {
      throw fsError(e, { zh: '保存设置', en: 'Saving settings' });
    }
    return next;
  }
}
