/**
 * Issue 17's lost-edit cases as counted reliability cases, run against the real deck
 * store on a real filesystem (the unit tests in src/node/library-store.test.ts pin
 * the same behaviour case by case; here each attack is one line of the summary):
 * two saves racing with one expected version, a private file, a read-only file, a
 * symlinked deck, temporary files a kill left behind, a hidden Save As name, and a
 * deck too big to keep.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library, versionOf } from '../../src/node/library';
import { HostError, MAX_DECK_CHARS } from '../../src/core/contract';
import type { CaseResult } from './big-export';

interface Fixture {
  user: string;
  lib: Library;
}

function fixture(root: string, name: string): Fixture {
  const dir = join(root, name);
  const builtin = join(dir, 'slides');
  const user = join(dir, 'user');
  mkdirSync(builtin, { recursive: true });
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'mine.md'), '---\ntitle: 我的演示稿\n---\n# 原稿\n');
  return { user, lib: new Library({ builtin, user }, { backupDir: join(dir, 'data', 'backups') }) };
}

/** The host error code a promise rejects with, or '' when it resolves. */
async function errorCode(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => '',
    (e: unknown) => (e instanceof HostError ? e.code : `unexpected ${String(e)}`),
  );
}

type Check = (f: Fixture) => Promise<string>; // '' when the case survived, else what went wrong

const CASES: Array<[string, Check]> = [
  [
    'same-version-saves',
    async ({ lib, user }) => {
      for (let round = 0; round < 50; round++) {
        const read = await lib.read({ root: 'user', path: 'mine.md' });
        const rs = await Promise.all([lib.write(read.ref, `# A ${round}\n`, read.version), lib.write(read.ref, `# B ${round}\n`, read.version)]);
        const won = rs.filter((r) => r.ok);
        if (won.length !== 1) return `round ${round}: ${won.length} saves accepted`;
        const onDisk = readFileSync(join(user, 'mine.md'), 'utf8');
        if (versionOf(onDisk) !== (won[0] as { version: string }).version) return `round ${round}: the file is not the accepted save`;
      }
      return '';
    },
  ],
  [
    'private-file-mode',
    async ({ lib, user }) => {
      chmodSync(join(user, 'mine.md'), 0o600);
      const read = await lib.read({ root: 'user', path: 'mine.md' });
      await lib.write(read.ref, '# 新\n', read.version);
      const mode = statSync(join(user, 'mine.md')).mode & 0o777;
      return mode === 0o600 ? '' : `mode became ${mode.toString(8)}`;
    },
  ],
  [
    'read-only-file',
    async ({ lib, user }) => {
      const file = join(user, 'mine.md');
      chmodSync(file, 0o444);
      const before = readFileSync(file, 'utf8');
      const read = await lib.read({ root: 'user', path: 'mine.md' });
      const code = await errorCode(lib.write(read.ref, '# 覆盖\n', read.version));
      if (code !== 'FILE_READ_ONLY') return `answered ${code || 'ok'}`;
      return readFileSync(file, 'utf8') === before ? '' : 'the read-only file was overwritten';
    },
  ],
  [
    'symlinked-deck',
    async ({ lib, user }) => {
      mkdirSync(join(user, 'real'));
      writeFileSync(join(user, 'real', 'target.md'), '# 旧\n');
      symlinkSync(join(user, 'real', 'target.md'), join(user, 'link.md'));
      const read = await lib.read({ root: 'user', path: 'link.md' });
      await lib.write(read.ref, '# 新\n', read.version);
      if (!lstatSync(join(user, 'link.md')).isSymbolicLink()) return 'the link became a plain file';
      return readFileSync(join(user, 'real', 'target.md'), 'utf8') === '# 新\n' ? '' : 'the target kept the old text';
    },
  ],
  [
    'temp-files-after-kill',
    async ({ lib, user }) => {
      writeFileSync(join(user, '.mine.md.999999999.0a1b2c3d.tmp'), 'partial');
      writeFileSync(join(user, 'keep.tmp'), 'a file of the user');
      await lib.removeStaleTemps();
      const left = readdirSync(user).sort().join(',');
      return left === 'keep.tmp,mine.md' ? '' : `left: ${left}`;
    },
  ],
  [
    'hidden-save-as-name',
    async ({ lib, user }) => {
      const code = await errorCode(lib.create('.hidden.md', '# x\n'));
      if (code !== 'BAD_NAME') return `answered ${code || 'ok'}`;
      return readdirSync(user).join(',') === 'mine.md' ? '' : 'a hidden file was written';
    },
  ],
  [
    'deck-too-big-to-keep',
    async ({ lib, user }) => {
      writeFileSync(join(user, 'huge.md'), '# 大\n' + 'a'.repeat(MAX_DECK_CHARS));
      const code = await errorCode(lib.read({ root: 'user', path: 'huge.md' }));
      if (code !== 'DECK_TOO_LARGE') return `opened for editing (${code || 'ok'})`;
      return (await lib.list()).some((d) => d.ref.path === 'huge.md') ? '' : 'no longer listed';
    },
  ],
];

export async function runSaveCases(): Promise<CaseResult[]> {
  const root = mkdtempSync(join(tmpdir(), 'reliability-saves-'));
  const out: CaseResult[] = [];
  try {
    for (const [name, check] of CASES) {
      let detail: string;
      try {
        detail = await check(fixture(root, name));
      } catch (e) {
        detail = `threw ${String(e)}`;
      }
      out.push({ ok: detail === '', name, detail: detail || 'kept' });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}
