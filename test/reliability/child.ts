/**
 * The process the crash harness kills. Bundled once by bundle.ts into a plain .mjs
 * so each of the hundreds of trials starts in tens of milliseconds. Modes:
 *
 *   atomic <file> <a> <b>   save the bytes of file a, then b, then a … to <file> with
 *                           writeFileAtomic({ backup: true }) until killed
 *   drafts <dir> <a> <b>    the same through DraftStore.save (the editor's autosave)
 *   server <lib> <data>     the browser edition's server on 127.0.0.1:0, real services;
 *                           prints "port token" and serves until killed
 *
 * Each mode prints "ready" (or the port line) once it is about to start writing,
 * so the parent's random delay starts counting from real work, not from start-up.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { writeFileAtomic } from '../../src/node/atomic-write';

const [mode, target, a, b] = process.argv.slice(2);

async function main(): Promise<void> {
  if (mode === 'atomic' || mode === 'drafts') {
    const versions = [readFileSync(a!), readFileSync(b!)];
    // Loaded only when needed: the bundle is split, so the atomic mode starts fastest.
    const drafts = mode === 'drafts' ? new (await import('../../src/node/drafts')).DraftStore(target!) : null;
    const texts = versions.map((v) => v.toString('utf8'));
    process.stdout.write('ready\n');
    for (let i = 0; ; i++) {
      if (drafts) await drafts.save({ key: 'user:演示稿.md', text: texts[i % 2]!, ref: { root: 'user', path: '演示稿.md' }, baseVersion: null });
      else await writeFileAtomic(target!, versions[i % 2]!, { backup: true });
    }
  }
  if (mode === 'server') {
    mkdirSync(target!, { recursive: true });
    const { createServices } = await import('../../src/node/services');
    const { startWebServer } = await import('../../src/server/server');
    const services = createServices({ roots: { builtin: target!, user: target! }, dataDir: a!, host: 'web', version: 'crash' });
    const server = await startWebServer({ services, staticDir: target!, port: 0, ratePerSecond: 100_000 });
    process.stdout.write(`${server.port} ${server.token}\n`);
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
