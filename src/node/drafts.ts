/**
 * Drafts: the editor's unsaved text, written every few seconds to the app's data
 * folder so that a crash or a kill loses at most those seconds. One JSON file a
 * draft, replaced atomically.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { Draft, type DeckRef } from '../core/contract';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';

export class DraftStore {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    // Keys may hold CJK; hashing keeps file names portable to every filesystem.
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.draft.json`);
  }

  async save(d: { key: string; text: string; ref: DeckRef | null; baseVersion: string | null }): Promise<{ savedMs: number }> {
    const savedMs = Date.now();
    const record: Draft = { key: d.key, text: d.text, ref: d.ref, baseVersion: d.baseVersion, savedMs };
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file(d.key), JSON.stringify(record));
    } catch (e) {
      throw fsError(e, { zh: '保存草稿', en: 'Saving the draft' });
    }
    return { savedMs };
  }

  async load(key: string): Promise<Draft | null> {
    const raw = await fs.readFile(this.file(key), 'utf8').catch(() => null);
    if (raw === null) return null;
    return parseDraft(raw);
  }

  async discard(key: string): Promise<null> {
    await fs.rm(this.file(key), { force: true });
    return null;
  }

  async list(): Promise<Draft[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const out: Draft[] = [];
    for (const n of names) {
      if (!n.endsWith('.draft.json')) continue;
      const raw = await fs.readFile(join(this.dir, n), 'utf8').catch(() => null);
      const d = raw === null ? null : parseDraft(raw);
      if (d) out.push(d);
    }
    return out.sort((a, b) => b.savedMs - a.savedMs);
  }
}

function parseDraft(raw: string): Draft | null {
  try {
    const r = Draft.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
