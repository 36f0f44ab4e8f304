/**
 * The study-session operations of the host contract, on the deck library: the
 * same path checks, atomic save, per-file lock, version check and backups as a
 * deck (Library.read/write/create), plus one rule of their own: the text must be
 * a session file core's parser reads without a problem, so the library never
 * holds a session the app itself would choke on.
 */
import { HostError, type ServiceTable } from '../core/contract';
import { parseSession, SESSION_SUFFIX } from '../core/session';
import type { Library } from './library';

function checkText(text: string): void {
  const { diagnostics } = parseSession(text);
  const first = diagnostics[0];
  if (!first) return;
  throw new HostError('BAD_SESSION', {
    zh: `学习会文件有误，未保存：${diagnostics.map((d) => d.message.zh).join('；')}`,
    en: `The session file has problems and was not saved: ${diagnostics.map((d) => d.message.en).join('; ')}`,
  });
}

export function sessionServices(library: Library): Pick<ServiceTable, 'session/read' | 'session/write' | 'session/create'> {
  return {
    'session/read': (ref) => library.read(ref),
    'session/write': async (a) => {
      checkText(a.text);
      return library.write(a.ref, a.text, a.expectedVersion);
    },
    'session/create': async (a) => {
      checkText(a.text);
      return library.create(a.name, a.text, SESSION_SUFFIX);
    },
  };
}
