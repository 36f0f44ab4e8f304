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
    if (opts.backup) {
      const bak = `${path}.bak`;
      await fs.rm(bak, { force: true });
      // Link, not copy: the old inode survives the rename below as the backup.
      await fs.link(path, bak).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  // fsync on a directory makes the rename durable; some filesystems refuse it, which is fine.
  const dh = await fs.open(dir, 'r').catch(() => null);
  if (!dh) return;
  await dh.sync().catch(() => {});
  await dh.close();
}
