/**
 * The slide editor: slide list | canvas over notes | optional side panel (source,
 * original article, coverage), with a toolbar above and a status bar below.
 *
 * Every change goes through `edit(fn, coalesce)`, which records one step in the
 * undo history (history.ts), so the canvas, notes, source view, slide list and
 * find & replace share one Ctrl+Z. Saving, drafts, outside changes and recovery
 * are handled here; the pieces below only report edits.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, App as AntApp, Button, Input, Modal, Result, Spin } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import type { DeckRef } from '../../core/contract';
import type { MenuCommand } from '../../core/contract-channels';
import {
  blankSlide,
  getLayout,
  insertSlide,
  moveSlide,
  parseDeck,
  serializeDeck,
  deleteSlides,
  duplicateSlides,
  insertBlock,
  withoutEmptyItems,
  setLayout as setSlideLayout,
  setNotes,
  type Deck,
  type SlideLayout,
  type ThemeName,
} from '../../core/deck';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { canRedo, canUndo, record, redo, reset, seal, undo } from './history';
import { blankDeck, docFromFile, docNew, fileNameFor, isDirty, type Doc } from './document';
import { draftKeyOf } from './draft-key';
import { takeRestore } from './pending-restore';
import { useAutosave } from './use-autosave';
import { useFileWatch } from './use-file-watch';
import { SlideList, type SelectMode } from './SlideList';
import { SlideCanvas } from './SlideCanvas';
import { NotesEditor } from './NotesEditor';
import { StatusBar } from './StatusBar';
import type { ArticleState } from './ArticlePane';
import { EditorToolbar, type SidePanel } from './EditorToolbar';
import { useEditorKeys } from './use-editor-keys';
import { useFitWidth } from './use-fit-width';
import { useStable } from './use-stable';
import { FindReplacePanel } from '../find/FindReplacePanel';
import { ExportDialog } from '../export/ExportDialog';
import { ShortcutsHelp } from '../help/ShortcutsHelp';
import { SlideFrame } from './SlideFrame';
import { safeSlideBody, sectionProps } from './sanitize';
import { previewOf } from './document';
import { AssetDeck } from './asset-urls';
import { bytesToBase64 } from '../../core/base64';
import { presentRoute } from '../present/routes';
import 'reveal.js/reveal.css';
import '../../../resources/themes/base.css';
import '../../../resources/themes/party-red.css';
import '../../../resources/themes/clean-white.css';
import '../../../resources/themes/deep-blue.css';
import './editor.css';

// CodeMirror and the article importer are big: load them when their panel first opens.
const SourcePane = lazy(() => import('./SourcePane').then((m) => ({ default: m.SourcePane })));
const ArticlePane = lazy(() => import('./ArticlePane').then((m) => ({ default: m.ArticlePane })));

export type EditorTarget = { kind: 'deck'; ref: DeckRef } | { kind: 'new'; id: string };

export const routeOfTarget = (t: EditorTarget) =>
  t.kind === 'deck' ? `/deck/${t.ref.root}/${t.ref.path}` : `/new/${t.id}`;

export interface EditorScreenProps {
  target: EditorTarget;
  onNavigate(route: string): void;
  onBack(): void;
}

type Dialog =
  | { kind: 'saveAs'; name: string; thenBack: boolean }
  | { kind: 'conflict' }
  | { kind: 'close' }
  | { kind: 'restore'; text: string; savedMs: number; stale: boolean }
  | null;

export function EditorScreen({ target, onNavigate, onBack }: EditorScreenProps) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [doc, setDoc] = useState<Doc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set([0]));
  const [anchor, setAnchor] = useState(0);
  const [side, setSide] = useState<SidePanel>(null);
  const [article, setArticle] = useState<ArticleState | null>(null);
  const [articleTab, setArticleTab] = useState<'article' | 'coverage'>('article');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [outside, setOutside] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<string | null>(null);
  const [diagnostics, setDiagnostics] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<Deck | null>(null);
  const [panel, setPanel] = useState<'find' | 'export' | 'help' | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  const notesRef = useRef<TextAreaRef>(null);
  const canvasBox = useRef<HTMLDivElement | null>(null);
  /** The route this screen navigated to itself (after Save As): nothing to reload. */
  const selfRoute = useRef<string | null>(null);

  const routeKey = routeOfTarget(target);

  // ---- loading --------------------------------------------------------------
  useEffect(() => {
    if (selfRoute.current === routeKey) {
      selfRoute.current = null;
      return;
    }
    let alive = true;
    setDoc(null);
    setPreview(null);
    setError(null);
    setCurrent(0);
    setSelected(new Set([0]));
    setOutside(null);
    setIgnored(null);
    const host = getHost().api;
    (async () => {
      if (target.kind === 'new') {
        const fresh = docNew(target.id, blankDeck(t('editor.untitled')));
        const draft = await host.draft.load(fresh.draftKey).catch(() => null);
        if (!alive) return;
        setDoc(
          draft
            ? { ...fresh, hist: reset(fresh.hist, { deck: parseDeck(draft.text).deck, at: 0 }) }
            : fresh,
        );
        takeRestore(fresh.draftKey);
        return;
      }
      const file = await host.deck.read(target.ref);
      // Show the first slide at once; parsing a 500-slide deck takes a moment longer.
      setPreview(previewOf(file.text));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (!alive) return;
      const next = docFromFile(file.ref, file.text, file.version, file.readOnly);
      const draft = await host.draft.load(next.draftKey).catch(() => null);
      if (!alive) return;
      setDoc(next);
      void rememberRecent(file.ref);
      if (draft && draft.text !== file.text && draft.text !== serializeDeck(next.saved!)) {
        if (takeRestore(next.draftKey)) restoreDraft(draft.text);
        else
          setDialog({
            kind: 'restore',
            text: draft.text,
            savedMs: draft.savedMs,
            stale: draft.baseVersion !== file.version,
          });
      }
    })().catch(
      (e) =>
        alive &&
        setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)),
    );
    return () => {
      alive = false;
    };
  }, [routeKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const deck = doc?.hist.present.deck ?? null;
  const dirty = !!doc && isDirty(doc);


  // Serialise every slide once while the user looks at the first one, so the first
  // keystroke does not pay for it.
  useEffect(() => {
    if (!deck) return;
    const id = requestIdleCallback(() => serializeDeck(deck));
    return () => cancelIdleCallback(id);
  }, [doc?.saved]); // eslint-disable-line react-hooks/exhaustive-deps

  // ---- editing ----------------------------------------------------------------
  const edit = useCallback((fn: (d: Deck) => Deck, coalesce: string | null = null, at?: number) => {
    setDoc((d) => {
      if (!d) return d;
      const next = fn(d.hist.present.deck);
      if (next === d.hist.present.deck) return d;
      return {
        ...d,
        hist: record(d.hist, { deck: next, at: at ?? currentRef.current }, { coalesce }),
      };
    });
  }, []);
  const currentRef = useRef(current);
  currentRef.current = current;

  const restoreDraft = (draftText: string) => {
    const restored = parseDeck(draftText).deck;
    edit(() => restored, null, 0);
  };

  const select = useCallback(
    (index: number, mode: SelectMode = 'one') => {
      setCurrent(index);
      if (mode === 'toggle') {
        setSelected((s) => {
          const n = new Set(s);
          if (n.has(index) && n.size > 1) n.delete(index);
          else n.add(index);
          return n;
        });
        setAnchor(index);
      } else if (mode === 'range') {
        const [a, b] = anchor < index ? [anchor, index] : [index, anchor];
        setSelected(new Set(Array.from({ length: b - a + 1 }, (_, k) => a + k)));
      } else {
        setSelected(new Set([index]));
        setAnchor(index);
      }
      setDoc((d) => (d ? { ...d, hist: seal(d.hist) } : d));
    },
    [anchor],
  );

  // Keep the selection inside the deck after deletions, undo, source edits.
  useEffect(() => {
    if (!deck) return;
    const n = deck.slides.length;
    if (current > n - 1) setCurrent(Math.max(0, n - 1));
    setSelected((s) => {
      const kept = [...s].filter((i) => i < n);
      return kept.length === s.size
        ? s
        : new Set(kept.length ? kept : [Math.max(0, Math.min(current, n - 1))]);
    });
  }, [deck, current]);

  const step = (dir: 'undo' | 'redo') => {
    setDoc((d) => {
      if (!d || !(dir === 'undo' ? canUndo(d.hist) : canRedo(d.hist))) return d;
      const where = dir === 'undo' ? d.hist.present.at : d.hist.future[0]!.at;
      const hist = dir === 'undo' ? undo(d.hist) : redo(d.hist);
      const n = hist.present.deck.slides.length;
      const at = Math.max(0, Math.min(where, n - 1));
      setCurrent(at);
      setSelected(new Set([at]));
      return { ...d, hist };
    });
  };

  const targets = () => [...selected].sort((a, b) => a - b);
  const slideOps = {
    insert: () => {
      const at = current + 1;
      edit((d) => insertSlide(d, at, blankSlide()), null, at);
      select(at);
    },
    duplicate: () => {
      if (!deck?.slides.length) return;
      const r = duplicateSlides(deck, targets());
      edit(() => r.deck, null, r.first);
      select(r.first);
    },
    remove: () => {
      if (!deck?.slides.length) return;
      const drop = targets();
      edit((d) => deleteSlides(d, drop), null, drop[0]);
      select(Math.max(0, Math.min(drop[0]!, deck.slides.length - drop.length - 1)));
    },
    move: (from: number, to: number) => {
      edit((d) => moveSlide(d, from, to), null, to);
      setCurrent(to);
      setSelected(new Set([to]));
      setAnchor(to);
    },
    layout: (layout: SlideLayout) => {
      const ids = targets();
      edit((d) => ids.reduce((acc, i) => setSlideLayout(acc, i, layout), d));
    },
    theme: (theme: ThemeName) => edit((d) => ({ ...d, meta: { ...d.meta, theme } }), null),
    /** Copy a picked image into the deck's assets folder and add it to the current slide. */
    image: () => {
      if (!doc?.ref || doc.readOnly) return;
      const ref = doc.ref;
      const at = current;
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = 'image/png,image/jpeg,image/gif,image/webp';
      input.onchange = async () => {
        const file = input.files?.[0];
        if (!file) return;
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const { src } = await getHost().api.deck.writeAsset({
            ref,
            name: file.name,
            base64: bytesToBase64(bytes),
          });
          const alt = file.name.replace(/\.[^.]+$/u, '').replace(/[[\]\\]/gu, '');
          edit(
            (d) => (d.slides[at] ? insertBlock(d, at, { kind: 'image', alt, src }) : d),
            null,
            at,
          );
        } catch (e) {
          message.error(t('editor.imageFailed', { message: errorText(e) }));
        }
      };
      input.click();
    },
  };

  // ---- files ------------------------------------------------------------------
  const rememberRecent = async (ref: DeckRef) => {
    const host = getHost().api;
    const s = await host.settings.get().catch(() => null);
    if (!s) return;
    const recent = [
      ref,
      ...s.recent.filter((r) => r.root !== ref.root || r.path !== ref.path),
    ].slice(0, 20);
    await host.settings.set({ recent }).catch(() => {});
  };

  const errorText = (e: unknown) =>
    e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e);

  /** True when the file on disk now holds the deck. */
  const save = async (opts: { overwrite?: boolean; thenBack?: boolean } = {}): Promise<boolean> => {
    if (!doc || !deck) return false;
    if (!doc.ref || doc.readOnly) {
      setDialog({ kind: 'saveAs', name: fileNameFor(deck.meta.title), thenBack: !!opts.thenBack });
      return false;
    }
    setSaving(true);
    try {
      const out = serializeDeck(withoutEmptyItems(deck));
      const r = await getHost().api.deck.write({
        ref: doc.ref,
        text: out,
        expectedVersion: opts.overwrite ? null : doc.version,
      });
      if (!r.ok) {
        setDialog({ kind: 'conflict' });
        return false;
      }
      setDoc((d) => (d ? { ...d, version: r.version, saved: deck, hist: seal(d.hist) } : d));
      setOutside(null);
      void getHost()
        .api.draft.discard(doc.draftKey)
        .catch(() => {});
      message.success(t('editor.saved'));
      if (opts.thenBack) onBack();
      return true;
    } catch (e) {
      message.error(t('editor.saveFailed', { message: errorText(e) }));
      return false;
    } finally {
      setSaving(false);
    }
  };

  const saveAs = async (name: string, thenBack: boolean) => {
    if (!doc || !deck) return;
    setSaving(true);
    try {
      const file = await getHost().api.deck.create({
        name,
        text: serializeDeck(withoutEmptyItems(deck)),
      });
      const oldKey = doc.draftKey;
      setDoc((d) =>
        d
          ? {
              ...d,
              ref: file.ref,
              readOnly: false,
              version: file.version,
              saved: deck,
              draftKey: draftKeyOf(file.ref),
              hist: seal(d.hist),
            }
          : d,
      );
      void getHost()
        .api.draft.discard(oldKey)
        .catch(() => {});
      void rememberRecent(file.ref);
      setDialog(null);
      message.success(t('editor.savedAs', { name: file.ref.path }));
      if (thenBack) onBack();
      else {
        const route = `/deck/${file.ref.root}/${file.ref.path}`;
        selfRoute.current = route;
        onNavigate(route);
      }
    } catch (e) {
      message.error(t('editor.saveFailed', { message: errorText(e) }));
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    if (!doc?.ref) return;
    try {
      const file = await getHost().api.deck.read(doc.ref);
      const fresh = docFromFile(file.ref, file.text, file.version, file.readOnly);
      setDoc((d) => (d ? { ...fresh, hist: reset(d.hist, fresh.hist.present) } : d));
      setOutside(null);
      setDialog(null);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  useFileWatch(doc?.ref ?? null, doc?.version ?? null, (v) => {
    if (v !== ignored) setOutside(v);
  });

  const autosave = useAutosave({
    key: doc?.draftKey ?? 'none',
    ref: doc?.ref ?? null,
    baseVersion: doc?.version ?? null,
    dirty,
    text: () => (deck ? serializeDeck(deck) : ''),
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

  const back = () => (dirty ? setDialog({ kind: 'close' }) : onBack());

  /** The show reads the file: unsaved edits are saved first (a shipped deck goes through Save As). */
  const present = async (fromCurrent: boolean) => {
    if (!doc) return;
    if (dirty || !doc.ref) {
      message.info(t('editor.presentSaveFirst'));
      if (!(await save())) return;
    }
    if (doc.ref) onNavigate(presentRoute(doc.ref, fromCurrent ? current + 1 : 1));
  };

  useEditorKeys({
    save: () => void save(),
    saveAs: () =>
      deck && setDialog({ kind: 'saveAs', name: fileNameFor(deck.meta.title), thenBack: false }),
    undo: () => step('undo'),
    redo: () => step('redo'),
    newSlide: slideOps.insert,
    duplicateSlide: slideOps.duplicate,
    toggleSource: () => setSide((s) => (s === 'source' ? null : 'source')),
    focusSlides: () => listRef.current?.focus(),
    focusCanvas: () => canvasBox.current?.querySelector<HTMLElement>('.editable-field')?.focus(),
    focusNotes: () => notesRef.current?.focus(),
    present: () => void present(false),
    presentFromCurrent: () => void present(true),
    find: () => setPanel('find'),
    export: () => setPanel('export'),
    help: () => setPanel('help'),
  });

  // Electron's application menu sends the same commands as the shortcuts.
  const menu = useStable({
    run: (cmd: MenuCommand) => {
      const acts: Partial<Record<MenuCommand, () => void>> = {
        save: () => void save(),
        saveAs: () =>
          deck &&
          setDialog({ kind: 'saveAs', name: fileNameFor(deck.meta.title), thenBack: false }),
        undo: () => step('undo'),
        redo: () => step('redo'),
        find: () => setPanel('find'),
        export: () => setPanel('export'),
        shortcuts: () => setPanel('help'),
        toggleSource: () => setSide((x) => (x === 'source' ? null : 'source')),
        present: () => void present(false),
        presentFromCurrent: () => void present(true),
      };
      acts[cmd]?.();
    },
  });
  useEffect(() => getHost().onMenuCommand((cmd) => menu.run(cmd)), [menu]);

  const [fitRef, canvasWidth] = useFitWidth(16 / 9, 24);
  const canvasRef = (el: HTMLDivElement | null) => {
    canvasBox.current = el;
    fitRef(el);
  };

  const toolbarActions = useStable({
    onSide: (p: SidePanel) => setSide(p),
    onBack: () => back(),
    onSave: () => void save(),
    onSaveAs: () =>
      deck && setDialog({ kind: 'saveAs', name: fileNameFor(deck.meta.title), thenBack: false }),
    onPresent: () => void present(false),
    onFind: () => setPanel('find'),
    onExport: () => setPanel('export'),
    onHelp: () => setPanel('help'),
    onOpenRecent: (r: DeckRef) =>
      dirty ? void message.warning(t('editor.saveFirst')) : onNavigate(`/deck/${r.root}/${r.path}`),
    onUndo: () => step('undo'),
    onRedo: () => step('redo'),
    onInsert: () => slideOps.insert(),
    onDuplicate: () => slideOps.duplicate(),
    onDelete: () => slideOps.remove(),
    onLayout: (l: SlideLayout) => slideOps.layout(l),
    onTheme: (th: ThemeName) => slideOps.theme(th),
    onImage: () => slideOps.image(),
  });
  const notesActions = useStable({
    onNotes: (v: string) =>
      edit((d) => setNotes(d, current, v === '' ? null : v), `notes:${current}`, current),
  });
  const listActions = useStable({
    onSelect: (i: number, mode: SelectMode) => select(i, mode),
    onMove: (from: number, to: number) => slideOps.move(from, to),
    onDelete: () => slideOps.remove(),
    onSelectAll: () => deck && setSelected(new Set(deck.slides.map((_, i) => i))),
    onActivate: () => canvasBox.current?.querySelector<HTMLElement>('.editable-field')?.focus(),
  });

  // ---- render -------------------------------------------------------------------
  if (error) {
    return (
      <Result
        status="error"
        title={t('editor.loadFailed', { message: error })}
        extra={<Button onClick={onBack}>{t('editor.back')}</Button>}
      />
    );
  }
  if ((!doc || !deck) && preview?.slides[0]) {
    return (
      <div className="editor editor-preview" aria-busy>
        <div className="editor-toolbar" />
        <div className="editor-body">
          <aside className="editor-list-pane" />
          <main className="editor-main">
            <div className="canvas-box" ref={canvasRef}>
              <SlideFrame
                theme={preview.meta.theme}
                width={canvasWidth}
                section={sectionProps(preview.slides[0])}
                html={safeSlideBody(preview.slides[0])}
                testId="canvas"
              />
            </div>
          </main>
        </div>
      </div>
    );
  }
  if (!doc || !deck) {
    return (
      <div className="editor-loading">
        <Spin tip={t('editor.loading')}>
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  const slide = deck.slides[current];

  return (
    <AssetDeck.Provider value={doc.ref}>
      <div className="editor" data-testid="editor">
        <EditorToolbar
          title={deck.meta.title}
          theme={deck.meta.theme}
          deckRef={doc.ref}
          dirty={dirty}
          readOnly={doc.readOnly}
          saving={saving}
          canUndo={canUndo(doc.hist)}
          canRedo={canRedo(doc.hist)}
          layout={slide ? getLayout(slide) : null}
          side={side}
          {...toolbarActions}
        />
        {outside && (
          <Alert
            type="warning"
            showIcon
            banner
            data-testid="outside-change"
            message={t('editor.outside.message')}
            action={
              <span className="alert-actions">
                <Button size="small" type="primary" onClick={() => void reload()}>
                  {t('editor.outside.reload')}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    setIgnored(outside);
                    setOutside(null);
                  }}
                >
                  {t('editor.outside.keep')}
                </Button>
              </span>
            }
          />
        )}
        {doc.readOnly && <Alert type="info" showIcon banner message={t('editor.readOnlyHint')} />}
        <div className="editor-body">
          <aside className="editor-list-pane">
            <SlideList
              deck={deck}
              current={current}
              selected={selected}
              focusRef={listRef}
              {...listActions}
            />
          </aside>
          <main className="editor-main">
            <div className="canvas-box" ref={canvasRef}>
              {slide ? (
                <SlideCanvas
                  slide={slide}
                  index={current}
                  theme={deck.meta.theme}
                  width={canvasWidth}
                  onEdit={(fn, coalesce) => edit(fn, coalesce, current)}
                  onEscape={() => listRef.current?.focus()}
                />
              ) : (
                <Button onClick={slideOps.insert}>{t('editor.emptyDeck')}</Button>
              )}
            </div>
            {slide && (
              <NotesEditor
                ref={notesRef}
                index={current}
                notes={slide.notes}
                onNotes={notesActions.onNotes}
              />
            )}
          </main>
          {side && (
            <aside className="editor-side-pane" aria-label={t(`editor.side.${side}`)}>
              <Suspense fallback={<Spin style={{ margin: 24 }} />}>
                {side === 'source' ? (
                  <>
                    {diagnostics.length > 0 && (
                      <Alert
                        type="warning"
                        showIcon
                        message={diagnostics.join('；')}
                        style={{ margin: 8 }}
                        data-testid="source-diagnostics"
                      />
                    )}
                    <SourcePane
                      deck={deck}
                      current={current}
                      onSource={(next, diags) => {
                        setDiagnostics(diags.map((d) => messageIn(i18n.language, d.message)));
                        edit(() => next, 'source');
                      }}
                      onCursorSlide={(i) => {
                        setCurrent(i);
                        setSelected(new Set([i]));
                      }}
                    />
                  </>
                ) : (
                  <ArticlePane
                    deck={deck}
                    current={current}
                    article={article}
                    onArticle={setArticle}
                    onGoto={(i) => select(i)}
                    tab={side === 'coverage' ? 'coverage' : articleTab}
                    onTab={(k) => {
                      setArticleTab(k);
                      setSide(k);
                    }}
                  />
                )}
              </Suspense>
            </aside>
          )}
        </div>
        <StatusBar
          deck={deck}
          current={current}
          selectedCount={selected.size}
          dirty={dirty}
          draftSavedMs={autosave.savedMs}
          readOnly={doc.readOnly}
        />

        <FindReplacePanel
          open={panel === 'find'}
          deck={deck}
          onApply={(next, summary) => {
            edit(() => next);
            message.success(summary);
          }}
          onGoTo={(i) => select(i)}
          onClose={() => setPanel(null)}
        />
        {panel === 'export' && (
          <ExportDialog
            open
            deck={withoutEmptyItems(deck)}
            deckRef={doc.ref}
            onClose={() => setPanel(null)}
          />
        )}
        <ShortcutsHelp open={panel === 'help'} onClose={() => setPanel(null)} />
        {dialog?.kind === 'saveAs' && (
          <SaveAsDialog
            open
            initial={dialog?.kind === 'saveAs' ? dialog.name : ''}
            saving={saving}
            onCancel={() => setDialog(null)}
            onSave={(name) => void saveAs(name, dialog?.kind === 'saveAs' && dialog.thenBack)}
          />
        )}
        {dialog?.kind === 'conflict' && (
          <Modal
            open
            title={t('editor.conflict.title')}
            onCancel={() => setDialog(null)}
            footer={[
              <Button key="reload" onClick={() => void reload()}>
                {t('editor.conflict.reload')}
              </Button>,
              <Button key="keep" onClick={() => setDialog(null)}>
                {t('editor.conflict.keep')}
              </Button>,
              <Button
                key="overwrite"
                danger
                type="primary"
                onClick={() => {
                  setDialog(null);
                  void save({ overwrite: true });
                }}
              >
                {t('editor.conflict.overwrite')}
              </Button>,
            ]}
          >
            {t('editor.conflict.message')}
          </Modal>
        )}
        {dialog?.kind === 'close' && (
          <Modal
            open
            title={t('editor.close.title')}
            onCancel={() => setDialog(null)}
            footer={[
              <Button key="cancel" onClick={() => setDialog(null)}>
                {t('editor.close.cancel')}
              </Button>,
              <Button
                key="discard"
                danger
                onClick={() => {
                  setDialog(null);
                  void getHost()
                    .api.draft.discard(doc.draftKey)
                    .catch(() => {});
                  onBack();
                }}
              >
                {t('editor.close.discard')}
              </Button>,
              <Button
                key="save"
                type="primary"
                onClick={() => {
                  setDialog(null);
                  void save({ thenBack: true });
                }}
              >
                {t('editor.close.save')}
              </Button>,
            ]}
          >
            {t('editor.close.message')}
          </Modal>
        )}
        {dialog?.kind === 'restore' && (
          <Modal
            open
            title={t('editor.restore.title')}
            closable={false}
            maskClosable={false}
            footer={[
              <Button
                key="discard"
                onClick={() => {
                  setDialog(null);
                  void getHost()
                    .api.draft.discard(doc.draftKey)
                    .catch(() => {});
                }}
              >
                {t('editor.restore.discard')}
              </Button>,
              <Button
                key="restore"
                type="primary"
                data-testid="restore-draft"
                onClick={() => {
                  if (dialog?.kind === 'restore') restoreDraft(dialog.text);
                  setDialog(null);
                }}
              >
                {t('editor.restore.restore')}
              </Button>,
            ]}
          >
            <p>
              {dialog?.kind === 'restore' &&
                t('editor.restore.message', { time: new Date(dialog.savedMs).toLocaleString() })}
            </p>
            {dialog?.kind === 'restore' && dialog.stale && (
              <Alert type="warning" showIcon message={t('editor.restore.stale')} />
            )}
          </Modal>
        )}
      </div>
    </AssetDeck.Provider>
  );
}

function SaveAsDialog({
  open,
  initial,
  saving,
  onCancel,
  onSave,
}: {
  open: boolean;
  initial: string;
  saving: boolean;
  onCancel(): void;
  onSave(name: string): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  useEffect(() => setName(initial), [initial, open]);
  const ok = name.trim() !== '' && !/[\\/\0]/.test(name);
  return (
    <Modal
      open={open}
      title={t('editor.saveAs.title')}
      okText={t('editor.saveAs.ok')}
      cancelText={t('editor.saveAs.cancel')}
      confirmLoading={saving}
      okButtonProps={{
        disabled: !ok,
        ...({ 'data-testid': 'save-as-ok' } as Record<string, string>),
      }}
      onCancel={onCancel}
      onOk={() => ok && onSave(name.trim())}
      destroyOnHidden
    >
      <label htmlFor="save-as-name">{t('editor.saveAs.name')}</label>
      <Input
        id="save-as-name"
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
        onPressEnter={() => ok && onSave(name.trim())}
        suffix=".md"
      />
      <p className="hint">{t('editor.saveAs.hint')}</p>
    </Modal>
  );
}
