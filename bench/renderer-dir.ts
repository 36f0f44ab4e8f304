import { join, resolve } from 'node:path';

/**
 * The built renderer the browser benches serve: out/renderer, or BENCH_RENDERER to time
 * another build (a copy of out/renderer from before a change) back to back with this one
 * on a shared, busy machine.
 */
export function rendererDir(): string {
  return process.env.BENCH_RENDERER ?? join(resolve(import.meta.dirname, '..'), 'out', 'renderer');
}
