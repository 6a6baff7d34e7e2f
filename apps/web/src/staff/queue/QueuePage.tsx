import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../components/Field';
import { useCommunes, useSectors } from '../../pages/file/useReference';
import { StaffPage } from '../StaffPage';
import { CASE_STATUSES } from '../case/vocabulary';
import { CaseListView } from './CaseListView';

/** The filters the queue keeps in the URL (shareable), as the api takes them. */
const FILTERS = ['status', 'sector', 'commune', 'priority', 'overdue', 'assignee'] as const;
type Filter = (typeof FILTERS)[number];

/** /staff/cases: every case the person may see, filtered, counted, page after page. */
export default function QueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const current = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<Filter, string>;
  const [draft, setDraft] = useState(current);
  const sectors = useSectors();
  const communes = useCommunes();

  const query = new URLSearchParams(
    FILTERS.flatMap((f) => (current[f] ? [[f, current[f]] as [string, string]] : [])),
  ).toString();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (draft[f]) next.set(f, draft[f]);
    setParams(next);
  };
  const clear = () => {
    setDraft(Object.fromEntries(FILTERS.map((f) => [f, ''])) as Record<Filter, string>);
    setParams(new URLSearchParams());
  };
  const set = (filter: Filter) => (value: string) => setDraft((before) => ({ ...before, [filter]: value }));

  const select = (filter: Filter, options: readonly { value: string; label: string }[]) => (
    <Field id={`filter-${filter}`} label={t(`staff.queue.filter.${filter}`)}>
      {({ describedBy }) => (
        <select
          id={`filter-${filter}`}
          className="field__input"
          aria-describedby={describedBy}
          value={draft[filter]}
          onChange={(event) => set(filter)(event.target.value)}
        >
          <option value="">{t('staff.queue.filter.all')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <StaffPage title={t('staff.queue.title')}>
      <form className="staff-filters" onSubmit={apply} aria-label={t('staff.queue.filtersLabel')}>
        {select(
          'status',
          CASE_STATUSES.map((s) => ({ value: s, label: t(`case.status.${s}.name`) })),
        )}
        {select(
          'sector',
          sectors.state === 'ready' ? sectors.items.map((s) => ({ value: s.code, label: s.name })) : [],
        )}
        {select(
          'commune',
          communes.state === 'ready' ? communes.items.map((c) => ({ value: c.code, label: c.name })) : [],
        )}
        {select('priority', [
          { value: 'true', label: t('staff.queue.filter.priorityYes') },
          { value: 'false', label: t('staff.queue.filter.priorityNo') },
        ])}
        {select('overdue', [{ value: 'true', label: t('staff.queue.filter.overdueYes') }])}
        {select('assignee', [{ value: 'me', label: t('staff.queue.filter.assigneeMe') }])}
        <div className="staff-filter-buttons">
          <button type="submit" className="button">
            {t('staff.queue.filter.apply')}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('staff.queue.filter.clear')}
          </button>
        </div>
      </form>
      <CaseListView key={query} query={query} caption={t('staff.queue.caption')} />
    </StaffPage>
  );
}
