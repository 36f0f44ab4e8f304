/**
 * One imported article as an outline the user corrects before slides are made:
 * title and byline fields, the lead, each section heading with its paragraphs,
 * and the extras (column labels, banners, notes the importer set aside). Every
 * correction goes through a pure function of review-ops.ts.
 */
import { memo, useMemo, useState } from 'react';
import { Button, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Article, Section } from '../../core/article';
import { CommitInput } from './CommitInput';
import { LazyMount } from './LazyMount';
import * as ops from '../../core/article/review-ops';

/** Lines (headings + paragraphs) of the outline rendered at a time. */
const PAGE_LINES = 400;

export interface ReviewItem {
  article: Article;
  include: boolean;
}

function ParagraphLine({
  text,
  loc,
  isFirstInSection,
  apply,
}: {
  text: string;
  loc: ops.ParagraphLoc;
  isFirstInSection: boolean;
  apply: (f: (a: Article) => Article) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Two lines of the review column hold about this many characters; a CSS clamp costs nothing to lay out,
  // where antd's measured ellipsis took seconds over a few thousand rows.
  const long = text.length > 90;
  return (
    // The row takes focus so keyboard users reach its actions, which show on hover or focus only.
    <div className="review-line review-paragraph" data-testid="review-paragraph" tabIndex={0}>
      <div className="review-text">
        <span className={long && !open ? 'review-clamp' : undefined}>{text}</span>
        {long && (
          <Button type="link" size="small" className="review-expand" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t(open ? 'import.collapse' : 'import.expand')}
          </Button>
        )}
      </div>
      <div className="review-actions">
        <Button size="small" type="link" onClick={() => apply((a) => ops.promoteToHeading(a, loc))}>
          {t('import.promote')}
        </Button>
        {loc.section >= 0 && !isFirstInSection && (
          <Button size="small" type="link" onClick={() => apply((a) => ops.splitSectionAt(a, loc))}>
            {t('import.split')}
          </Button>
        )}
        <Button size="small" type="link" onClick={() => apply((a) => ops.markNotBody(a, loc))}>
          {t('import.notBody')}
        </Button>
        <Button size="small" type="link" onClick={() => apply((a) => ops.makeTitle(a, loc))}>
          {t('import.useAsTitle')}
        </Button>
      </div>
    </div>
  );
}

function HeadingLine({
  section,
  index,
  count,
  apply,
  onSplitArticle,
}: {
  section: Section;
  index: number;
  count: number;
  apply: (f: (a: Article) => Article) => void;
  onSplitArticle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`review-line review-heading review-level-${section.level}`} data-testid="review-heading">
      <Select
        size="small"
        aria-label={t('import.level')}
        value={section.level}
        style={{ width: 120, flex: 'none' }}
        onChange={(v) => apply((a) => ops.setLevel(a, index, v))}
        options={[1, 2, 3].map((l) => ({ value: l as 1 | 2 | 3, label: t(`import.levels.${l}`) }))}
      />
      <CommitInput
        size="small"
        variant="borderless"
        aria-label={t('import.heading')}
        data-testid="review-heading-input"
        value={section.heading}
        onCommit={(v) => apply((a) => ops.setHeading(a, index, v))}
      />
      <div className="review-actions">
        <Button size="small" type="link" onClick={() => apply((a) => ops.demoteHeading(a, index))}>
          {t('import.demote')}
        </Button>
        {index < count - 1 && (
          <Button size="small" type="link" onClick={() => apply((a) => ops.mergeWithNext(a, index))}>
            {t('import.mergeNext')}
          </Button>
        )}
        {index > 0 && (
          <Button size="small" type="link" onClick={onSplitArticle}>
            {t('import.newArticle')}
          </Button>
        )}
      </div>
    </div>
  );
}

/** What the review does with an article's corrections; one stable object, so unchanged articles skip re-rendering. */
export interface OutlineHandlers {
  change(index: number, next: Article): void;
  include(index: number, include: boolean): void;
  /** Merge into the previous article. */
  mergeUp(index: number): void;
  splitArticle(index: number, section: number): void;
}

/** Memoised: a review of a hundred articles re-renders only the one that changed (progress ticks re-rendered all). */
export const ArticleOutline = memo(function ArticleOutline({
  item,
  index,
  eager,
  canMergeUp,
  handlers,
}: {
  item: ReviewItem;
  index: number;
  /** Render the outline at once (the first articles); the others when scrolled near. */
  eager?: boolean;
  canMergeUp: boolean;
  handlers: OutlineHandlers;
}) {
  const { t } = useTranslation();
  const a = item.article;
  const apply = (f: (a: Article) => Article) => handlers.change(index, f(a));
  const body = a.lead.length + a.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  // Counting characters walks the whole text: once per version of the article, not per render.
  const chars = useMemo(() => ops.characterCount(a), [a]);
  // A huge paste can hold thousands of sections: render the outline in pages so the window stays responsive.
  const [limit, setLimit] = useState(PAGE_LINES);
  const shownLead = Math.min(a.lead.length, limit);
  let lines = shownLead;
  let shownSections = 0;
  while (shownSections < a.sections.length && lines < limit) lines += 1 + a.sections[shownSections++]!.paragraphs.length;
  const hiddenLines = a.sections.length + body - lines;

  return (
    <section className="review-article" data-testid="review-article" aria-label={t('import.articleN', { n: index + 1 })}>
      {/* Plain elements, not antd's: a hundred headers render at once when a long file is dropped,
          and antd's Checkbox, Typography and Button (each with its observers and wave effect) were
          most of the time before the review appeared. */}
      <header className="review-article-head">
        <label className="review-include">
          <input type="checkbox" checked={item.include} onChange={(e) => handlers.include(index, e.target.checked)} data-testid="review-include" />
          <span>{t('import.articleN', { n: index + 1 })}</span>
        </label>
        <span className="review-stats">
          {t('import.stats', { structure: structureText(a, t), paragraphs: body, chars })} · {a.sourceName}
        </span>
        {canMergeUp && (
          // A native title, not antd's Tooltip: a hundred headers each with a Tooltip cost seconds to mount.
          <button type="button" className="review-merge-up" title={t('import.mergeUpHint')} onClick={() => handlers.mergeUp(index)}>
            {t('import.mergeUp')}
          </button>
        )}
      </header>

      <LazyMount eager={eager} estimate={120 + Math.min(lines, limit) * 34}>
      <div className={item.include ? undefined : 'review-excluded'}>
        <label className="review-field">
          <span>{t('import.title')}</span>
          <CommitInput
            aria-label={t('import.title')}
            data-testid="review-title"
            value={a.title ?? ''}
            placeholder={t('import.noTitle')}
            onCommit={(v) => apply((x) => ops.setTitle(x, v))}
          />
        </label>
        {a.subtitle && (
          <div className="review-field">
            <span>{t('import.subtitle')}</span>
            <Typography.Text>{a.subtitle}</Typography.Text>
          </div>
        )}
        <label className="review-field">
          <span>{t('import.byline')}</span>
          <CommitInput
            aria-label={t('import.byline')}
            data-testid="review-byline"
            value={a.byline ?? ''}
            placeholder={t('import.noByline')}
            onCommit={(v) => apply((x) => ops.setByline(x, v))}
          />
        </label>

        <div className="review-outline" role="list" aria-label={t('import.outline')}>
          {a.lead.length > 0 && (
            <div role="listitem" className="review-section">
              <div className="review-line review-lead-label">
                <Tag>{t('import.lead')}</Tag>
              </div>
              {a.lead.slice(0, shownLead).map((p, pi) => (
                <ParagraphLine key={`l${pi}`} text={p} loc={{ section: -1, paragraph: pi }} isFirstInSection={pi === 0} apply={apply} />
              ))}
            </div>
          )}
          {a.sections.slice(0, shownSections).map((s, si) => (
            <div role="listitem" className="review-section" key={`s${si}`} data-testid="review-section">
              <HeadingLine section={s} index={si} count={a.sections.length} apply={apply} onSplitArticle={() => handlers.splitArticle(index, si)} />
              {s.paragraphs.map((p, pi) => (
                <ParagraphLine key={`s${si}p${pi}`} text={p} loc={{ section: si, paragraph: pi }} isFirstInSection={pi === 0} apply={apply} />
              ))}
            </div>
          ))}
          {hiddenLines > 0 && (
            <Button type="dashed" block style={{ marginTop: 8 }} onClick={() => setLimit((l) => l + PAGE_LINES)}>
              {t('import.showMore', { count: hiddenLines })}
            </Button>
          )}
        </div>

        {a.extras.length > 0 && (
          <div className="review-extras">
            <Typography.Text strong>{t('import.extras')}</Typography.Text>
            <Typography.Text type="secondary"> {t('import.extrasHint')}</Typography.Text>
            {a.extras.map((e, ei) => (
              <div className="review-line" key={`e${ei}`} data-testid="review-extra">
                <Tag>{t(`import.extraKinds.${e.kind}`)}</Tag>
                <Typography.Text className="review-text">{e.text}</Typography.Text>
                <div className="review-actions">
                  <Button size="small" type="link" onClick={() => apply((x) => ops.restoreExtra(x, ei))}>
                    {t('import.restore')}
                  </Button>
                </div>
              </div>
            ))}
          </div>
        )}
      </div>
      </LazyMount>
    </section>
  );
});

/** "3 节 9 小节": top-level sections and the sub-sections under them, counted apart. */
function structureText(a: Article, t: TFunction): string {
  const { top, sub } = ops.sectionCounts(a);
  const parts = [top > 0 ? t('import.sectionsTop', { count: top }) : '', sub > 0 ? t('import.sectionsSub', { count: sub }) : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : t('import.noSections');
}
