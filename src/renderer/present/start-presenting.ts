/**
 * Opening the presenter view. Electron's main process refuses window.open, so
 * there the presenter window comes from main (contract 'present/openPresenter'),
 * which also places it on the second display. The browser edition opens a
 * second window itself; the two find each other over BroadcastChannel.
 */
import type { DeckRef } from '../../core/contract';
import { getHost } from '../host';
import { presenterRoute } from './routes';

export async function openPresenterView(ref: DeckRef, indexh: number): Promise<void> {
  const host = getHost();
  if (host.kind === 'electron') {
    await host.api.present.openPresenter({ ref, indexh });
    return;
  }
  // Not noopener: the new window must share this one's sessionStorage (the server token).
  window.open(`#${encodeURI(presenterRoute(ref, indexh))}`, 'briefing-presenter', 'popup,width=1280,height=800');
}

/** Full screen for the slides: Electron's main does it (the page may not), the browser asks the page. */
export async function setPresentFullScreen(on: boolean): Promise<void> {
  const host = getHost();
  if (host.kind === 'electron') {
    await host.api.present.setFullScreen(on).catch(() => {});
    return;
  }
  try {
    if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen();
    if (!on && document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Without a recent user gesture the browser refuses; F (reveal.js) or F11 still work.
  }
}
