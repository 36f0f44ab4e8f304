// `npm start`: launch the desktop app; where the Electron runtime is missing (it cannot
// be downloaded on offline machines), say so in one line and start the browser edition.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const found = findElectron();

if ('path' in found) {
  // Chromium refuses to run as root with its sandbox; say so rather than fail silently.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) console.warn('以 root 身份运行：Electron 需要 --no-sandbox（仅限开发机）。 Running as root: passing --no-sandbox.');
  const child = spawn(found.path, [root, ...(asRoot ? ['--no-sandbox'] : []), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`未找到 Electron 运行时，改为启动浏览器版（${found.missing}）。 No Electron runtime: starting the browser edition.`);
  process.argv = [process.argv[0], join(root, 'scripts', 'web.mjs'), '--no-build', ...args];
  await import('./web.mjs');
}
