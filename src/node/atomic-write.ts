/**
 * Atomic file replacement: write a temporary file in the same folder, fsync it,
 * keep the previous version as a backup, rename over the target, fsync the
 * folder. A crash at any point leaves either the old or the new bytes at `path`;
 * a kill can leave `.<name>.<pid>.<hex>.tmp` behind, which `removeStaleTemps`
 * clears on the next start.
 */
import { promises as fs, constants } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /**
   * Keep the replaced version: `true` as `<path>.bak`, a string as that path (the
   * deck store keeps its backups in the data folder, not among the user's files).
   * A hard link where possible, so it costs no copy.
   */
  backup?: boolean | string;
  /** Permission bits of the new file (the replaced file's, so a private deck stays private). */
  mode?: number;
}

/** Names writeFileAtomic gives its temporary files (the new text and the staged backup): `.<name>.<pid>.<8 hex>.tmp`. */
export const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = opts.mode ?? 0o644;
  const fh = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    // open()'s mode passes through the umask; the replaced file's bits are set exactly.
    if (opts.mode !== undefined) await fh.chmod(mode);
    await fh.writeFile(data);
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    if (opts.backup) {
      const backup = typeof opts.backup === 'string' ? opts.backup : `${path}.bak`;
      // Staged beside the backup, so the final rename never crosses filesystems.
      await backupOf(path, backup, join(dirname(backup), `.${basename(backup)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`));
    }
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

/**
 * `<path>.bak` := the current `<path>`. Link, not copy: the old inode survives the
 * rename that follows as the backup. The link is made under a unique name and
 * renamed over the old backup, so two saves racing each other cannot collide on
 * the name (rm-then-link did: EEXIST). Filesystems without hard links (FAT/exFAT
 * sticks, some network shares) get a copy instead of a failed save.
 */
async function backupOf(path: string, backup: string, staging: string): Promise<void> {
  try {
    try {
      await fs.link(path, staging);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return; // first save: nothing to keep
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS', 'EACCES'].includes(code ?? '')) throw e;
      await fs.copyFile(path, staging).catch((e2: NodeJS.ErrnoException) => {
        if (e2.code !== 'ENOENT') throw e2;
      });
    }
    await fs.rename(staging, backup).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  } finally {
    // rename() between two links of one inode is a no-op that leaves `staging` behind
    // (POSIX); that happens when two saves race. Remove it in every case.
    await fs.rm(staging, { force: true });
  }
}

/**
 * Remove temporary files a killed save left in `dir`: those of processes that no
 * longer run, or older than `maxAgeMs` (a pid can be reused). A live save of
 * another process is younger and its pid runs, so it is left alone.
 */
export async function removeStaleTemps(dir: string, maxAgeMs = 10 * 60_000): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const st = await fs.lstat(join(dir, name)).catch(() => null);
    if (!st?.isFile()) continue;
    if (pid !== process.pid && isRunning(pid) && Date.now() - st.mtimeMs < maxAgeMs) continue;
    if (pid === process.pid && Date.now() - st.mtimeMs < maxAgeMs) continue;
    await fs.rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function syncDir(dir: string): Promise<void> {
  // fsync on a directory makes the rename durable; some filesystems refuse it, which is fine.
  const dh = await fs.open(dir, 'r').catch(() => null);
  if (!dh) return;
  await dh.sync().catch(() => {});
  await dh.close();
}
