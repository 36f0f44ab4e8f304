/**
 * Screens and dialogs the library screen does not show at start, loaded when first
 * needed: the editor (CodeMirror, dnd-kit), presenting (reveal.js), the export dialog
 * (docx, pptxgenjs), the import review, the shortcuts help. The first screen's
 * JavaScript stays small (bench: app.first_screen_kb); each of these is one more
 * local file read when the user gets there.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { EditorScreen as EditorComponent, EditorScreenProps } from './editor/EditorScreen';

let loadedEditor: typeof EditorComponent | null = null;
const loadEditor = () => import('./editor/EditorScreen').then((m) => (loadedEditor = m.EditorScreen));
const LazyEditor = lazy(() => loadEditor().then((c) => ({ default: c })));

/**
 * The editor. Once its code is in (preloadEditor) it renders at once: a lazy component
 * suspends on its first render whatever the state of its import, and React 19 holds
 * content that replaces a Suspense fallback until 300 ms after the fallback showed —
 * a window opening on a deck would wait that long for its first slide.
 */
export function EditorScreen(props: EditorScreenProps) {
  // Chosen once per mount: switching from the lazy path to the direct one would remount the editor.
  const [Loaded] = useState(() => loadedEditor);
  return Loaded ? <Loaded {...props} /> : <LazyEditor {...props} />;
}

/** Loads the editor's code now (the window opens on a deck); resolves when it is in, or failed (the lazy path reports it). */
export const preloadEditor = (): Promise<void> => loadEditor().then(() => undefined, () => undefined);
export const PresentScreen = lazy(() => import('./present/PresentScreen').then((m) => ({ default: m.PresentScreen })));
export const PresenterScreen = lazy(() => import('./present/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));
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
