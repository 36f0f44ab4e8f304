/**
 * Electron's security checklist, applied in one place: window preferences, the
 * session (CSP, permission denial, no remote requests) and every web contents
 * (no navigation, no new windows, no webviews).
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CSP } from '../core/csp';

export function secureWebPreferences(preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click on a link would otherwise ask for a new window; the window-open
    // handler denies it too, this stops it one step earlier (Electronegativity AUXCLICK).
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Schemes the app's own pages may load from; everything else (http, https, ws, ftp…) is cancelled. */
export function isAllowedRequest(url: string, devServerOrigin: string | null): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'app:' || u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:') return true;
    if (devServerOrigin && u.origin === devServerOrigin) return true;
    return false;
  } catch {
    return false;
  }
}

export function hardenSession(session: Session, devServerOrigin: string | null, log: (l: string) => void): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const ok = isAllowedRequest(details.url, devServerOrigin);
    if (!ok) log(`blocked request: ${details.url}`);
    callback({ cancel: !ok });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}

export function hardenWebContents(contents: WebContents, isOwnUrl: (url: string) => boolean, log: (l: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) {
      event.preventDefault();
      log(`blocked navigation: ${url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked window.open: ${url}`);
    return { action: 'deny' };
  });
}
