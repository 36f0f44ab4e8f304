/**
 * The original article in a side panel. The paragraph the current slide came from
 * (its data-source) is highlighted and scrolled into view; clicking a paragraph
 * jumps to its first slide. The coverage tab lists article sentences that no
 * longer appear on any slide or in any notes after edits (core's coverage()).
 *
 * A deck made by the import step has its reviewed article saved beside it
 * (<deck>.assets/article.json); the side pane loads that one. Older decks, and a
 * user who wants another text, open the article from a file here (the same
 * import engine as the import wizard).
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Empty, Select, Tabs, Tag, Typography } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { coverage, type Deck } from '../../core/deck';
import type { Article } from '../../core/article/types';
import { importArticleBytes, isImportError } from '../../core/article';
import { base64ToBytes } from '../../core/base64';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { articleParas, isLinked, pickArticle, slideFor, sourcesOf } from './article-model';

export interface ArticleState {
  articles: Article[];
  chosen: number;
  name: string;
  /** Loaded from the article saved with the deck (not a file opened now). */
  saved?: boolean;
}

export interface ArticlePaneProps {
  deck: Deck;
  current: number;
  article: ArticleState | null;
  onArticle(a: ArticleState | null): void;
  onGoto(index: number): void;
  tab: 'article' | 'coverage';
  onTab(tab: 'article' | 'coverage'): void;
}

export function ArticlePane({ deck, current, article, onArticle, onGoto, tab, onTab }: ArticlePaneProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const a = article ? article.articles[article.chosen] : undefined;
  const paras = useMemo(() => (a ? articleParas(a) : []), [a]);
  const sources = sourcesOf(deck.slides[current]);
  // Coverage reads the whole deck: let typing go first on big decks.
  const lazyDeck = useDeferredValue(deck);
  const report = useMemo(() => (a && tab === 'coverage' ? coverage(a, lazyDeck) : null), [a, lazyDeck, tab]);

  useEffect(() => {
    list.current?.querySelector('.is-linked')?.scrollIntoView({ block: 'nearest' });
  }, [current, a, sources.join(' ')]); // eslint-disable-line react-hooks/exhaustive-deps

  const open = async () => {
    setError(null);
    setBusy(true);
    try {
      const file = await getHost().api.file.openArticle();
      if (!file) return;
      const r = await importArticleBytes(base64ToBytes(file.base64), file.name);
      onArticle({ articles: r.articles, chosen: pickArticle(r.articles, deck), name: file.name });
    } catch (e) {
      if (e instanceof HostCallError) setError(messageIn(i18n.language, e.messages));
      else if (isImportError(e)) setError(messageIn(i18n.language, e.message));
      else setError(String(e));
    } finally {
      setBusy(false);
    }
  };

  const header = (
    <div className="article-head">
      <Button size="small" icon={<FileSearchOutlined />} onClick={open} loading={busy} data-testid="open-article">
        {article ? t('editor.article.openOther') : t('editor.article.open')}
      </Button>
      {article?.saved && (
        <Tag color="green" data-testid="article-saved" title={article.name}>
          {t('editor.article.saved')}
        </Tag>
      )}
      {article && article.articles.length > 1 && (
        <Select
          size="small"
          value={article.chosen}
          style={{ minWidth: 160, flex: 1 }}
          aria-label={t('editor.article.choose')}
          onChange={(v) => onArticle({ ...article, chosen: v })}
          options={article.articles.map((x, i) => ({ value: i, label: x.title ?? t('editor.article.untitled', { n: i + 1 }) }))}
        />
      )}
    </div>
  );

  if (!a) {
    return (
      <div className="article-pane">
        {header}
        {error && <Alert type="error" showIcon message={error} style={{ margin: 8 }} />}
        <Empty description={t('editor.article.none')} style={{ marginTop: 32 }} />
      </div>
    );
  }

  return (
    <div className="article-pane">
      {header}
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(k) => onTab(k as 'article' | 'coverage')}
        items={[
          {
            key: 'article',
            label: t('editor.article.tab'),
            children: (
              <div ref={list} className="article-paras" data-testid="article-paragraphs">
                {sources.length === 0 && <Typography.Text type="secondary">{t('editor.article.noLink')}</Typography.Text>}
                {paras.map((p) => {
                  const linked = isLinked(p, sources);
                  const target = slideFor(deck, p.id);
                  return (
                    <button
                      key={p.id}
                      type="button"
                      className={`article-para kind-${p.kind}${linked ? ' is-linked' : ''}`}
                      data-testid={linked ? 'article-linked' : undefined}
                      aria-current={linked ? 'true' : undefined}
                      disabled={target < 0}
                      title={target >= 0 ? t('editor.article.gotoSlide', { n: target + 1 }) : t('editor.article.notUsed')}
                      onClick={() => target >= 0 && onGoto(target)}
                    >
                      {p.text}
                    </button>
                  );
                })}
              </div>
            ),
          },
          {
            key: 'coverage',
            label: (
              <span>
                {t('editor.coverage.tab')} {report && report.problems.length > 0 && <Tag color="warning">{report.problems.length}</Tag>}
              </span>
            ),
            children: report && (
              <div className="coverage" data-testid="coverage">
                <Typography.Paragraph type="secondary">
                  {t('editor.coverage.summary', { percent: Math.round(report.ratio * 100), missing: report.problems.length, total: report.items.length })}
                </Typography.Paragraph>
                {report.problems.length === 0 ? (
                  <Alert type="success" showIcon message={t('editor.coverage.allCovered')} />
                ) : (
                  report.problems.map((p, i) => (
                    <button
                      key={i}
                      type="button"
                      className="coverage-item"
                      data-testid="coverage-missing"
                      onClick={() => {
                        const s = slideFor(deck, p.source);
                        if (s >= 0) onGoto(s);
                      }}
                    >
                      <Tag color={p.status === 'missing' ? 'red' : 'orange'}>{t(`editor.coverage.${p.status}`)}</Tag>
                      {p.text}
                    </button>
                  ))
                )}
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
