import { useTranslation } from 'react-i18next';
import type { Deck } from '../../core/deck';
import { deckFigures } from './word-count';

export interface StatusBarProps {
  deck: Deck;
  current: number;
  selectedCount: number;
  dirty: boolean;
  draftSavedMs: number | null;
  readOnly: boolean;
}

/** Slide n/m, 字数, speaking time at a Chinese pace, and whether the work is safe. */
export function StatusBar({ deck, current, selectedCount, dirty, draftSavedMs, readOnly }: StatusBarProps) {
  const { t } = useTranslation();
  const f = deckFigures(deck);
  const minutes = Math.max(1, Math.round(f.minutes));
  return (
    <footer className="status-bar" role="status" aria-live="off">
      <span data-testid="slide-position">{t('editor.status.slideOf', { n: deck.slides.length ? current + 1 : 0, m: deck.slides.length })}</span>
      {selectedCount > 1 && <span>{t('editor.status.selected', { count: selectedCount })}</span>}
      <span data-testid="word-count">{t('editor.status.chars', { count: f.chars })}</span>
      <span data-testid="speaking-time" title={t('editor.status.paceHint')}>
        {t('editor.status.minutes', { count: minutes })}
      </span>
      <span className="status-spacer" />
      {readOnly && <span>{t('editor.status.readOnly')}</span>}
      <span data-testid="save-state">
        {dirty
          ? draftSavedMs
            ? t('editor.status.draftSaved', { time: new Date(draftSavedMs).toLocaleTimeString() })
            : t('editor.status.unsaved')
          : t('editor.status.saved')}
      </span>
    </footer>
  );
}
