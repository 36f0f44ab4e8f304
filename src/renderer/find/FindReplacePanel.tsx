/**
 * Find and replace across the deck (slides and speaker notes), in a side panel
 * that leaves the editor visible. The panel never edits anything itself: each
 * replacement produces a new Deck through find-replace.ts and goes to the editor
 * through onApply, which puts it on the undo stack.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Drawer, Input, Segmented, Space, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../../core/deck';
import {
  DEFAULT_FIND_OPTIONS,
  findMatches,
  matchContext,
  replaceAllMatches,
  replaceMatch,
  type FindMatch,
  type FindOptions,
  type FindScope,
} from '../../core/deck';
import './find.css';

/** The result list is capped: a one-character query over a long deck can match thousands of times. */
const MAX_LISTED = 500;

export function FindReplacePanel({
  open,
  deck,
  onApply,
  onClose,
  onGoTo,
  initialQuery,
}: {
  open: boolean;
  deck: Deck;
  onApply: (next: Deck, summary: string) => void;
  onClose: () => void;
  /** Optional: show a slide in the editor when a match is picked. */
  onGoTo?: (slideIndex: number) => void;
  /** Optional: start with this text (e.g. the editor's selection). */
  initialQuery?: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery ?? '');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [current, setCurrent] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const findInput = useRef<InputRef>(null);

  useEffect(() => {
    if (!open) return;
    if (initialQuery) setQuery(initialQuery);
    // Focus the search field each time the panel opens, with its text selected for retyping.
    const id = setTimeout(() => findInput.current?.focus({ cursor: 'all' }), 50);
    return () => clearTimeout(id);
  }, [open, initialQuery]);

  const matches = useMemo(() => findMatches(deck, query, options), [deck, query, options]);
  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);

  const pick = (i: number) => {
    setCurrent(i);
    const m = matches[i];
    if (m) onGoTo?.(m.slide);
  };
  const step = (d: 1 | -1) => {
    if (matches.length === 0) return;
    pick((index + d + matches.length) % matches.length);
  };

  const replaceOne = (m: FindMatch | undefined) => {
    if (!m) return;
    const next = replaceMatch(deck, m, replacement);
    if (!next) {
      // The deck changed under the list (an edit elsewhere): the list is recomputed, nothing is replaced blindly.
      setNotice(t('find.stale'));
      return;
    }
    setNotice(null);
    onApply(next, t('find.replacedOne', { slide: m.slide + 1, query: m.text.slice(m.start, m.end), replacement }));
  };

  const replaceAll = () => {
    const { deck: next, count } = replaceAllMatches(deck, query, replacement, options);
    if (count === 0) return;
    const slides = new Set(matches.map((m) => m.slide)).size;
    const summary = t('find.replacedAll', { count, slides, query, replacement });
    setNotice(summary);
    onApply(next, summary);
  };

  const fieldLabel = (m: FindMatch) => t(`find.fields.${m.field}`);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('find.title')}
      placement="right"
      size={400}
      mask={false}
      data-testid="find-panel"
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12, paddingTop: 12 } }}
    >
      {/* Esc closes the panel from any of its fields. antd leaves Esc to the portal opened last,
          often a toolbar tooltip still mounted, so the panel never heard it. */}
      <div style={{ display: 'contents' }} onKeyDown={(e) => e.key === 'Escape' && !e.nativeEvent.isComposing && onClose()}>
      <label className="find-label">
        <span>{t('find.find')}</span>
        <Input
          ref={findInput}
          allowClear
          value={query}
          aria-label={t('find.find')}
          data-testid="find-query"
          placeholder={t('find.findPlaceholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setCurrent(0);
            setNotice(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
      </label>
      <label className="find-label">
        <span>{t('find.replaceWith')}</span>
        <Input
          allowClear
          value={replacement}
          aria-label={t('find.replaceWith')}
          data-testid="find-replacement"
          placeholder={t('find.replacePlaceholder')}
          onChange={(e) => setReplacement(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              replaceOne(matches[index]);
            }
          }}
        />
      </label>
      <Segmented
        block
        aria-label={t('find.scope')}
        value={options.scope}
        onChange={(v) => setOptions({ ...options, scope: v as FindScope })}
        options={(['all', 'slides', 'notes'] as const).map((s) => ({ value: s, label: t(`find.scopes.${s}`) }))}
      />
      <Space wrap size={[12, 4]}>
        <Checkbox checked={options.widthInsensitive} onChange={(e) => setOptions({ ...options, widthInsensitive: e.target.checked })}>
          {t('find.widthInsensitive')}
        </Checkbox>
        <Checkbox checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })}>
          {t('find.matchCase')}
        </Checkbox>
        <Checkbox checked={options.wholeWord} onChange={(e) => setOptions({ ...options, wholeWord: e.target.checked })}>
          {t('find.wholeWord')}
        </Checkbox>
      </Space>
      <Space wrap>
        <Button onClick={() => step(-1)} disabled={matches.length === 0}>
          {t('find.previous')}
        </Button>
        <Button onClick={() => step(1)} disabled={matches.length === 0}>
          {t('find.next')}
        </Button>
        <Button onClick={() => replaceOne(matches[index])} disabled={index < 0} data-testid="find-replace-one">
          {t('find.replace')}
        </Button>
        <Button type="primary" onClick={replaceAll} disabled={matches.length === 0} data-testid="find-replace-all">
          {t('find.replaceAll')}
        </Button>
      </Space>
      <Typography.Text type="secondary" aria-live="polite" data-testid="find-count">
        {query === '' ? t('find.typeToSearch') : matches.length === 0 ? t('find.none') : t('find.count', { n: index + 1, count: matches.length })}
      </Typography.Text>
      {notice && (
        <Typography.Text type="success" data-testid="find-notice">
          {notice}
        </Typography.Text>
      )}
      {query !== '' && matches.length === 0 ? null : (
        <ol className="find-results" aria-label={t('find.results')}>
          {matches.slice(0, MAX_LISTED).map((m, i) => {
            const c = matchContext(m);
            return (
              <li key={`${m.slide}-${m.block}-${m.item}-${m.start}`} className={i === index ? 'find-result current' : 'find-result'}>
                <button type="button" className="find-result-main" onClick={() => pick(i)} aria-current={i === index}>
                  <span className="find-where">{t('find.where', { slide: m.slide + 1, field: fieldLabel(m) })}</span>
                  <span className="find-context">
                    {c.before}
                    <mark>{c.match}</mark>
                    {c.after}
                  </span>
                </button>
                <Button size="small" type="link" onClick={() => replaceOne(m)} aria-label={t('find.replaceThis', { slide: m.slide + 1 })}>
                  {t('find.replace')}
                </Button>
              </li>
            );
          })}
          {matches.length > MAX_LISTED && <li className="find-more">{t('find.more', { count: matches.length - MAX_LISTED })}</li>}
        </ol>
      )}
      </div>
    </Drawer>
  );
}
