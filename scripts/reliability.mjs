// `npm run test:reliability`: runs test/reliability/run.ts (kill trials, hostile
// corpus, load test) under tsx with --expose-gc, so the load test can measure the
// server's heap after a full collection. The exit status is the harness's: non-zero
// when any case was lost.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'test', 'reliability', 'run.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
