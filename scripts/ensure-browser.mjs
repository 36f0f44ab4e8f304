// Make sure a Chromium for Playwright exists before the end-to-end tests. As root on
// Debian: apt-get install chromium and the CJK fonts when missing; elsewhere
// Playwright's own browser (`npx playwright install chromium`).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

if (existsSync(chromium)) {
  console.log(`browser: ${chromium}`);
} else if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('chromium is missing: installing it with apt-get (chromium fonts-noto-cjk)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env }).status === 0;
  if (!ok || !existsSync(chromium)) {
    console.error('无法安装 chromium。 Could not install chromium.');
    process.exit(1);
  }
} else {
  console.log('chromium is missing: using Playwright\'s own browser');
  if (!run('npx', ['playwright', 'install', 'chromium'])) process.exit(1);
}
