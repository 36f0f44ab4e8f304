/**
 * One editor session: the store, document I/O and the command list, made once
 * per screen, plus the effects that tie them to the window — loading on a route
 * change, autosave of drafts, watching the file for outside changes, the
 * unsaved-changes prompt, the window title, Electron's menu and the keys.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { App as AntApp } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { serializeDeck } from '../../core/deck';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { presentRoute } from '../present/routes';
import { openPresenterView } from '../present/start-presenting';
import { isDirty } from './document';
import { useAutosave } from './use-autosave';
import { useFileWatch } from './use-file-watch';
import { useEditorKeys } from './use-editor-keys';
import { createEditorStore, useSyncedEditor } from './state/store';
import { createDocIO, routeOfTarget, type EditorTarget } from './state/doc-io';
import { takePrefetchedDeck } from './deck-prefetch';
import { commandOfMenu, editorCommands, runCommand, type CommandId } from './state/commands';
import { deckOf, setUi } from './state/editor-state';

export interface SessionProps {
  target: EditorTarget;
  onNavigate(route: string): void;
  onBack(): void;
}

export function useEditorSession({ target, onNavigate, onBack }: SessionProps) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const props = useRef({ onNavigate, onBack, t, i18n, message });
  props.current = { onNavigate, onBack, t, i18n, message };
  const listRef = useRef<HTMLDivElement | null>(null);
  const notesRef = useRef<TextAreaRef>(null);
  const canvasBox = useRef<HTMLDivElement | null>(null);

  const session = useMemo(() => {
    const store = createEditorStore();
    const p = () => props.current;
    const errorText = (e: unknown) => (e instanceof HostCallError ? messageIn(p().i18n.language, e.messages) : String(e));
    const io = createDocIO(store, () => getHost().api, {
      untitled: () => p().t('editor.untitled'),
      saved: () => void p().message.success(p().t('editor.saved')),
      savedAs: (name) => void p().message.success(p().t('editor.savedAs', { name })),
      failed: (kind, e) => void p().message.error(kind === 'save' ? p().t('editor.saveFailed', { message: errorText(e) }) : errorText(e)),
      errorText,
      back: () => p().onBack(),
      navigate: (route) => p().onNavigate(route),
      nextFrame: () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))),
      earlyRead: takePrefetchedDeck,
    });
    /**
     * The show reads the file: unsaved edits are saved first (a shipped deck goes through Save As).
     * With the presenter view, a saved deck opens its window in the click's own turn (a browser lets
     * a page open a window only right after a click), so nothing is awaited before it.
     */
    const present = async (from: 'start' | 'current' | 'presenter') => {
      const { doc } = store.get();
      if (!doc) return;
      if (isDirty(doc) || !doc.ref) {
        void p().message.info(p().t('editor.presentSaveFirst'));
        if (!(await io.save())) return;
      }
      const ref = store.get().doc?.ref;
      if (!ref) return;
      const at = from === 'start' ? 0 : store.get().selection.current;
      if (from === 'presenter') void openPresenterView(ref, at).catch(() => {});
      p().onNavigate(presentRoute(ref, at + 1));
    };
    const focusCanvas = () => canvasBox.current?.querySelector<HTMLElement>('.editable-field')?.focus();
    const commands = editorCommands({
      store,
      io,
      present: (c) => void present(c ? 'current' : 'start'),
      presenter: () => void present('presenter'),
      focus: (w) => (w === 'slides' ? listRef.current?.focus() : w === 'notes' ? notesRef.current?.focus() : focusCanvas()),
    });
    const run = (id: CommandId) => runCommand(commands, store, id);
    const back = () => (store.get().doc && isDirty(store.get().doc!) ? store.update((s) => setUi(s, { dialog: { kind: 'close' } })) : p().onBack());
    return { store, io, commands, run, back, focusCanvas, errorText };
  }, []);
  const { store, io, commands } = session;

  const routeKey = routeOfTarget(target);
  useEffect(() => {
    if (!io.isOwnRoute(routeKey)) void io.load(target);
  }, [routeKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const doc = useSyncedEditor(store, (s) => s.doc);
  const ignored = useSyncedEditor(store, (s) => s.ui.ignored);
  const deck = doc?.hist.present.deck ?? null;
  const dirty = !!doc && isDirty(doc);

  // Serialise every slide once while the user looks at the first one, so the first keystroke does not pay for it.
  useEffect(() => {
    const d = deckOf(store.get());
    if (!d) return;
    const id = requestIdleCallback(() => serializeDeck(d));
    return () => cancelIdleCallback(id);
  }, [doc?.saved]); // eslint-disable-line react-hooks/exhaustive-deps

  useFileWatch(doc?.ref ?? null, doc?.version ?? null, (v) => {
    if (v !== ignored) store.update((s) => setUi(s, { outside: v }));
  });

  const autosave = useAutosave({
    key: doc?.draftKey ?? 'none',
    ref: doc?.ref ?? null,
    baseVersion: doc?.version ?? null,
    dirty,
    text: () => {
      const d = deckOf(store.get());
      return d ? serializeDeck(d) : '';
    },
    revision: deck,
  });

  // Closing the window or reloading with unsaved changes: the browser (and Electron) asks.
  useEffect(() => {
    if (!dirty) return;
    const on = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', on);
    return () => window.removeEventListener('beforeunload', on);
  }, [dirty]);

  // Window title: the deck's title with a dirty marker.
  useEffect(() => {
    if (!deck) return;
    document.title = `${dirty ? '● ' : ''}${deck.meta.title || t('editor.untitled')} — ${t('app.name')}`;
  }, [deck?.meta.title, dirty, t]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => void (document.title = t('app.name')), [t]);

  useEditorKeys(commands, store.get);
  // Electron's application menu runs the same commands as the keys.
  useEffect(
    () =>
      getHost().onMenuCommand((cmd) => {
        const id = commandOfMenu(cmd);
        if (id) session.run(id);
      }),
    [session],
  );

  return { ...session, listRef, notesRef, canvasBox, draftSavedMs: autosave.savedMs, draftFailed: autosave.failed };
}
