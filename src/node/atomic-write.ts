/**
 * Atomic file replacement: write a temporary file in the same folder, fsync it,
 * keep the previous version as `<name>.bak`, rename over the target, fsync the
 * folder. A crash at any point leaves either the old or the new bytes at `path`.
 */
import { promises as fs, constants } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /** Keep the replaced version as `<path>.bak` (a hard link, so it costs no copy). */
  backup?: boolean;
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    if (opts.backup) await backupOf(path, `${tmp}.bak.tmp`);
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
async function backupOf(path: string, staging: string): Promise<void> {
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
    await fs.rename(staging, `${path}.bak`).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  } finally {
    // rename() between two links of one inode is a no-op that leaves `staging` behind
    // (POSIX); that happens when two saves race. Remove it in every case.
    await fs.rm(staging, { force: true });
  }
}

async function syncDir(dir: string): Promise<void> {
  // fsync on a directory makes the rename durable; some filesystems refuse it, which is fine.
  const dh = await fs.open(dir, 'r').catch(() => null);
  if (!dh) return;
  await dh.sync().catch(() => {});
  await dh.close();
}
