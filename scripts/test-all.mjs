// `npm test`: every check, in the order a failure is cheapest to find — lint, both
// typechecks and the Electron security scan (side by side), unit tests, build, end-to-end
// in Chromium, reliability. Runs them all, prints a summary, and ends with one line
// "tests: N passed, N failed, N skipped" counting unit and end-to-end tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const vitestJson = join(tmp, 'vitest.json');
const playwrightJson = join(tmp, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

// The static checks read the sources only and each leaves a core idle on this
// two-core machine, so they run side by side (their output is printed one after another).
const checks = [
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['typecheck core (no DOM, no Node)', bin('tsc'), ['-p', 'tsconfig.core.json', '--noEmit']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
];
// The Electron security scan reads the sources too.
if (existsSync(join(root, 'scripts', 'electronegativity.mjs')))
  checks.push(['electron security scan', process.execPath, [join(root, 'scripts', 'electronegativity.mjs')]]);
const steps = [
  ['unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]],
  ['build', bin('electron-vite'), ['build']],
  ['browser', process.execPath, [join(root, 'scripts', 'ensure-browser.mjs')]],
  ['end-to-end', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }],
];
if (pkg.scripts['test:reliability']) steps.push(['reliability', 'npm', ['run', '--silent', 'test:reliability']]);

const results = [];

function runBuffered([name, cmd, args]) {
  return new Promise((done) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { cwd: root, env: process.env });
    const out = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => out.push(b));
    const finish = (ok) => done({ name, ok, seconds: (Date.now() - t0) / 1000, output: Buffer.concat(out).toString() });
    child.on('error', (e) => { out.push(Buffer.from(String(e))); finish(false); });
    child.on('close', (code) => finish(code === 0));
  });
}
for (const r of await Promise.all(checks.map(runBuffered))) {
  console.log(`\n━━ ${r.name} ━━`);
  process.stdout.write(r.output);
  results.push({ name: r.name, ok: r.ok, seconds: r.seconds });
}

for (const [name, cmd, args, env] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...(env ?? {}) } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
  // Without a build or a browser the end-to-end step cannot say anything useful.
  if (!ok && (name === 'build' || name === 'browser')) {
    results.push({ name: 'end-to-end', ok: false, seconds: 0, skipped: true });
    break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (existsSync(playwrightJson)) {
  const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(34)} ${r.skipped ? '(not run)' : `${r.seconds.toFixed(1)} s`}`);
const stepFailures = results.filter((r) => !r.ok).length;
// A failed step with no failed test (lint, typecheck, build…) still counts as a failure in the closing line.
const reportedFailed = Math.max(failed, stepFailures);
console.log(`tests: ${passed} passed, ${reportedFailed} failed, ${skipped} skipped`);
process.exit(stepFailures > 0 ? 1 : 0);
