// `npm run web [-- --port N --no-open]`: build the renderer when it is missing or
// older than its sources, then start the browser edition's server.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'renderer', 'index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = !existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs;
if (stale && !process.argv.includes('--no-build')) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
const { register } = await import('tsx/esm/api');
register();
process.argv = [process.argv[0], join(root, 'src', 'server', 'main.ts'), ...args];
await import(join(root, 'src', 'server', 'main.ts'));
