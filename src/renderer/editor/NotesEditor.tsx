import { forwardRef, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Input } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { cleanNotes } from '../../core/deck';

/**
 * Speaker notes of the current slide: plain text the presenter reads; each run of typing is one undo step.
 * The deck keeps notes trimmed, so the field shows what was typed while it still means the same notes:
 * otherwise a line break typed at the very end was trimmed away at once and Enter seemed to do nothing.
 */
export const NotesEditor = memo(forwardRef<TextAreaRef, { notes: string | null; index: number; onNotes(text: string): void }>(
  function NotesEditor({ notes, index, onNotes }, ref) {
    const { t } = useTranslation();
    const [typed, setTyped] = useState<{ index: number; text: string } | null>(null);
    const stored = notes ?? '';
    const shown = typed && typed.index === index && (cleanNotes(typed.text) ?? '') === stored ? typed.text : stored;
    return (
      <div className="notes-editor">
        <label htmlFor="notes-text" className="pane-label">
          {t('editor.notes.label', { n: index + 1 })}
        </label>
        <Input.TextArea
          ref={ref}
          id="notes-text"
          data-testid="notes"
          value={shown}
          placeholder={t('editor.notes.placeholder')}
          onChange={(e) => {
            setTyped({ index, text: e.target.value });
            onNotes(e.target.value);
          }}
          style={{ flex: 1, resize: 'none' }}
        />
      </div>
    );
  },
));
