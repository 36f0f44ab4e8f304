/**
 * Screens and dialogs the library screen does not show at start, loaded when first
 * needed: the editor (CodeMirror, dnd-kit), presenting (reveal.js), the export dialog
 * (docx, pptxgenjs), the import review, the shortcuts help. The first screen's
 * JavaScript stays small (bench: app.first_screen_kb); each of these is one more
 * local file read when the user gets there.
 */
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { editorTarget } from './app-routes';
import { parsePresentRoute } from './present/routes';
import { isSessionPath } from '../core/session/model';

/**
 * A screen whose code can be asked for ahead (the window opens on it). Once the code is
 * in, it renders at once: a lazy component suspends on its first render whatever the
 * state of its import, and React 19 holds content that replaces a Suspense fallback
 * until 300 ms after the fallback showed — a window opening on a deck or a show would
 * wait that long for its first slide. The second value loads the code and resolves
 * when it is in (or failed: the lazy path then reports it).
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): [ComponentType<P>, () => Promise<void>] {
  let loaded: ComponentType<P> | null = null;
  const get = () => load().then((c) => (loaded = c));
  const Lazy = lazy(() => get().then((c) => ({ default: c })));
  function Screen(props: P) {
    // Chosen once per mount: switching from the lazy path to the direct one would remount the screen.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return [Screen, () => get().then(() => undefined, () => undefined)];
}

export const [EditorScreen, preloadEditor] = preloadable(() => import('./editor/EditorScreen').then((m) => m.EditorScreen));
export const [PresentScreen, preloadPresent] = preloadable(() => import('./present/PresentScreen').then((m) => m.PresentScreen));
export const [PresenterScreen, preloadPresenter] = preloadable(() => import('./present/PresenterScreen').then((m) => m.PresenterScreen));

/** Loads the code of the screen `route` opens on, when it is the editor or a show (null otherwise). */
export function preloadStartScreen(route: string): Promise<void> | null {
  const show = parsePresentRoute(route);
  if (show) return show.kind === 'present' ? preloadPresent() : preloadPresenter();
  const target = editorTarget(route);
  // A study session opens in its own screen, not the editor.
  if (target && !(target.kind === 'deck' && isSessionPath(target.ref.path))) return preloadEditor();
  return null;
}
export const ExportDialog = lazy(() => import('./export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
export const ShortcutsHelp = lazy(() => import('./help/ShortcutsHelp').then((m) => ({ default: m.ShortcutsHelp })));
export const SessionScreen = lazy(() => import('./session/SessionScreen').then((m) => ({ default: m.SessionScreen })));
export const NewSessionDialog = lazy(() => import('./session/NewSessionDialog').then((m) => ({ default: m.NewSessionDialog })));
export const ThemeSettingsDialog = lazy(() => import('./theme/ThemeSettingsDialog').then((m) => ({ default: m.ThemeSettingsDialog })));
export const ImportReview = lazy(() => import('./import/ImportReview').then((m) => ({ default: m.ImportReview })));

/** Shows nothing while a lazy piece loads (a local file: a few milliseconds). */
export function Later({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return <Suspense fallback={fallback}>{children}</Suspense>;
}
