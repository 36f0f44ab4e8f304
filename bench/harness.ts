/** What every bench/*.bench.ts module default-exports. */
export interface BenchFigure {
  /** Dotted name, e.g. "import.throughput_mb_s". */
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. ">= 20" or "< 2". */
  target: string;
  /** Whether value meets target; null when there is no pass/fail (report only). */
  ok?: boolean | null;
  note?: string;
}

export type Bench = () => Promise<BenchFigure[]>;

/** Median of several timed runs of fn, in milliseconds (after warm-up runs). */
export async function medianMs(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function figure(
  name: string,
  value: number,
  unit: string,
  target: string,
  note?: string,
): BenchFigure {
  const m = /^\s*(<=|>=|<|>)\s*([\d.]+)/.exec(target);
  let ok: boolean | null = null;
  if (m) {
    const t = Number(m[2]);
    ok = m[1] === '<' ? value < t : m[1] === '<=' ? value <= t : m[1] === '>' ? value > t : value >= t;
  }
  return { name, value: Math.round(value * 1000) / 1000, unit, target, ok, ...(note ? { note } : {}) };
}
