/**
 * Issue 17's huge-deck exports as reliability cases: a 20,000-slide deck's
 * PowerPoint export finishes and reports progress that only moves forward, and
 * one cancelled after its first progress report stops within a few seconds. The
 * bound on the full export is a watchdog (generous, to fail only on a hang).
 */
import { parseDeck } from '../../src/core/deck';
import { exportPptx } from '../../src/core/export';
import type { JobProgress } from '../../src/core/contract-jobs';

export interface CaseResult {
  ok: boolean;
  name: string;
  detail: string;
}

export const BIG_SLIDES = 20_000;
/** Watchdog for the whole 20k-slide export (a hang, not slowness, should fail it). */
const FULL_BOUND_MS = 600_000;
/** A cancel after the first progress report must end the export within this. */
const CANCEL_BOUND_MS = 5_000;

function bigDeck() {
  const body = Array.from({ length: BIG_SLIDES }, (_, i) => `## 第${i + 1}页\n\n- 坚持稳中求进 ${i}\n\nNote:\n讲稿 ${i}`).join('\n\n---\n\n');
  return parseDeck(`---\ntitle: 两万页\n---\n\n${body}\n`).deck;
}

const rank = (p: JobProgress) => (p.phase === 'slides' ? 0 : 1) * 1e9 + p.done;

function withBound<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => (t = setTimeout(() => reject(new Error(`${what}: still running after ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(t));
}

export async function runBigExports(): Promise<CaseResult[]> {
  const deck = bigDeck();
  const out: CaseResult[] = [];

  // 1. The whole export, progress monotonic and complete.
  {
    const seen: JobProgress[] = [];
    const t0 = Date.now();
    try {
      const bytes = await withBound(exportPptx(deck, undefined, { progress: (p) => seen.push(p) }), FULL_BOUND_MS, 'pptx export');
      const problems: string[] = [];
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) problems.push('not a zip');
      if (seen.length < 10) problems.push(`only ${seen.length} progress reports`);
      for (let i = 1; i < seen.length; i++) if (rank(seen[i]!) < rank(seen[i - 1]!)) problems.push(`progress went back at report ${i}`);
      const last = seen.at(-1);
      if (!last || last.phase !== 'package' || last.done !== BIG_SLIDES) problems.push('progress did not reach the end');
      out.push({ ok: problems.length === 0, name: 'pptx-20k-slides', detail: problems.join('; ') || `${seen.length} reports, ${Math.round((Date.now() - t0) / 1000)} s` });
    } catch (e) {
      out.push({ ok: false, name: 'pptx-20k-slides', detail: String(e) });
    }
  }

  // 2. Cancelled after the first progress report.
  {
    const ctl = new AbortController();
    let cancelledAt = 0;
    try {
      await withBound(
        exportPptx(deck, undefined, {
          signal: ctl.signal,
          progress: () => {
            if (!cancelledAt) {
              cancelledAt = Date.now();
              ctl.abort();
            }
          },
        }),
        FULL_BOUND_MS,
        'cancelled pptx export',
      );
      out.push({ ok: false, name: 'pptx-20k-cancel', detail: 'finished although cancelled' });
    } catch (e) {
      const after = Date.now() - cancelledAt;
      const cancelled = (e as { code?: string }).code === 'CANCELLED';
      out.push({
        ok: cancelled && cancelledAt > 0 && after <= CANCEL_BOUND_MS,
        name: 'pptx-20k-cancel',
        detail: cancelled ? `stopped ${after} ms after the cancel` : String(e),
      });
    }
  }
  return out;
}
