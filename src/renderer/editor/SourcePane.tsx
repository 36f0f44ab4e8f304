/**
 * The deck's Markdown in CodeMirror 6, in step with the visual editor both ways:
 * what is typed here is parsed (incrementally, see deck-text.ts) and applied as
 * one coalesced history step per run of typing; a change made elsewhere (canvas,
 * undo, slide list) replaces only the changed span of the text, so the cursor and
 * scroll position stay put. CodeMirror's own history is left out on purpose: Ctrl+Z
 * here undoes through the editor's single history, across both views.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, highlightActiveLineGutter } from '@codemirror/view';
import { defaultKeymap } from '@codemirror/commands';
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { markdown } from '@codemirror/lang-markdown';
import { incrementalParser, serializeDeck, slideLines, type Deck, type DeckDiagnostic } from '../../core/deck';

export interface SourcePaneProps {
  deck: Deck;
  current: number;
  /** A parsed edit from the source text. */
  onSource(deck: Deck, diagnostics: DeckDiagnostic[]): void;
  /** The cursor moved into slide `index`. */
  onCursorSlide(index: number): void;
}

/** Smallest replacement turning `a` into `b`. */
function diff(a: string, b: string): { from: number; to: number; insert: string } | null {
  if (a === b) return null;
  let start = 0;
  const min = Math.min(a.length, b.length);
  while (start < min && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return { from: start, to: endA, insert: b.slice(start, endB) };
}

export function SourcePane({ deck, current, onSource, onCursorSlide }: SourcePaneProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  /** The deck this pane itself produced last: no need to write it back. */
  const own = useRef<Deck | null>(null);
  const parser = useRef(incrementalParser());
  const cbs = useRef({ onSource, onCursorSlide });
  cbs.current = { onSource, onCursorSlide };
  const lastSlide = useRef(-1);

  useEffect(() => {
    const text = serializeDeck(deck);
    const state = EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        EditorView.lineWrapping,
        markdown(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of(defaultKeymap),
        // An explicit tabindex makes the editable text count as the scroller's focusable content (axe: scrollable-region-focusable).
        EditorView.contentAttributes.of({ 'aria-label': t('editor.source.label'), tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && u.transactions.some((tr) => tr.isUserEvent('input') || tr.isUserEvent('delete') || tr.isUserEvent('move') || tr.isUserEvent('paste'))) {
            const r = parser.current.parse(u.state.doc.toString());
            own.current = r.deck;
            cbs.current.onSource(r.deck, r.diagnostics);
          }
          if (u.selectionSet && !u.docChanged) {
            const head = u.state.selection.main.head;
            const line = u.state.doc.lineAt(head).number;
            const starts = slideLines(u.state.doc.toString());
            let idx = 0;
            while (idx + 1 < starts.length && starts[idx + 1]! <= line) idx++;
            if (idx !== lastSlide.current) {
              lastSlide.current = idx;
              cbs.current.onCursorSlide(idx);
            }
          }
        }),
      ],
    });
    const v = new EditorView({ state, parent: host.current! });
    view.current = v;
    parser.current.parse(text);
    return () => {
      v.destroy();
      view.current = null;
    };
    // The view is created once; later decks arrive through the effect below.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // A change from elsewhere: patch only what differs.
  useEffect(() => {
    const v = view.current;
    if (!v || deck === own.current) return;
    const next = serializeDeck(deck);
    const change = diff(v.state.doc.toString(), next);
    if (change) v.dispatch({ changes: change });
    parser.current.parse(next);
    own.current = deck;
  }, [deck]);

  // Follow the current slide: put its first line in view (unless the cursor is already in it).
  useEffect(() => {
    const v = view.current;
    if (!v || current === lastSlide.current) return;
    const starts = slideLines(v.state.doc.toString());
    const line = starts[current];
    if (!line) return;
    lastSlide.current = current;
    const pos = v.state.doc.line(Math.min(line, v.state.doc.lines)).from;
    v.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'start', yMargin: 24 }) });
  }, [current]);

  return <div ref={host} className="source-pane" data-testid="source-editor" />;
}
