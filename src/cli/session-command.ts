/**
 * `briefing session new <title> <deck.md>… -o file [--date … --place … --unit …
 * --minutes 20,15]`: a 学习会 file naming the decks in order, their paths written
 * relative to the session file so the folder can be moved or copied whole.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CAC } from 'cac';
import { parseDeck } from '../core/deck';
import { MAX_MINUTES, SESSION_SUFFIX, deckPathProblem, parseSession, serializeSession, sessionMinutes } from '../core/session';
import { sessionOfDecks } from '../node/session-files';

export interface SessionNewFlags {
  out?: string;
  o?: string;
  date?: string;
  place?: string;
  unit?: string;
  /** Minutes per deck, in order: "20,15,10". */
  minutes?: string | number;
  force?: boolean;
}

const cleanName = (s: string) => s.replace(/[\\/:*?"<>|]/gu, ' ').replace(/\s+/gu, ' ').trim() || '学习会';

export function parseMinutes(v: string | number | undefined, count: number): number[] {
  if (v === undefined) return [];
  const list = String(v).split(/[,，\s]+/u).filter(Boolean).map(Number);
  for (const m of list) {
    if (!Number.isInteger(m) || m < 1 || m > MAX_MINUTES) throw new Error(`--minutes 应为 1–${MAX_MINUTES} 的整数分钟，用逗号分隔 / --minutes takes whole minutes 1–${MAX_MINUTES}, comma separated`);
  }
  if (list.length > count) throw new Error(`--minutes 给了 ${list.length} 个时长，但只有 ${count} 个演示稿 / more minutes than decks`);
  return list;
}

export async function newSessionFile(title: string, decks: readonly string[], flags: SessionNewFlags): Promise<{ path: string; decks: number; minutes: number }> {
  if (!title.trim()) throw new Error('请给出学习会标题 / give the session a title');
  if (decks.length === 0) throw new Error('请至少给出一个演示稿 / name at least one deck');
  let out = flags.out ?? flags.o ?? `${cleanName(title)}${SESSION_SUFFIX}`;
  if (!out.toLowerCase().endsWith(SESSION_SUFFIX)) out = out.replace(/\.md$/iu, '') + SESSION_SUFFIX;
  out = resolve(out);
  for (const d of decks) {
    const { diagnostics } = parseDeck(await readFile(d, 'utf8').catch(() => {
      throw new Error(`读不到演示稿“${d}” / cannot read the deck "${d}"`);
    }));
    if (diagnostics.some((x) => /title/.test(x.message.en))) process.stderr.write(`警告：${d} 没有标题 / ${d} has no title\n`);
  }
  const session = sessionOfDecks(
    title.trim(),
    decks,
    dirname(out),
    {
      ...(flags.date !== undefined ? { date: String(flags.date) } : {}),
      ...(flags.place !== undefined ? { place: String(flags.place) } : {}),
      ...(flags.unit !== undefined ? { unit: String(flags.unit) } : {}),
    },
    parseMinutes(flags.minutes, decks.length),
  );
  for (const it of session.items) {
    const problem = deckPathProblem(it.path);
    if (problem) throw new Error(`演示稿须在学习会文件所在文件夹之内：${problem.zh} / decks must sit in the session file's folder: ${problem.en}`);
  }
  if (!flags.force && (await access(out).then(() => true, () => false))) throw new Error(`“${out}”已存在；加 --force 覆盖 / "${out}" exists; add --force to replace it`);
  const text = serializeSession(session);
  // What is written must read back as written: the format's own check.
  const back = parseSession(text);
  if (back.diagnostics.length) throw new Error(back.diagnostics.map((d) => `${d.message.zh} / ${d.message.en}`).join('\n'));
  await writeFile(out, text);
  return { path: out, decks: session.items.length, minutes: sessionMinutes(session) };
}

export function registerSession(cli: CAC): void {
  cli
    .command('session <action> <title> [...decks]', '学习会：new 新建（按顺序列出演示稿）/ study session: new <title> <deck.md>…')
    .option('-o, --out <file>', '学习会文件（默认“<标题>.session.md”）/ session file')
    .option('--date <date>', '日期 / date')
    .option('--place <place>', '地点 / place')
    .option('--unit <unit>', '主办单位 / host unit')
    .option('--minutes <list>', '每个演示稿的时长（分钟），逗号分隔，如 20,15 / minutes per deck')
    .option('--force', '覆盖已有文件 / replace an existing file')
    .example('briefing session new 中心组学习会 slides/01-以实干为民谋福.md slides/02-武进国家高新区.md --minutes 20,15 -o slides/中心组学习会.session.md')
    .action(async (action: string, title: string, decks: string[], flags: SessionNewFlags) => {
      if (action !== 'new') throw new Error(`未知操作“${action}”，目前只有 new / unknown action "${action}": only new`);
      const r = await newSessionFile(title, decks, flags);
      process.stdout.write(`已写入 ${r.path}（${r.decks} 个演示稿${r.minutes ? `，共 ${r.minutes} 分钟` : ''}）\n`);
    });
}
