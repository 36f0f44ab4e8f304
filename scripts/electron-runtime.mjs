// Where the Electron runtime is, or why there is none. Shared by `npm start` and
// e2e/electron.spec.ts. Mirrors node_modules/electron/index.js without requiring it:
// requiring it tries to download the binary, which hangs or fails on offline machines.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DEFAULT_NAME = { linux: 'electron', win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

/** @returns {{ path: string } | { missing: string }} */
export function findElectron() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: '没有安装 electron 依赖包（npm ci）' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (DEFAULT_NAME[process.platform] ?? 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, name) : join(pkgDir, 'dist', name);
  if (existsSync(path)) return { path };
  return {
    missing: override
      ? `ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹中没有 ${name}`
      : 'node_modules/electron 中没有 Electron 可执行文件（离线环境无法下载，见 README“Getting the Electron runtime”）',
  };
}
