/**
 * Data safety under SIGKILL. A child process saves in a loop and is killed at a
 * random moment; afterwards the file on disk must be byte-identical to one of the
 * versions that were being saved — never torn, never empty, never missing.
 *
 *   atomic   writeFileAtomic of two alternating deck versions (and its .bak)
 *   drafts   DraftStore.save, the editor's autosave: the draft must always load
 *   host     the browser-edition server killed while the page saves the deck and
 *            its draft over HTTP: after a restart nothing acknowledged is lost
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { writeFileAtomic } from '../../src/node/atomic-write';
import { DraftStore } from '../../src/node/drafts';

export interface TrialResult {
  suite: string;
  name: string;
  ok: boolean;
  detail: string;
  ms: number;
}

/** Working folder of the current run (runCrashTrials makes it, with the two version files). */
let root = '';

/** Two versions that differ in length and at every byte, so any mix of them is detectable. */
function versions(): [Buffer, Buffer] {
  const a = Buffer.from('---\ntitle: 旧版本\n---\n' + '# 旧的一页\n- 坚持稳中求进、以进促稳、先立后破\n---\n'.repeat(4000));
  const b = Buffer.from('---\ntitle: 新版本 v2\n---\n' + '## 新的一页：在万亿之城再出发中提升贡献度\n* 第二版要点 2\n\n---\n'.repeat(5200));
  return [a, b];
}

function startChild(childArgs: string[], args: string[]): { child: ChildProcess; firstLine: Promise<string> } {
  const child = spawn(process.execPath, [...childArgs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const firstLine = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.on('exit', (code, sig) => reject(new Error(`child exited early (${code ?? sig}): ${err.slice(0, 300)}`)));
  });
  return { child, firstLine };
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A deterministic pseudo-random sequence, so a failing trial can be replayed by seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

async function atomicTrial(childArgs: string[], i: number, delayMs: number): Promise<TrialResult> {
  const t0 = Date.now();
  const dir = join(root, `atomic-${i}`);
  const [a, b] = versions();
  const fa = join(root, 'va');
  const fb = join(root, 'vb');
  mkdirSync(dir);
  const target = join(dir, '演示稿.md');
  await writeFileAtomic(target, a);
  const { child, firstLine } = startChild(childArgs, ['atomic', target, fa, fb]);
  await firstLine;
  await sleep(delayMs);
  await kill(child);
  const problems: string[] = [];
  const check = (path: string, label: string, mustExist: boolean) => {
    if (!existsSync(path)) {
      if (mustExist) problems.push(`${label} missing`);
      return '-';
    }
    const got = readFileSync(path);
    if (got.equals(a)) return 'old';
    if (got.equals(b)) return 'new';
    problems.push(`${label} is neither version (${got.length} bytes)`);
    return '?';
  };
  const main = check(target, 'deck', true);
  const bak = check(target + '.bak', 'backup', false);
  const litter = readdirSync(dir).filter((n) => n.endsWith('.tmp')).length;
  rmSync(dir, { recursive: true, force: true });
  return {
    suite: 'kill: atomic save',
    name: `trial ${i} (kill after ${delayMs} ms)`,
    ok: problems.length === 0,
    detail: problems.join('; ') || `deck=${main} bak=${bak} tmp-left=${litter}`,
    ms: Date.now() - t0,
  };
}

async function draftTrial(childArgs: string[], i: number, delayMs: number): Promise<TrialResult> {
  const t0 = Date.now();
  const dir = join(root, `drafts-${i}`);
  const [a, b] = versions();
  const fa = join(root, 'va');
  const fb = join(root, 'vb');
  const store = new DraftStore(dir);
  const ref = { root: 'user' as const, path: '演示稿.md' };
  await store.save({ key: 'user:演示稿.md', text: a.toString('utf8'), ref, baseVersion: null });
  const { child, firstLine } = startChild(childArgs, ['drafts', dir, fa, fb]);
  await firstLine;
  await sleep(delayMs);
  await kill(child);
  // What the app does at start-up: list the drafts and offer to restore.
  const found = await new DraftStore(dir).list();
  let problem = '';
  if (found.length !== 1) problem = `${found.length} drafts listed`;
  else if (found[0]!.text !== a.toString('utf8') && found[0]!.text !== b.toString('utf8')) problem = 'draft text is neither version';
  rmSync(dir, { recursive: true, force: true });
  return {
    suite: 'kill: draft autosave',
    name: `trial ${i} (kill after ${delayMs} ms)`,
    ok: !problem,
    detail: problem || `draft=${found[0]!.text === a.toString('utf8') ? 'old' : 'new'}`,
    ms: Date.now() - t0,
  };
}

function post(port: number, token: string, op: string, args: unknown[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(args);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${op}`,
        agent: false,
        headers: { 'content-type': 'application/json', 'x-briefing-token': token, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let s = '';
        res.on('data', (d) => (s += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: s }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Deck text number n: the number is in the first line, the rest pads it to a realistic size. */
const numbered = (n: number) => `---\ntitle: 第${n}版\n---\n` + `# 第${n}版的一页\n- 要点 ${n}\n---\n`.repeat(1500 + (n % 7) * 100);
const numberOf = (text: string): number | null => {
  const m = /^---\ntitle: 第(\d+)版\n---\n/.exec(text);
  return m && text === numbered(Number(m[1])) ? Number(m[1]) : null;
};

async function hostTrial(childArgs: string[], i: number, delayMs: number): Promise<TrialResult> {
  const t0 = Date.now();
  const lib = join(root, `host-${i}-lib`);
  const data = join(root, `host-${i}-data`);
  const { child, firstLine } = startChild(childArgs, ['server', lib, data]);
  const [port, token] = (await firstLine).split(' ') as [string, string];
  const ref = { root: 'user', path: '演示稿.md' };
  let acked = 0; // highest version the server confirmed for both the deck and its draft
  let sent = 0;
  let stop = false;
  const saver = (async () => {
    for (let n = 1; !stop; n++) {
      sent = n;
      try {
        const w = await post(Number(port), token, 'deck/write', [{ ref, text: numbered(n), expectedVersion: null }]);
        const d = await post(Number(port), token, 'draft/save', [{ key: 'user:演示稿.md', text: numbered(n), ref, baseVersion: null }]);
        if (w.status === 200 && d.status === 200) acked = n;
        else throw new Error(`HTTP ${w.status}/${d.status}`);
      } catch {
        return; // the server is gone
      }
    }
  })();
  await sleep(delayMs);
  await kill(child);
  stop = true;
  await saver;
  const problems: string[] = [];
  const deckPath = join(lib, '演示稿.md');
  const deckN = existsSync(deckPath) ? numberOf(readFileSync(deckPath, 'utf8')) : acked === 0 ? 0 : null;
  if (deckN === null) problems.push('deck torn or missing');
  else if (deckN < acked || deckN > sent) problems.push(`deck is v${deckN}, acknowledged v${acked}`);
  // A restarted host: the draft of the open deck must come back.
  const drafts = await new DraftStore(join(data, 'drafts')).list();
  const draftN = drafts.length === 1 ? numberOf(drafts[0]!.text) : drafts.length === 0 && acked === 0 ? 0 : null;
  if (draftN === null) problems.push(`draft torn or missing (${drafts.length} listed)`);
  else if (draftN < acked || draftN > sent) problems.push(`draft is v${draftN}, acknowledged v${acked}`);
  rmSync(lib, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
  return {
    suite: 'kill: browser-edition host',
    name: `trial ${i} (kill after ${delayMs} ms)`,
    ok: problems.length === 0,
    detail: problems.join('; ') || `acked v${acked}, deck v${deckN}, draft v${draftN}`,
    ms: Date.now() - t0,
  };
}

/** Run `n` jobs with at most `width` at a time. */
async function pool<T>(n: number, width: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await job(i);
      }
    }),
  );
  return out;
}

export interface CrashOptions {
  atomic: number;
  drafts: number;
  host: number;
  seed: number;
  parallel: number;
}

export async function runCrashTrials(childArgs: string[], o: CrashOptions): Promise<TrialResult[]> {
  root = mkdtempSync(join(tmpdir(), 'crash-kill-'));
  const [a, b] = versions();
  writeFileSync(join(root, 'va'), a);
  writeFileSync(join(root, 'vb'), b);
  const rand = rng(o.seed);
  // Delays are drawn up front so the run is reproducible from the seed alone.
  const atomicDelays = Array.from({ length: o.atomic }, () => Math.floor(rand() * 150));
  const draftDelays = Array.from({ length: o.drafts }, () => Math.floor(rand() * 150));
  const hostDelays = Array.from({ length: o.host }, () => 30 + Math.floor(rand() * 400));
  const wrap = (suite: string, i: number, p: Promise<TrialResult>) =>
    p.catch((e: unknown) => ({ suite, name: `trial ${i}`, ok: false, detail: `harness error: ${String(e)}`, ms: 0 }));
  const results = [
    ...(await pool(o.atomic, o.parallel, (i) => wrap('kill: atomic save', i, atomicTrial(childArgs, i, atomicDelays[i]!)))),
    ...(await pool(o.drafts, o.parallel, (i) => wrap('kill: draft autosave', i, draftTrial(childArgs, i, draftDelays[i]!)))),
    ...(await pool(o.host, o.parallel, (i) => wrap('kill: browser-edition host', i, hostTrial(childArgs, i, hostDelays[i]!)))),
  ];
  rmSync(root, { recursive: true, force: true });
  return results;
}
