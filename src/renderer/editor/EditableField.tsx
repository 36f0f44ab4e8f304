/**
 * One editable piece of text on the canvas (a title, a paragraph, a bullet):
 * a contentEditable element showing the rendered inline Markdown, exactly as the
 * presentation shows it. Typing is read back into Markdown (inline-dom.ts) and sent
 * up with onText; the element's HTML is only rewritten when the model's text
 * differs from what this field last sent (an undo, a source-view edit), so the
 * caret stays where the user is typing.
 */
import { createElement, useImperativeHandle, useLayoutEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import { safeInlineHtml } from '../render/safe-slides';
import { caretOffset, domToInline, setCaret, toggleInline } from './inline-dom';
import { matches } from './key-match';
import { keysOf } from '../../core/command-list';

export interface FieldHandle {
  focus(offset?: number): void;
  element(): HTMLElement | null;
}

export interface EditableFieldProps {
  tag: string;
  text: string;
  onText(markdown: string): void;
  onKeyDown?(e: KeyboardEvent<HTMLElement>, el: HTMLElement): void;
  placeholder?: string;
  label: string;
  className?: string;
  testId?: string;
  handle?: Ref<FieldHandle>;
}

export function EditableField({ tag, text, onText, onKeyDown, placeholder, label, className, testId, handle }: EditableFieldProps) {
  const ref = useRef<HTMLElement>(null);
  const shown = useRef<string | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shown.current === text) return;
    const had = document.activeElement === el ? caretOffset(el) : null;
    el.innerHTML = safeInlineHtml(text);
    shown.current = text;
    if (had !== null) setCaret(el, had);
  }, [text]);

  useImperativeHandle(handle, () => ({
    focus(offset) {
      const el = ref.current;
      if (!el) return;
      el.focus();
      setCaret(el, offset ?? Number.MAX_SAFE_INTEGER);
    },
    element: () => ref.current,
  }));

  const emit = () => {
    const el = ref.current;
    if (!el) return;
    const md = domToInline(el);
    shown.current = md;
    onText(md);
  };

  return createElement(tag, {
    ref,
    className: `editable-field ${className ?? ''}`,
    contentEditable: true,
    suppressContentEditableWarning: true,
    spellCheck: false,
    role: 'textbox',
    'aria-label': label,
    'aria-multiline': false,
    'data-placeholder': placeholder,
    'data-testid': testId,
    // An IME (pinyin, wubi) sends its candidates as input events: take the text once it is chosen.
    onInput: (e: React.FormEvent) => {
      if (!(e.nativeEvent as InputEvent).isComposing) emit();
    },
    onCompositionEnd: emit,
    onPaste: (e: React.ClipboardEvent) => {
      // Pasted HTML from WPS/Word would carry its fonts and colours: take the text only.
      e.preventDefault();
      const t = e.clipboardData.getData('text/plain').replace(/\s*\n\s*/gu, ' ');
      document.execCommand('insertText', false, t);
    },
    onDrop: (e: React.DragEvent) => e.preventDefault(),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const el = ref.current!;
      if (matches(e, keysOf('bold')) || matches(e, keysOf('emphasis'))) {
        e.preventDefault();
        if (toggleInline(el, matches(e, keysOf('bold')) ? 'strong' : 'em')) emit();
        return;
      }
      onKeyDown?.(e, el);
    },
  });
}
