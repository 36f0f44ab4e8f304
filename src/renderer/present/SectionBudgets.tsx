/**
 * The presenter's strip of sections: time spent in each, the minutes planned for
 * it (typed here), and a colour that turns amber near and red over the budget.
 */
import { useTranslation } from 'react-i18next';
import { budgetState, formatDuration, type DeckSection } from './sections';

/** Section titles are inline Markdown; the strip shows plain text. */
export const plainTitle = (s: string) => s.replace(/[*_`]/g, '');

export function SectionBudgets(props: {
  sections: DeckSection[];
  current: number;
  spentIn: (k: number) => number;
  budgets: Record<number, number>;
  onBudget: (start: number, minutes: number) => void;
}) {
  const { sections, current, spentIn, budgets, onBudget } = props;
  const { t } = useTranslation();
  return (
    <div className="presenter-sections" data-testid="presenter-sections">
      {sections.map((s, k) => {
        const state = budgetState(spentIn(k), budgets[s.start]);
        const title = plainTitle(s.title);
        return (
          <div key={s.start} className={`presenter-section budget-${state}${k === current ? ' is-current' : ''}`} data-budget={state}>
            <div className="presenter-section-title" title={title}>
              {title}
            </div>
            <div className="presenter-section-time">
              <span className="presenter-section-spent">{formatDuration(spentIn(k))}</span>
              <span>/</span>
              <input
                type="number"
                min={0}
                max={999}
                aria-label={t('present.presenter.budgetFor', { title })}
                value={budgets[s.start] ?? ''}
                placeholder="—"
                onChange={(e) => onBudget(s.start, Number(e.target.value))}
              />
              <span>{t('present.presenter.minutes')}</span>
            </div>
          </div>
        );
      })}
    </div>
  );
}
