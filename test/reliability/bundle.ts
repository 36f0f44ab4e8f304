/**
 * Bundle a TypeScript entry (and the app modules it imports) into one .mjs with
 * esbuild, so child processes start as plain `node file.mjs`: starting each of
 * 200+ killed children through a TypeScript loader would cost seconds apiece on
 * the 2-core build machines. esbuild comes with tsx, a dependency of the app.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The node arguments that run `entry`: the bundle when esbuild is at hand, else the
 * TypeScript file through tsx (slower to start, same behaviour).
 */
export async function childArgs(entry: string): Promise<string[]> {
  try {
    return [await bundle(entry)];
  } catch {
    return ['--import', 'tsx', entry];
  }
}

export async function bundle(entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  const outdir = mkdtempSync(join(tmpdir(), 'reliability-bundle-'));
  await esbuild.build({
    entryPoints: { child: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Dynamic imports become separate chunks, loaded only by the modes that need them.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return join(outdir, 'child.mjs');
}
