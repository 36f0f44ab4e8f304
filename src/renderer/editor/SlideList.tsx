/**
 * The slide list: live thumbnails, virtualised (a 500-slide deck renders only the
 * dozen rows in view), drag to reorder (dnd-kit), click / Ctrl+click / Shift+click
 * to select one, several or a range, and keys for everything the mouse does.
 * Rows are identified by index: a slide has no id in the file, and a drag only
 * needs "from" and "to".
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { slideTitle, type Slide, type SlideAspect, type ThemeName } from '../../core/deck';
import { editorDecor } from './deck-decor';
import { useEditor } from './state/store';
import { deckOf } from './state/editor-state';
import { SlideThumb } from './SlideThumb';
import { matches } from './key-match';
import { keysOf } from '../../core/command-list';

const THUMB_W = 168;
const ROW_H = Math.round((THUMB_W * 9) / 16) + 22;
const OVERSCAN = 4;

import type { SelectMode } from './state/editor-state';
export type { SelectMode };

export interface SlideListProps {
  /** How many slides the deck has; the rows read their slides from the editor store. */
  count: number;
  theme: ThemeName;
  aspect?: SlideAspect;
  current: number;
  selected: ReadonlySet<number>;
  onSelect(index: number, mode: SelectMode): void;
  onMove(from: number, to: number): void;
  onDelete(): void;
  onSelectAll(): void;
  onActivate(): void;
  focusRef?: React.RefObject<HTMLDivElement | null>;
}

const rowId = (i: number) => `slide-row-${i}`;

const Row = memo(function Row({
  index,
  slide,
  theme,
  decor,
  aspect,
  current,
  selected,
  onSelect,
}: {
  index: number;
  slide: Slide;
  theme: ThemeName;
  decor?: Record<string, string>;
  aspect?: SlideAspect;
  current: boolean;
  selected: boolean;
  onSelect: SlideListProps['onSelect'];
}) {
  const { t } = useTranslation();
  // dnd-kit's attributes (role=button, tabIndex 0, its keyboard-drag instructions) are left off: the row is
  // an option of the listbox, which holds the focus itself (aria-activedescendant). A row that took the focus
  // on a click kept it, and lost it to the page once virtualisation unmounted the row (↓ stopped at row 12).
  const { listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: rowId(index) });
  // A screen-reader label; stripping the emphasis markers is enough (no Markdown parse per row).
  const title = slideTitle(slide)?.replace(/\\(.)|[*_`]/gu, '$1');
  return (
    <div
      ref={setNodeRef}
      id={rowId(index)}
      aria-selected={selected}
      data-testid="slide-row"
      data-index={index}
      className={`slide-row${current ? ' is-current' : ''}${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ height: ROW_H, transform: CSS.Transform.toString(transform), transition }}
      onClick={(e) => onSelect(index, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'one')}
      {...listeners}
      role="option"
    >
      {/* Named by its content: the visible number, then the title for screen readers (the thumbnail is hidden from them). */}
      <span className="slide-row-number" aria-hidden>{index + 1}</span>
      <span className="sr-only">{t('editor.list.rowLabel', { n: index + 1, title: title || t('editor.list.untitled') })}</span>
      <div className="slide-row-thumb" aria-hidden>
        {/* A 4:3 slide keeps the row's height: narrower, not taller. */}
        <SlideThumb slide={slide} theme={theme} width={aspect === '4:3' ? Math.round((THUMB_W * 3) / 4) : THUMB_W} decor={decor} aspect={aspect} />
      </div>
    </div>
  );
});

/**
 * The rows in view. They read the deck from the editor store themselves, so a keystroke
 * re-renders this and the one changed row, not the list: dnd-kit gives every sortable row
 * a new context value each time its DndContext renders, which re-rendered every row in
 * view on every key (bench: editor.keystroke_p95_ms).
 */
function Rows({ first, last, theme, aspect, current, selected, onSelect }: { first: number; last: number; theme: ThemeName; aspect?: SlideAspect; current: number; selected: ReadonlySet<number>; onSelect: SlideListProps['onSelect'] }) {
  const deck = useEditor(deckOf);
  if (!deck) return null;
  const decor = editorDecor(deck);
  return deck.slides.slice(first, last).map((s, k) => {
    const i = first + k;
    return <Row key={i} index={i} slide={s} theme={theme} decor={decor[i]} aspect={aspect} current={i === current} selected={selected.has(i)} onSelect={onSelect} />;
  });
}

export const SlideList = memo(function SlideList({ count: n, theme, aspect, current, selected, onSelect, onMove, onDelete, onSelectAll, onActivate, focusRef }: SlideListProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the current slide in view when it changes (keys, undo, source view).
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = current * ROW_H;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_H > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_H - el.clientHeight;
  }, [current]);

  const first = Math.max(0, Math.floor(view.top / ROW_H) - OVERSCAN);
  const last = Math.min(n, Math.ceil((view.top + view.height) / ROW_H) + OVERSCAN);
  // Stable while the count is: a keystroke must not re-render every sortable row.
  const ids = useMemo(() => Array.from({ length: n }, (_, i) => rowId(i)), [n]);

  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    const from = ids.indexOf(String(e.active.id));
    const to = ids.indexOf(String(e.over.id));
    if (from >= 0 && to >= 0) onMove(from, to);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const go = (i: number, mode: SelectMode = e.shiftKey ? 'range' : 'one') => {
      e.preventDefault();
      onSelect(Math.max(0, Math.min(n - 1, i)), mode);
    };
    if (matches(e, keysOf('moveSlideUp'))) {
      e.preventDefault();
      if (current > 0) onMove(current, current - 1);
    } else if (matches(e, keysOf('moveSlideDown'))) {
      e.preventDefault();
      if (current < n - 1) onMove(current, current + 1);
    } else if (e.altKey || e.ctrlKey || e.metaKey) {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
        e.preventDefault();
        onSelectAll();
      }
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowRight' || e.key === 'PageDown') go(current + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft' || e.key === 'PageUp') go(current - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(n - 1);
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onDelete();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onActivate();
    }
  };

  return (
    <div
      ref={(el) => {
        scroller.current = el;
        if (focusRef) focusRef.current = el;
      }}
      className="slide-list"
      role="listbox"
      aria-label={t('editor.list.label')}
      aria-multiselectable
      aria-activedescendant={n > 0 ? rowId(current) : undefined}
      tabIndex={0}
      data-testid="slide-list"
      onKeyDown={onKeyDown}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      {/* dnd-kit's live region goes to the body: a listbox may only hold options. */}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ container: document.body }}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <div style={{ height: first * ROW_H }} />
          <Rows first={first} last={last} theme={theme} aspect={aspect} current={current} selected={selected} onSelect={onSelect} />
          <div style={{ height: (n - last) * ROW_H }} />
        </SortableContext>
      </DndContext>
    </div>
  );
});
