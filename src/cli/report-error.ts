/**
 * One place that turns any failure into a readable message and exit code 1.
 * Users of the CLI are not developers: they get the Chinese message (and the
 * English one), never a stack trace. BRIEFING_DEBUG=1 shows the stack.
 */
import { ImportError } from '../core/article/errors';

export function reportError(e: unknown): void {
  if (e instanceof ImportError) {
    process.stderr.write(`错误：${e.message.zh}\nError: ${e.message.en}\n`);
  } else {
    const msg = e instanceof Error ? e.message : String(e);
    const code = (e as { code?: string } | null)?.code;
    if (code === 'ENOENT') process.stderr.write(`错误：找不到文件。\nError: file not found. (${msg})\n`);
    else if (code === 'EISDIR') process.stderr.write(`错误：这是一个文件夹，请指定文件。\nError: that is a folder, not a file.\n`);
    else process.stderr.write(`错误：${msg}\nError: ${msg}\n`);
  }
  if (process.env.BRIEFING_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  process.exitCode = 1;
}
