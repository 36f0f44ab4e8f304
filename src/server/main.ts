/**
 * `npm run web`: the browser edition. Prints one line with the full URL and token
 * (scripts look for it) and opens a browser unless --no-open.
 *   --port N  --no-open  --library DIR  --data DIR  --static DIR
 */
import { parseArgs } from 'node:util';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServices } from '../node/services';
import { defaultPaths } from '../node/app-paths';
import { startWebServer } from './server';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5170' },
    'no-open': { type: 'boolean', default: false },
    library: { type: 'string' },
    data: { type: 'string' },
    static: { type: 'string' },
    builtin: { type: 'string' },
  },
  strict: true,
});

const paths = defaultPaths(projectRoot);
const staticDir = resolve(values.static ?? resolve(projectRoot, 'out', 'renderer'));
if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error(`找不到界面文件 ${staticDir}/index.html，请先运行 npm run build。 (UI not built: run npm run build)`);
  process.exit(1);
}
const version = (JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const services = createServices({
  roots: { builtin: resolve(values.builtin ?? paths.builtinDir), user: resolve(values.library ?? paths.userLibraryDir) },
  dataDir: resolve(values.data ?? paths.dataDir),
  host: 'web',
  version,
});

const wanted = Number(values.port);
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`端口无效：${values.port} (invalid port)`);
  process.exit(2);
}
const server = await startWebServer({ services, staticDir, port: wanted }).catch(async (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EADDRINUSE') throw e;
  console.error(`端口 ${wanted} 已被占用，改用一个空闲端口。 (port in use, picking a free one)`);
  return startWebServer({ services, staticDir, port: 0 });
});

console.log(`简报工坊浏览器版 Briefing Studio web edition: ${server.url}`);
if (!values['no-open']) openBrowser(server.url);

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void server.close().then(() => process.exit(0));
  });
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser opener on this machine: the printed URL is enough.
  }
}
