/** Entry of the hostile-corpus process: one JSON line per event on stdout (see hostile.ts). */
import { runHostile } from './hostile';

const only = process.argv.slice(2);
await runHostile((e) => process.stdout.write(JSON.stringify(e) + '\n'), only.length ? only : undefined);
