/**
 * The slide being edited, at presentation look (SlideFrame), with every heading,
 * paragraph and bullet editable in place. Enter starts a new bullet (splitting at
 * the caret), Tab / Shift+Tab change its level, Backspace at the start merges it
 * into the one above. Raw blocks (Markdown the model keeps byte for byte) are
 * shown but edited in the source view. A slide without a title or bullets shows
 * a dashed placeholder to type into; it is not part of the slide.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { getLayout, insertBlock, listInsertIndex, setBlockText, setListItems, setTitle, type Block, type Deck, type ListItem, type Slide, type SlideAspect, type ThemeName } from '../../core/deck';
import { inlineHtml } from '../../core/render/slide-html';
import { slideAttrs } from '../../core/render/render-slide';
import { SlideFrame } from './SlideFrame';
import { EditableField, type FieldHandle } from './EditableField';
import { safeBlockHtml } from '../render/safe-slides';
import { caretOffset, selectionCollapsed, splitAtCaret } from './inline-dom';

export type Edit = (fn: (deck: Deck) => Deck, coalesce: string | null) => void;

export interface SlideCanvasProps {
  slide: Slide;
  index: number;
  theme: ThemeName;
  width: number;
  onEdit: Edit;
  onEscape(): void;
  /** Footer, page number and divider number of this slide (render/slide-decor.ts), as the show draws them. */
  decor?: Record<string, string>;
  aspect?: SlideAspect;
}

const LIST_LAYOUTS = new Set(['bullets', 'two-column', 'figures', 'contents']);

const composing = (e: KeyboardEvent) => e.nativeEvent.isComposing || e.keyCode === 229;

function visibleLen(md: string): number {
  // An inert document: markup parsed into the live one loads its images even while detached.
  const d = document.implementation.createHTMLDocument('').createElement('div');
  d.innerHTML = inlineHtml(md);
  return (d.textContent ?? '').length;
}

export function SlideCanvas({ slide, index, theme, width, onEdit, onEscape, decor, aspect }: SlideCanvasProps) {
  const { t } = useTranslation();
  const fields = useRef(new Map<string, FieldHandle>());
  const [pending, setPending] = useState<{ key: string; offset: number } | null>(null);

  useLayoutEffect(() => {
    if (!pending) return;
    fields.current.get(pending.key)?.focus(pending.offset);
    setPending(null);
  }, [pending, slide]);

  const handleOf = (key: string) => (h: FieldHandle | null) => {
    if (h) fields.current.set(key, h);
    else fields.current.delete(key);
  };

  /** Keys of the editable fields in reading order, to move on with Enter. */
  const order: string[] = [];
  slide.blocks.forEach((b, bi) => {
    if (b.kind === 'heading' || b.kind === 'paragraph') order.push(`b${bi}`);
    if (b.kind === 'list') b.items.forEach((_, ii) => order.push(`b${bi}i${ii}`));
  });

  const common = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEscape();
      return true;
    }
    return false;
  };

  const blockKeys = (bi: number) => (e: KeyboardEvent<HTMLElement>) => {
    if (common(e) || composing(e)) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      const next = order[order.indexOf(`b${bi}`) + 1];
      if (next) {
        fields.current.get(next)?.focus(0);
        return;
      }
      // Enter after the last text: start the bullets, where the layout has them.
      if (LIST_LAYOUTS.has(getLayout(slide))) {
        const at = listInsertIndex(slide);
        onEdit((d) => insertBlock(d, index, { kind: 'list', ordered: false, items: [{ text: '', depth: 0 }] }, at), null);
        setPending({ key: `b${at}i0`, offset: 0 });
      }
    }
  };

  const itemKeys = (bi: number, items: ListItem[], ii: number) => (e: KeyboardEvent<HTMLElement>, el: HTMLElement) => {
    if (common(e) || composing(e)) return;
    const set = (next: ListItem[], focus: { key: string; offset: number } | null) => {
      onEdit((d) => setListItems(d, index, bi, next), null);
      if (focus) setPending(focus);
    };
    const item = items[ii]!;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      const parts = splitAtCaret(el) ?? { before: item.text, after: '' };
      const next = [...items];
      next.splice(ii, 1, { text: parts.before, depth: item.depth }, { text: parts.after, depth: item.depth });
      set(next, { key: `b${bi}i${ii + 1}`, offset: 0 });
    } else if (e.key === 'Tab') {
      e.preventDefault();
      const prevDepth = ii === 0 ? -1 : items[ii - 1]!.depth;
      const depth = e.shiftKey ? Math.max(0, item.depth - 1) : Math.min(item.depth + 1, prevDepth + 1);
      if (depth === item.depth) return;
      const offset = caretOffset(el) ?? 0;
      // Children of an outdented item keep their place relative to it.
      const next = items.map((it, k) => (k === ii ? { ...it, depth } : it));
      set(next, { key: `b${bi}i${ii}`, offset });
    } else if (e.key === 'Backspace' && selectionCollapsed(el) && caretOffset(el) === 0) {
      if (ii > 0) {
        e.preventDefault();
        const prev = items[ii - 1]!;
        const next = [...items];
        next.splice(ii - 1, 2, { text: prev.text + item.text, depth: prev.depth });
        set(next, { key: `b${bi}i${ii - 1}`, offset: visibleLen(prev.text) });
      } else if (item.text === '') {
        e.preventDefault();
        const before = order[order.indexOf(`b${bi}i0`) - 1];
        set(items.slice(1), null);
        if (before) fields.current.get(before)?.focus();
      }
    }
  };

  const renderItems = (b: Extract<Block, { kind: 'list' }>, bi: number) => {
    // Rebuild the nesting reveal.js renders: <ul><li>text<ul><li>…</li></ul></li></ul>.
    const Tag = b.ordered ? 'ol' : 'ul';
    const build = (start: number, depth: number): [ReactElement[], number] => {
      const out: ReactElement[] = [];
      let i = start;
      while (i < b.items.length && b.items[i]!.depth >= depth) {
        const ii = i;
        const it = b.items[ii]!;
        let children: ReactElement | null = null;
        i++;
        if (i < b.items.length && b.items[i]!.depth > it.depth) {
          const [kids, end] = build(i, it.depth + 1);
          children = <Tag>{kids}</Tag>;
          i = end;
        }
        out.push(
          <li key={ii}>
            <EditableField
              tag="span"
              text={it.text}
              label={t('editor.canvas.bullet', { n: ii + 1 })}
              placeholder={t('editor.canvas.bulletPlaceholder')}
              testId="canvas-bullet"
              handle={handleOf(`b${bi}i${ii}`)}
              onText={(md) => {
                const next = b.items.map((x, k) => (k === ii ? { ...x, text: md } : x));
                onEdit((d) => setListItems(d, index, bi, next), `item:${index}:${bi}:${ii}`);
              }}
              onKeyDown={itemKeys(bi, b.items, ii)}
            />
            {children}
          </li>,
        );
      }
      return [out, i];
    };
    return <Tag key={bi}>{build(0, 0)[0]}</Tag>;
  };

  const hasHeading = slide.blocks.some((b) => b.kind === 'heading');
  const hasList = slide.blocks.some((b) => b.kind === 'list');
  const layout = getLayout(slide);
  const headingDepth = layout === 'cover' || layout === 'section' || layout === 'closing' ? 'h1' : 'h2';

  return (
    <SlideFrame theme={theme} width={width} attrs={slideAttrs(slide)} decor={decor} aspect={aspect} testId="canvas" sectionTestId="canvas-slide">
      {!hasHeading && (
        <EditableField
          tag={headingDepth}
          text=""
          className="ghost-field"
          label={t('editor.canvas.title')}
          placeholder={t('editor.canvas.titlePlaceholder')}
          testId="canvas-title"
          handle={handleOf('ghost-title')}
          onText={(md) => {
            const offset = visibleLen(md);
            onEdit((d) => setTitle(d, index, md), `title:${index}`);
            setPending({ key: 'b0', offset });
          }}
          onKeyDown={(e) => void common(e)}
        />
      )}
      {slide.blocks.map((b, bi) => {
        switch (b.kind) {
          case 'heading':
            return (
              <EditableField
                key={bi}
                tag={`h${b.depth}`}
                text={b.text}
                label={t('editor.canvas.title')}
                placeholder={t('editor.canvas.titlePlaceholder')}
                testId={bi === slide.blocks.findIndex((x) => x.kind === 'heading') ? 'canvas-title' : 'canvas-heading'}
                handle={handleOf(`b${bi}`)}
                onText={(md) => onEdit((d) => setBlockText(d, index, bi, md), `block:${index}:${bi}`)}
                onKeyDown={blockKeys(bi)}
              />
            );
          case 'paragraph':
            return (
              <EditableField
                key={bi}
                tag="p"
                text={b.text}
                label={t('editor.canvas.paragraph')}
                testId="canvas-paragraph"
                handle={handleOf(`b${bi}`)}
                onText={(md) => onEdit((d) => setBlockText(d, index, bi, md), `block:${index}:${bi}`)}
                onKeyDown={blockKeys(bi)}
              />
            );
          case 'list':
            return renderItems(b, bi);
          default:
            return (
              <div
                key={bi}
                className="canvas-raw"
                title={t('editor.canvas.rawHint')}
                dangerouslySetInnerHTML={{ __html: safeBlockHtml(b) }}
              />
            );
        }
      })}
      {!hasList && LIST_LAYOUTS.has(layout) && (
        <ul className="ghost-field">
          <li>
            <EditableField
              tag="span"
              text=""
              label={t('editor.canvas.bullet', { n: 1 })}
              placeholder={t('editor.canvas.bulletPlaceholder')}
              testId="canvas-bullet-ghost"
              handle={handleOf('ghost-list')}
              onText={(md) => {
                const at = listInsertIndex(slide);
                const offset = visibleLen(md);
                onEdit((d) => insertBlock(d, index, { kind: 'list', ordered: false, items: [{ text: md, depth: 0 }] }, listInsertIndex(d.slides[index]!)), null);
                setPending({ key: `b${at}i0`, offset });
              }}
              onKeyDown={(e) => void common(e)}
            />
          </li>
        </ul>
      )}
    </SlideFrame>
  );
}
