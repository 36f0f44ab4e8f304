/**
 * Sessions on disk for the command line: a session file read with the decks it
 * names (beside it, or among the app's built-in decks), or several deck files put
 * together as a session on the spot. Core makes the one combined deck of them.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseDeck, type Deck } from '../core/deck';
import { parseSession, sessionDeck, type Session, type SessionDeckInput, type SessionDiagnostic } from '../core/session';

export interface LoadedSession {
  session: Session;
  /** The combined deck: agenda, each deck with its divider, closing. */
  deck: Deck;
  /** Folder the combined deck's relative picture paths start from. */
  baseDir: string;
  /** Problems found (bad entries, decks that could not be read), each in both languages. */
  warnings: Array<{ zh: string; en: string }>;
}

const warn = (d: SessionDiagnostic) => d.message;

async function readDecks(session: Session, baseDir: string, builtinDir: string, warnings: LoadedSession['warnings']): Promise<SessionDeckInput[]> {
  const inputs: SessionDeckInput[] = [];
  for (const item of session.items) {
    const file = resolve(item.root === 'builtin' ? builtinDir : baseDir, item.path);
    try {
      const parsed = parseDeck(await readFile(file, 'utf8'));
      inputs.push({ item, deck: parsed.deck });
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? '找不到文件 / file not found' : String(e);
      warnings.push({ zh: `读不到演示稿“${item.path}”：${why}`, en: `cannot read the deck "${item.path}": ${why}` });
      inputs.push({ item, deck: null });
    }
  }
  return inputs;
}

/** A `.session.md` file and its decks. */
export async function loadSessionFile(path: string, builtinDir: string): Promise<LoadedSession> {
  const { session, diagnostics } = parseSession(await readFile(path, 'utf8'));
  const warnings = diagnostics.map(warn);
  const baseDir = dirname(resolve(path));
  const inputs = await readDecks(session, baseDir, builtinDir, warnings);
  return { session, deck: sessionDeck(session, inputs), baseDir, warnings };
}

/** The deepest folder holding every path. */
export function commonDir(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(resolve(p)).split(sep));
  const first = parts[0] ?? [resolve('.')];
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/** A session made of deck files on the spot, paths relative to `baseDir` (default: their common folder). */
export function sessionOfDecks(title: string, deckPaths: readonly string[], baseDir = commonDir(deckPaths), meta: Omit<Session['meta'], 'title'> = {}, minutes: readonly number[] = []): Session {
  return {
    meta: { title, ...meta },
    items: deckPaths.map((p, i) => ({
      path: relative(baseDir, resolve(p)).split(sep).join('/'),
      ...(minutes[i] ? { minutes: minutes[i] } : {}),
    })),
    body: '',
  };
}

/** Several deck files presented (and filed) as one. */
export async function loadDecksAsSession(title: string, deckPaths: readonly string[], builtinDir: string): Promise<LoadedSession> {
  const baseDir = commonDir(deckPaths);
  const session = sessionOfDecks(title, deckPaths, baseDir);
  const warnings: LoadedSession['warnings'] = [];
  const inputs = await readDecks(session, baseDir, builtinDir, warnings);
  return { session, deck: sessionDeck(session, inputs), baseDir, warnings };
}
