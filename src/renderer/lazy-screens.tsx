/**
 * Screens and dialogs the library screen does not show at start, loaded when first
 * needed: the editor (CodeMirror, dnd-kit), presenting (reveal.js), the export dialog
 * (docx, pptxgenjs), the import review, the shortcuts help. The first screen's
 * JavaScript stays small (bench: app.first_screen_kb); each of these is one more
 * local file read when the user gets there.
 */
import { lazy, Suspense, type ReactNode } from 'react';

export const EditorScreen = lazy(() => import('./editor/EditorScreen').then((m) => ({ default: m.EditorScreen })));
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
