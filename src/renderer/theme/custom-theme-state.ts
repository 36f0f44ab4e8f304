/**
 * The unit's own slide theme in this window: read once from the host, its CSS put in
 * one <style> element (so the editor canvas, thumbnails, the show and the presenter
 * all use it like a built-in theme file), and swapped live while the settings screen
 * edits it (preview) or after a save. Components read it with useCustomTheme();
 * useShownTheme() tells a surface which theme class to use: a deck naming 'custom'
 * on a machine without the theme is shown in the default theme.
 */
import { useSyncExternalStore } from 'react';
import type { CustomTheme } from '../../core/theme/custom-theme';
import { customThemeCss } from '../../core/theme/custom-theme-css';
import { DEFAULT_THEME } from '../../core/deck/front-matter';
import type { ThemeName } from '../../core/deck';
import { getHost } from '../host';

interface State {
  /** false until the host answered (or failed). */
  loaded: boolean;
  saved: CustomTheme | null;
  /** An unsaved edit being previewed by the settings screen. */
  preview: CustomTheme | null;
}

let state: State = { loaded: false, saved: null, preview: null };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

function set(next: Partial<State>): void {
  state = { ...state, ...next };
  applyCss();
  for (const l of listeners) l();
}

const STYLE_ID = 'custom-slide-theme';
let shownCss = '';
function applyCss(): void {
  if (typeof document === 'undefined') return;
  const theme = state.preview ?? state.saved;
  const css = theme ? customThemeCss(theme) : '';
  if (css === shownCss) return;
  shownCss = css;
  let el = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!el) {
    el = document.createElement('style');
    el.id = STYLE_ID;
    document.head.appendChild(el);
  }
  el.textContent = css;
}

/** Read the theme from the host (once per window; again with `force` after another window changed it). */
export function loadCustomTheme(force = false): Promise<void> {
  if (loading && !force) return loading;
  loading = getHost()
    .api.theme.get()
    .then(
      (saved) => set({ loaded: true, saved }),
      () => set({ loaded: true, saved: null }),
    );
  return loading;
}

export function customThemeSaved(saved: CustomTheme | null): void {
  set({ loaded: true, saved, preview: null });
}

export function previewCustomTheme(preview: CustomTheme | null): void {
  set({ preview });
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useCustomTheme(): State {
  return useSyncExternalStore(subscribe, () => state);
}

/** The theme class a surface shows for a deck's theme, and whether the deck's own theme is missing here. */
export function shownTheme(theme: ThemeName, s: State): { theme: ThemeName; missing: boolean } {
  if (theme !== 'custom') return { theme, missing: false };
  if (s.preview || s.saved) return { theme, missing: false };
  return { theme: DEFAULT_THEME, missing: s.loaded };
}

export function useShownTheme(theme: ThemeName): ThemeName {
  const s = useCustomTheme();
  if (theme === 'custom') void loadCustomTheme();
  return shownTheme(theme, s).theme;
}
