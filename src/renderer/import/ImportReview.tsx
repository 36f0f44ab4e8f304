/**
 * The review step between import and slides: what was read from each file
 * (encoding, automatic repairs, failures), every article as an editable outline,
 * and the generation options. "Generate" writes one deck per chosen article.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Collapse, Popconfirm, Radio, Switch, Tag, Typography, App as AntApp } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Article, ImportResult } from '../../core/article';
import type { DeckRef } from '../../core/contract';
import { DENSITIES, type Density, type ThemeName } from '../../core/deck';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { ArticleOutline, type OutlineHandlers, type ReviewItem } from './ArticleOutline';
import { mergeArticles, splitArticleAt } from '../../core/article/review-ops';
import { isEditable } from './use-import-entry-points';
import { createDecks, DEFAULT_CHOICES, type GenerateChoices } from './generate-decks';
import type { ImportedSource } from './import-client';
import './import.css';

const THEMES: ThemeName[] = ['party-red', 'study-red', 'clean-white', 'deep-blue', 'high-contrast', 'custom'];

function SourceSummary({ source }: { source: ImportedSource }) {
  const { t, i18n } = useTranslation();
  if (!source.ok) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="review-source-error"
        title={t('import.fileFailed', { name: source.name })}
        description={messageIn(i18n.language, source.error.message)}
      />
    );
  }
  const r: ImportResult = source.result;
  const enc = t(`import.encodings.${r.encoding}`, { defaultValue: r.encoding.toUpperCase() });
  return (
    <div className="review-source" data-testid="review-source">
      <Typography.Text strong>{source.name}</Typography.Text>
      <Tag data-testid="review-encoding">{t('import.encoding', { encoding: enc })}</Tag>
      <Typography.Text type="secondary">{t('import.articleCount', { count: r.articles.length })}</Typography.Text>
      {r.repairs.length === 0 ? (
        <Typography.Text type="secondary"> · {t('import.noRepairs')}</Typography.Text>
      ) : (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'r',
              label: t('import.repairs', { count: r.repairs.length }),
              // A component, not the list itself: the panel mounts it when opened, so a file with
              // thousands of repairs costs nothing until the user asks to see them.
              children: <RepairList repairs={r.repairs} />,
            },
          ]}
        />
      )}
    </div>
  );
}

function RepairList({ repairs }: { repairs: ImportResult['repairs'] }) {
  const { t } = useTranslation();
  return (
    <ul className="review-repairs">
      {repairs.map((rep, i) => (
        <li key={i} data-testid="review-repair">
          <Tag>{t(`import.repairKinds.${rep.kind}`, { defaultValue: rep.kind })}</Tag>
          {rep.before !== undefined && rep.after !== undefined ? (
            <>
              <del className="review-before">{rep.before}</del>
              <span aria-label={t('import.becomes')}> → </span>
              <ins className="review-after">{rep.after}</ins>
            </>
          ) : (
            rep.at
          )}
        </li>
      ))}
    </ul>
  );
}

export function ImportReview({
  sources,
  defaultTheme,
  onCancel,
  onCreated,
}: {
  sources: ImportedSource[];
  defaultTheme?: ThemeName;
  onCancel: () => void;
  onCreated: (refs: DeckRef[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const initial = useMemo(
    () => sources.flatMap((s) => (s.ok ? s.result.articles.map((article): ReviewItem => ({ article, include: true })) : [])),
    [sources],
  );
  const [items, setItems] = useState<ReviewItem[]>(initial);
  // One undo stack for the whole review: corrections inside an article and merges/splits of articles alike.
  const [past, setPast] = useState<ReviewItem[][]>([]);
  // The latest items, for the Generate click that may follow a field's blur-commit in the same tick.
  const latest = useRef(items);
  latest.current = items;
  const [choices, setChoices] = useState<GenerateChoices>({ ...DEFAULT_CHOICES, theme: defaultTheme ?? DEFAULT_CHOICES.theme });
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = (f: (prev: ReviewItem[]) => ReviewItem[]) => {
    const prev = latest.current;
    const next = f(prev);
    latest.current = next;
    setPast((p) => [...p, prev].slice(-100));
    setItems(next);
  };
  const change = (i: number, article: Article) => commit((prev) => prev.map((it, j) => (j === i ? { ...it, article } : it)));
  const mergeUp = (i: number) =>
    commit((prev) => [...prev.slice(0, i - 1), { ...prev[i - 1]!, article: mergeArticles(prev[i - 1]!.article, prev[i]!.article) }, ...prev.slice(i + 1)]);
  const splitArticle = (i: number, section: number) =>
    commit((prev) => {
      const [a, b] = splitArticleAt(prev[i]!.article, section);
      return [...prev.slice(0, i), { ...prev[i]!, article: a }, { article: b, include: prev[i]!.include }, ...prev.slice(i + 1)];
    });
  const undo = () => {
    const prev = past.at(-1);
    if (!prev) return;
    latest.current = prev;
    setItems(prev);
    setPast((p) => p.slice(0, -1));
  };
  // Ctrl+Z outside text fields undoes the last correction (inside a field it undoes typing, as usual).
  const undoRef = useRef(undo);
  undoRef.current = undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !isEditable(e.target)) {
        e.preventDefault();
        undoRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Stable for the life of the review, calling the latest closures: memoised outlines keep their props equal.
  const live = useRef({ change, mergeUp, splitArticle });
  live.current = { change, mergeUp, splitArticle };
  const handlers = useMemo<OutlineHandlers>(
    () => ({
      change: (i, a) => live.current.change(i, a),
      include: (i, include) => {
        const next = latest.current.map((x, j) => (j === i ? { ...x, include } : x));
        latest.current = next;
        setItems(next);
      },
      mergeUp: (i) => live.current.mergeUp(i),
      splitArticle: (i, section) => live.current.splitArticle(i, section),
    }),
    [],
  );

  const chosen = items.filter((it) => it.include);

  const stop = useRef<AbortController | null>(null);
  const generate = async () => {
    const articles = latest.current.filter((it) => it.include).map((it) => it.article);
    if (articles.length === 0) return;
    setError(null);
    setBusy({ done: 0, total: articles.length });
    const ctl = new AbortController();
    stop.current = ctl;
    let refs: DeckRef[];
    try {
      refs = await createDecks(articles, choices, (decks) => getHost().api.deck.createMany({ decks }), {
        onProgress: (done, total) => setBusy({ done, total }),
        signal: ctl.signal,
        nth: (n) => t('import.nth', { n }),
      });
    } catch (e) {
      // The review stays open with every correction, so nothing is lost: the user can retry.
      setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e));
      return;
    } finally {
      stop.current = null;
      setBusy(null);
    }
    if (refs.length < articles.length) message.info(t('import.createdPart', { done: refs.length, total: articles.length }));
    else message.success(t('import.created', { count: refs.length }));
    if (refs.length > 0) onCreated(refs);
  };

  return (
    <div className="review" data-testid="import-review">
      <div className="review-main">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('import.reviewTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('import.reviewHint')}</Typography.Paragraph>
        <div className="review-toolbar">
          <Button icon={<UndoOutlined />} disabled={past.length === 0} onClick={undo} data-testid="review-undo" aria-keyshortcuts="Control+Z">
            {t('import.undo')}
          </Button>
        </div>
        <div className="review-sources">
          {sources.map((s, i) => (
            <SourceSummary key={i} source={s} />
          ))}
        </div>
        {items.length === 0 && <Alert type="warning" showIcon title={t('import.nothingToReview')} />}
        {items.map((it, i) => (
          <ArticleOutline
            key={`${i}/${items.length}`}
            item={it}
            index={i}
            eager={i === 0}
            canMergeUp={i > 0}
            handlers={handlers}
          />
        ))}
      </div>

      <aside className="review-options" aria-label={t('import.options')}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('import.options')}
        </Typography.Title>
        <div className="review-option">
          <span id="opt-theme">{t('import.theme')}</span>
          <Radio.Group
            aria-labelledby="opt-theme"
            optionType="button"
            value={choices.theme}
            onChange={(e) => setChoices({ ...choices, theme: e.target.value as ThemeName })}
            options={THEMES.map((th) => ({ value: th, label: t(`import.themes.${th}`) }))}
          />
        </div>
        <div className="review-option">
          <span id="opt-density">{t('import.density')}</span>
          <Radio.Group
            aria-labelledby="opt-density"
            optionType="button"
            value={choices.density}
            onChange={(e) => setChoices({ ...choices, density: e.target.value as Density })}
            options={DENSITIES.map((d) => ({ value: d, label: t(`import.densities.${d}`), title: t(`import.densityHints.${d}`) }))}
          />
        </div>
        <label className="review-option review-switch">
          <Switch size="small" checked={choices.contents} onChange={(v) => setChoices({ ...choices, contents: v })} />
          <span>{t('import.contentsSlide')}</span>
        </label>
        <label className="review-option review-switch">
          <Switch size="small" checked={choices.closing} onChange={(v) => setChoices({ ...choices, closing: v })} />
          <span>{t('import.closingSlide')}</span>
        </label>
        {error && <Alert type="error" showIcon title={t('import.createFailed')} description={error} />}
        <Button
          type="primary"
          block
          data-testid="review-generate"
          disabled={chosen.length === 0}
          loading={busy !== null}
          onClick={() => void generate()}
        >
          {busy ? t('import.generating', { done: busy.done, total: busy.total }) : t('import.generate', { count: chosen.length })}
        </Button>
        {busy ? (
          // Stops after the batch being written; the decks already made stay in the library.
          <Button block style={{ marginTop: 8 }} data-testid="generate-cancel" onClick={() => stop.current?.abort()}>
            {t('import.cancel')}
          </Button>
        ) : (
          <Popconfirm title={t('import.cancelConfirm')} okText={t('import.cancelYes')} cancelText={t('import.cancelNo')} onConfirm={onCancel}>
            <Button block style={{ marginTop: 8 }}>
              {t('import.cancel')}
            </Button>
          </Popconfirm>
        )}
      </aside>
    </div>
  );
}
