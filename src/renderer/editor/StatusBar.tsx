import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from 'antd';
import { getHost } from '../host';
import type { Deck } from '../../core/deck';
import { deckFigures } from './word-count';
import { announce } from '../a11y/announce';
import { formatTime } from '../i18n/format-date';

export interface StatusBarProps {
  deck: Deck;
  current: number;
  selectedCount: number;
  dirty: boolean;
  draftSavedMs: number | null;
  /** The latest draft could not be written: the unsaved changes exist only in this window. */
  draftFailed?: boolean;
  readOnly: boolean;
}

/** The interface language; its own memo so typing (a new deck each key) does not re-render antd's Select. */
const LanguageSelect = memo(function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const setLanguage = (lng: 'zh-CN' | 'en') => {
    void i18n.changeLanguage(lng);
    void getHost().api.settings.set({ language: lng }).catch(() => {});
  };
  return (
    <Select
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      size="small"
      style={{ width: 92, marginBlock: -2 }}
      variant="borderless"
      aria-label={t('language.label')}
      data-testid="language-select"
      popupMatchSelectWidth={false}
      onChange={(v: 'zh-CN' | 'en') => setLanguage(v)}
      options={[
        { value: 'zh-CN', label: t('language.zh-CN') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
});

/** Slide n/m, 字数, speaking time at a Chinese pace, whether the work is safe, and the interface language. */
export const StatusBar = memo(function StatusBar({ deck, current, selectedCount, dirty, draftSavedMs, draftFailed, readOnly }: StatusBarProps) {
  const { t, i18n } = useTranslation();
  // "已保存" is spoken when a save finishes (dirty → clean), not the draft times every few seconds.
  const wasDirty = useRef(dirty);
  useEffect(() => {
    if (wasDirty.current && !dirty) announce(t('editor.status.saved'));
    wasDirty.current = dirty;
  }, [dirty, t]);
  const f = deckFigures(deck);
  const minutes = Math.max(1, Math.round(f.minutes));
  return (
    <footer className="status-bar">
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
          ? draftFailed
            ? t('editor.status.draftFailed')
            : draftSavedMs
            ? t('editor.status.draftSaved', { time: formatTime(draftSavedMs, i18n.language, true) })
            : t('editor.status.unsaved')
          : t('editor.status.saved')}
      </span>
      <LanguageSelect />
    </footer>
  );
});
