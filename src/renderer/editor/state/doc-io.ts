/**
 * Document I/O for the editor: open (with a draft left from a crash), save, save
 * as, reload, conflicts with changes made outside, drafts. It talks to the host
 * contract and the editor store only — no React, no DOM — so it is tested with a
 * fake host (doc-io.test.ts). What the user sees (messages, navigation) goes
 * through the `ui` callbacks.
 */
import type { DeckFile, DeckRef, HostApi } from '../../../core/contract';
import { parseDeck, serializeDeck, withoutEmptyItems } from '../../../core/deck';
import { reset, seal } from '../history';
import { blankDeck, docFromFile, docNew, fileNameFor, previewOf } from '../document';
import { draftKeyOf } from '../draft-key';
import { takeRestore } from '../pending-restore';
import { takeShownSlide } from '../return-slide';
import { clampSelection, deckOf, edit, initialSelection, initialState, setUi, type EditorState } from './editor-state';
import type { Store } from './store';

export type EditorTarget = { kind: 'deck'; ref: DeckRef } | { kind: 'new'; id: string };

export const routeOfTarget = (t: EditorTarget) => (t.kind === 'deck' ? `/deck/${t.ref.root}/${t.ref.path}` : `/new/${t.id}`);
export const routeOfRef = (r: DeckRef) => `/deck/${r.root}/${r.path}`;

export interface DocUi {
  untitled(): string;
  saved(): void;
  savedAs(path: string): void;
  failed(kind: 'save' | 'other', e: unknown): void;
  /** An error as text in the interface language. */
  errorText(e: unknown): string;
  /** Leave the editor (after "save and close"). */
  back(): void;
  /** Go to the route of a deck that was just saved under a new name. */
  navigate(route: string): void;
  /** Waits for the next frame, so the preview shows before the whole deck is parsed. */
  nextFrame(): Promise<void>;
  /** The file already being read for this deck (the window started on it), if any. */
  earlyRead?(ref: DeckRef): Promise<DeckFile> | null;
}

export interface DocIO {
  load(target: EditorTarget): Promise<void>;
  save(opts?: { overwrite?: boolean; thenBack?: boolean }): Promise<boolean>;
  askSaveAs(thenBack?: boolean): void;
  saveAs(name: string, thenBack: boolean): Promise<void>;
  reload(): Promise<void>;
  restoreDraft(text: string): void;
  discardDraft(): void;
  /** A route change this module made itself (Save As): nothing to load. */
  isOwnRoute(route: string): boolean;
}

export function createDocIO(store: Store<EditorState>, host: () => HostApi, ui: DocUi): DocIO {
  let ownRoute: string | null = null;
  let loadId = 0;
  const set = (f: (s: EditorState) => EditorState) => store.update(f);

  const rememberRecent = async (ref: DeckRef) => {
    const s = await host().settings.get().catch(() => null);
    if (!s) return;
    const recent = [ref, ...s.recent.filter((r) => r.root !== ref.root || r.path !== ref.path)].slice(0, 20);
    await host().settings.set({ recent }).catch(() => {});
  };

  const restoreDraft = (text: string) => {
    const restored = parseDeck(text).deck;
    set((s) => edit(s, () => restored, null, 0));
  };

  const discardDraft = () => {
    const key = store.get().doc?.draftKey;
    if (key) void host().draft.discard(key).catch(() => {});
  };

  const io: DocIO = {
    isOwnRoute(route) {
      if (ownRoute !== route) return false;
      ownRoute = null;
      return true;
    },

    async load(target) {
      const id = ++loadId;
      const alive = () => id === loadId;
      // Panels stay as the user left them; everything about the old document goes.
      set((s) => ({ ...initialState(), ui: { ...initialState().ui, side: s.ui.side, articleTab: s.ui.articleTab } }));
      try {
        if (target.kind === 'new') {
          const fresh = docNew(target.id, blankDeck(ui.untitled()));
          const draft = await host().draft.load(fresh.draftKey).catch(() => null);
          if (!alive()) return;
          const doc = draft ? { ...fresh, hist: reset(fresh.hist, { deck: parseDeck(draft.text).deck, at: 0 }) } : fresh;
          set((s) => ({ ...s, doc, selection: initialSelection() }));
          takeRestore(fresh.draftKey);
          return;
        }
        const file = await (ui.earlyRead?.(target.ref) ?? host().deck.read(target.ref));
        if (!alive()) return;
        // Show the first slide at once; parsing a 500-slide deck takes a moment longer.
        set((s) => setUi(s, { preview: previewOf(file.text) }));
        await ui.nextFrame();
        if (!alive()) return;
        const next = docFromFile(file.ref, file.text, file.version, file.readOnly);
        const draft = await host().draft.load(next.draftKey).catch(() => null);
        if (!alive()) return;
        // Back from a show: the slide that was showing, else the first.
        const at = Math.min(takeShownSlide(file.ref), Math.max(0, next.hist.present.deck.slides.length - 1));
        set((s) => ({ ...s, doc: next, selection: initialSelection(at) }));
        void rememberRecent(file.ref);
        if (draft && draft.text !== file.text && draft.text !== serializeDeck(next.saved!)) {
          if (takeRestore(next.draftKey)) restoreDraft(draft.text);
          else set((s) => setUi(s, { dialog: { kind: 'restore', text: draft.text, savedMs: draft.savedMs, stale: draft.baseVersion !== file.version } }));
        }
      } catch (e) {
        if (alive()) set((s) => setUi(s, { error: ui.errorText(e) }));
      }
    },

    askSaveAs(thenBack = false) {
      const deck = deckOf(store.get());
      if (deck) set((s) => setUi(s, { dialog: { kind: 'saveAs', name: fileNameFor(deck.meta.title), thenBack } }));
    },

    async save(opts = {}) {
      const { doc } = store.get();
      const deck = deckOf(store.get());
      if (!doc || !deck) return false;
      if (!doc.ref || doc.readOnly) {
        io.askSaveAs(!!opts.thenBack);
        return false;
      }
      set((s) => setUi(s, { saving: true }));
      try {
        const r = await host().deck.write({ ref: doc.ref, text: serializeDeck(withoutEmptyItems(deck)), expectedVersion: opts.overwrite ? null : doc.version });
        if (!r.ok) {
          set((s) => setUi(s, { dialog: { kind: 'conflict' } }));
          return false;
        }
        set((s) => (s.doc ? setUi({ ...s, doc: { ...s.doc, version: r.version, saved: deck, hist: seal(s.doc.hist) } }, { outside: null }) : s));
        void host().draft.discard(doc.draftKey).catch(() => {});
        ui.saved();
        if (opts.thenBack) ui.back();
        return true;
      } catch (e) {
        ui.failed('save', e);
        return false;
      } finally {
        set((s) => setUi(s, { saving: false }));
      }
    },

    async saveAs(name, thenBack) {
      const { doc } = store.get();
      const deck = deckOf(store.get());
      if (!doc || !deck) return;
      set((s) => setUi(s, { saving: true }));
      try {
        const file = await host().deck.create({ name, text: serializeDeck(withoutEmptyItems(deck)) });
        const oldKey = doc.draftKey;
        set((s) =>
          s.doc
            ? setUi(
                { ...s, doc: { ...s.doc, ref: file.ref, readOnly: false, version: file.version, saved: deck, draftKey: draftKeyOf(file.ref), hist: seal(s.doc.hist) } },
                { dialog: null },
              )
            : s,
        );
        void host().draft.discard(oldKey).catch(() => {});
        void rememberRecent(file.ref);
        ui.savedAs(file.ref.path);
        if (thenBack) ui.back();
        else {
          ownRoute = routeOfRef(file.ref);
          ui.navigate(ownRoute);
        }
      } catch (e) {
        ui.failed('save', e);
      } finally {
        set((s) => setUi(s, { saving: false }));
      }
    },

    async reload() {
      const ref = store.get().doc?.ref;
      if (!ref) return;
      try {
        const file = await host().deck.read(ref);
        const fresh = docFromFile(file.ref, file.text, file.version, file.readOnly);
        set((s) => (s.doc ? clampSelection(setUi({ ...s, doc: { ...fresh, hist: reset(s.doc.hist, fresh.hist.present) } }, { outside: null, dialog: null })) : s));
      } catch (e) {
        ui.failed('other', e);
      }
    },

    restoreDraft,
    discardDraft,
  };
  return io;
}
