// Where the Electron runtime is, or why there is none. Shared by `npm start` and e2e/electron.spec.ts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectron() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let path;
  try {
    // The electron package exports the binary's path, and throws when the binary was never downloaded.
    path = require('electron');
  } catch (e) {
    const why = override
      ? `ELECTRON_OVERRIDE_DIST_PATH=${override} 中没有可用的 Electron`
      : 'node_modules/electron 中没有 Electron 可执行文件（安装时无法下载）';
    return { missing: `${why} (${String(e?.message ?? e).split('\n')[0]})` };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { missing: `Electron 可执行文件不存在：${path}` };
  return { path };
}
