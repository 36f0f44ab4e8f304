/**
 * The browser edition's adapter: POST /api/<op> with the run's token. The token
 * arrives in the page URL (?token=…); it is kept in sessionStorage so a reload
 * of a hash route still works, and removed from the visible address.
 */
import type { OperationName } from '../../core/contract-channels';
import type { Envelope } from '../../core/contract';
import { buildHostApi, type Host } from './host';
import { bytesToBase64, base64ToBytes } from '../../core/base64';
import { ARTICLE_EXTENSIONS } from '../../core/article/detect-format';

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('briefing-token', fromUrl);
    // Off the address bar (and out of history, bookmarks, screenshots and shoulder surfing);
    // the hash route stays as it was.
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem('briefing-token') ?? '';
}


/** A browser has no native dialogs for the page: use a file input and a download link. */
const browserOps: Partial<Record<OperationName, (args: unknown[]) => Promise<Envelope>>> = {
  'file/openArticle': () =>
    new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = [...ARTICLE_EXTENSIONS.map((e) => `.${e}`), 'text/plain', 'text/markdown', 'text/html', 'application/pdf'].join(',');
      // Kept in the document until it answers: a detached input can be collected before the file arrives.
      input.hidden = true;
      document.body.appendChild(input);
      const done = (value: Envelope) => {
        input.remove();
        resolve(value);
      };
      input.onchange = async () => {
        const file = input.files?.[0];
        if (!file) return done({ ok: true, value: null });
        const bytes = new Uint8Array(await file.arrayBuffer());
        done({ ok: true, value: { name: file.name, base64: bytesToBase64(bytes) } });
      };
      input.oncancel = () => done({ ok: true, value: null });
      input.click();
    }),
  'file/saveBytes': async (args) => {
    const a = args[0] as { suggestedName: string; base64: string };
    const blob = new Blob([base64ToBytes(a.base64) as BlobPart]);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = a.suggestedName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { ok: true, value: { path: a.suggestedName, name: a.suggestedName } };
  },
};

export function webHost(): Host {
  const token = takeToken();
  return {
    kind: 'web',
    api: buildHostApi(async (op: OperationName, args) => {
      const local = browserOps[op];
      if (local) return local(args);
      let res: Response;
      try {
        res = await fetch(`/api/${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': token },
          body: JSON.stringify(args),
        });
      } catch {
        return { ok: false, error: { code: 'OFFLINE', message: { zh: '无法连接本机服务，请确认简报工坊仍在运行。', en: 'Cannot reach the local service: is Briefing Studio still running?' } } };
      }
      try {
        return await res.json();
      } catch {
        return { ok: false, error: { code: `HTTP_${res.status}`, message: { zh: `服务返回错误 ${res.status}`, en: `Service error ${res.status}` } } };
      }
    }),
    onMenuCommand: () => () => {},
  };
}
