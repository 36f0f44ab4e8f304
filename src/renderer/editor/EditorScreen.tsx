/**
 * The slide editor's layout: toolbar above, slide list | canvas over notes |
 * optional side panel, status bar below, dialogs on top. The state lives in the
 * editor store (state/), document I/O in state/doc-io.ts, every action in the
 * command list (state/commands.ts); this file only arranges the pieces and
 * passes them what they select from the store.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, App as AntApp, Button, Result, Spin } from 'antd';
import type { DeckRef } from '../../core/contract';
import { getLayout, setNotes, withoutEmptyItems, type SlideLayout, type ThemeName } from '../../core/deck';
import { canRedo, canUndo } from './history';
import { isDirty } from './document';
import { SlideList, type SelectMode } from './SlideList';
import { SlideCanvas } from './SlideCanvas';
import { NotesEditor } from './NotesEditor';
import { StatusBar } from './StatusBar';
import { EditorToolbar, type SidePanel } from './EditorToolbar';
import { EditorSidePane } from './EditorSidePane';
import { useFitWidth } from './use-fit-width';
import { editorDecor } from './deck-decor';
import { useStable } from './use-stable';
import { FindReplacePanel } from '../find/FindReplacePanel';
import { ExportDialog, Later, ShortcutsHelp } from '../lazy-screens';
import { SlideFrame } from './SlideFrame';
import { renderedSlide } from '../render/safe-slides';
import { AssetDeck } from './asset-urls';
import { EditorDialogs } from './dialogs/EditorDialogs';
import { pickImage } from './pick-image';
import { useEditorSession, type SessionProps } from './use-editor-session';
import { EditorStoreContext, useSyncedEditor } from './state/store';
import { deckOf, edit, layoutSelected, move, select, selectAll, setTheme, setUi } from './state/editor-state';
import { routeOfRef } from './state/doc-io';
import { useFocusReturn } from '../a11y/use-focus-return';
import 'reveal.js/reveal.css';
import { MissingThemeNotice } from '../theme/MissingThemeNotice';
import '../../../resources/themes/base.css';
import '../../../resources/themes/party-red.css';
import '../../../resources/themes/clean-white.css';
import '../../../resources/themes/deep-blue.css';
import '../../../resources/themes/study-red.css';
import '../../../resources/themes/high-contrast.css';
import './editor.css';

export { routeOfTarget, type EditorTarget } from './state/doc-io';
export type EditorScreenProps = SessionProps;

export function EditorScreen(props: EditorScreenProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const s = useEditorSession(props);
  const { store, io, run, listRef, notesRef, canvasBox } = s;
  const doc = useSyncedEditor(store, (x) => x.doc);
  const ui = useSyncedEditor(store, (x) => x.ui);
  const { current, selected } = useSyncedEditor(store, (x) => x.selection);
  const deck = doc?.hist.present.deck ?? null;
  const dirty = !!doc && isDirty(doc);
  const close = () => store.update((x) => setUi(x, { panel: null }));
  // The find panel is mounted the first time it opens and stays (keeping its query): until
  // then a keystroke does not re-render its closed drawer (bench: editor.keystroke_p95_ms).
  const [findUsed, setFindUsed] = useState(false);
  if (ui.panel === 'find' && !findUsed) setFindUsed(true);
  const toList = () => listRef.current;
  useFocusReturn(ui.panel, toList);
  useFocusReturn(ui.dialog?.kind ?? null, toList);

  const [fitRef, canvasWidth] = useFitWidth(deck?.meta.aspect === '4:3' ? 4 / 3 : 16 / 9, 24);
  // Footer, page numbers and divider numbers as the show and the exports draw them.
  const decor = deck ? editorDecor(deck) : [];
  const canvasRef = (el: HTMLDivElement | null) => {
    canvasBox.current = el;
    fitRef(el);
  };

  const toolbarActions = useStable({
    onSide: (p: SidePanel) => store.update((x) => setUi(x, { side: p })),
    onBack: () => s.back(),
    onSave: () => run('save'),
    onSaveAs: () => run('saveAs'),
    onPresent: () => run('present'),
    onPresenter: () => run('presenterView'),
    onFind: () => run('find'),
    onExport: () => run('export'),
    onHelp: () => run('help'),
    onOpenRecent: (r: DeckRef) => (dirty ? void message.warning(t('editor.saveFirst')) : props.onNavigate(routeOfRef(r))),
    onUndo: () => run('undo'),
    onRedo: () => run('redo'),
    onInsert: () => run('newSlide'),
    onDuplicate: () => run('duplicateSlide'),
    onDelete: () => run('deleteSlide'),
    onLayout: (l: SlideLayout) => store.update((x) => layoutSelected(x, l)),
    onTheme: (th: ThemeName) => store.update((x) => setTheme(x, th)),
    onImage: () => pickImage(store, (e) => void message.error(t('editor.imageFailed', { message: s.errorText(e) }))),
  });
  const notesActions = useStable({
    onNotes: (v: string) => store.update((x) => edit(x, (d) => setNotes(d, x.selection.current, v === '' ? null : v), `notes:${x.selection.current}`)),
  });
  const listActions = useStable({
    onSelect: (i: number, mode: SelectMode) => store.update((x) => select(x, i, mode)),
    onMove: (from: number, to: number) => store.update((x) => move(x, from, to)),
    onDelete: () => run('deleteSlide'),
    onSelectAll: () => store.update(selectAll),
    onActivate: () => s.focusCanvas(),
  });

  if (ui.error) {
    return <Result status="error" title={t('editor.loadFailed', { message: ui.error })} extra={<Button onClick={props.onBack}>{t('editor.back')}</Button>} />;
  }
  if ((!doc || !deck) && ui.preview?.slides[0]) {
    const first = ui.preview.slides[0];
    return (
      <div className="editor editor-preview" aria-busy>
        <div className="editor-toolbar" />
        <div className="editor-body">
          <aside className="editor-list-pane" />
          <main className="editor-main">
            <div className="canvas-box" ref={canvasRef}>
              <SlideFrame theme={ui.preview.meta.theme} width={canvasWidth} attrs={renderedSlide(first).attrs} html={renderedSlide(first).body} testId="canvas" />
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
    <EditorStoreContext.Provider value={store}>
      <AssetDeck.Provider value={doc.ref}>
        <div className="editor" data-testid="editor">
          <EditorToolbar
            title={deck.meta.title}
            theme={deck.meta.theme}
            deckRef={doc.ref}
            dirty={dirty}
            readOnly={doc.readOnly}
            saving={ui.saving}
            canUndo={canUndo(doc.hist)}
            canRedo={canRedo(doc.hist)}
            layout={slide ? getLayout(slide) : null}
            side={ui.side}
            {...toolbarActions}
          />
          {ui.outside && (
            <Alert
              type="warning"
              showIcon
              banner
              data-testid="outside-change"
              message={t('editor.outside.message')}
              action={
                <span className="alert-actions">
                  <Button size="small" type="primary" onClick={() => void io.reload()}>
                    {t('editor.outside.reload')}
                  </Button>
                  <Button size="small" onClick={() => store.update((x) => setUi(x, { ignored: x.ui.outside, outside: null }))}>
                    {t('editor.outside.keep')}
                  </Button>
                </span>
              }
            />
          )}
          {doc.readOnly && <Alert type="info" showIcon banner message={t('editor.readOnlyHint')} />}
          <MissingThemeNotice theme={deck.meta.theme} />
          <div className="editor-body">
            <aside className="editor-list-pane">
              <SlideList count={deck.slides.length} theme={deck.meta.theme} aspect={deck.meta.aspect} current={current} selected={selected} focusRef={listRef} {...listActions} />
            </aside>
            <main className="editor-main">
              <div className="canvas-box" ref={canvasRef}>
                {slide ? (
                  <SlideCanvas
                    slide={slide}
                    index={current}
                    theme={deck.meta.theme}
                    decor={decor[current]}
                    aspect={deck.meta.aspect}
                    width={canvasWidth}
                    onEdit={(fn, coalesce) => store.update((x) => edit(x, fn, coalesce, current))}
                    onEscape={() => listRef.current?.focus()}
                  />
                ) : (
                  <Button onClick={() => run('newSlide')}>{t('editor.emptyDeck')}</Button>
                )}
              </div>
              {slide && <NotesEditor ref={notesRef} index={current} notes={slide.notes} onNotes={notesActions.onNotes} />}
            </main>
            <EditorSidePane />
          </div>
          <StatusBar deck={deck} current={current} selectedCount={selected.size} dirty={dirty} draftSavedMs={s.draftSavedMs} draftFailed={s.draftFailed} readOnly={doc.readOnly} />
          {findUsed && <FindReplacePanel
            open={ui.panel === 'find'}
            deck={deck}
            onApply={(next, summary) => {
              store.update((x) => edit(x, () => next));
              message.success(summary);
            }}
            onGoTo={(i) => store.update((x) => select(x, i))}
            onClose={close}
          />}
          <Later>
            {ui.panel === 'export' && <ExportDialog open deck={withoutEmptyItems(deckOf(store.get())!)} deckRef={doc.ref} onClose={close} />}
            {ui.panel === 'help' && <ShortcutsHelp open onClose={close} />}
          </Later>
          <EditorDialogs io={io} onBack={props.onBack} />
        </div>
      </AssetDeck.Provider>
    </EditorStoreContext.Provider>
  );
}
