/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line),
 * prints a table and writes bench/results/latest.json as
 * [ { name, value, unit, target, ok, note? } ].
 */
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchFigure } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const all: BenchFigure[] = [];
for (const f of files) {
  process.stdout.write(`running ${f} …\n`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: Bench };
  try {
    all.push(...(await mod.default()));
  } catch (e) {
    all.push({ name: `${f}.error`, value: NaN, unit: '', target: '', ok: false, note: String(e) });
  }
}

const out = join(here, 'results', 'latest.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(all, null, 2) + '\n');
const rows = all.map((r) => [r.name, String(r.value), r.unit, r.target, r.ok == null ? '—' : r.ok ? 'ok' : 'MISS', r.note ?? '']);
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
for (const r of rows) console.log(r.map((c, i) => (i < 5 ? c.padEnd(widths[i]!) : c)).join('  '));
console.log(`wrote ${out}`);
