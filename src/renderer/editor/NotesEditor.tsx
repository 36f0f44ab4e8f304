import { forwardRef, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Input } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';

/** Speaker notes of the current slide: plain text the presenter reads; each run of typing is one undo step. */
export const NotesEditor = memo(forwardRef<TextAreaRef, { notes: string | null; index: number; onNotes(text: string): void }>(
  function NotesEditor({ notes, index, onNotes }, ref) {
    const { t } = useTranslation();
    return (
      <div className="notes-editor">
        <label htmlFor="notes-text" className="pane-label">
          {t('editor.notes.label', { n: index + 1 })}
        </label>
        <Input.TextArea
          ref={ref}
          id="notes-text"
          data-testid="notes"
          value={notes ?? ''}
          placeholder={t('editor.notes.placeholder')}
          onChange={(e) => onNotes(e.target.value)}
          style={{ flex: 1, resize: 'none' }}
        />
      </div>
    );
  },
));
