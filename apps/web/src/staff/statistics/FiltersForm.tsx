import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useCommunes, useSectors } from '../../pages/file/useReference';
import type { DashboardQuery } from './statistics-query';
import { CHANNELS, DIMENSIONS } from './types';
import { useStaffQuery } from './useStaffQuery';

interface Organisation {
  id: string;
  name: string;
}

/** A labelled select of the filters. */
function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <SelectField id={id} label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {children}
    </SelectField>
  );
}

/**
 * The period, the breakdown and the filters; "Show" puts them in the URL (shareable). An officer
 * sees their own unit whatever is chosen, so the unit filter is not offered to them.
 */
export function FiltersForm({
  query,
  unitFilter,
  onApply,
}: {
  query: DashboardQuery;
  unitFilter: boolean;
  onApply: (query: DashboardQuery) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  const sectors = useSectors();
  const communes = useCommunes();
  const organisations = useStaffQuery<Organisation[]>('/reference/organisations');
  const set = (key: keyof DashboardQuery) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const all = <option value="">{t('staffStatistics.filters.all')}</option>;
  return (
    <form
      className="staff-filters statistics-filters no-print"
      onSubmit={submit}
      aria-label={t('staffStatistics.filters.title')}
    >
      <Field id="stat-from" label={t('staffStatistics.filters.from')}>
        {({ describedBy }) => (
          <input
            id="stat-from"
            type="date"
            className="field__input"
            value={draft.from}
            required
            aria-describedby={describedBy}
            onChange={(event) => set('from')(event.target.value)}
          />
        )}
      </Field>
      <Field id="stat-to" label={t('staffStatistics.filters.to')}>
        {({ describedBy }) => (
          <input
            id="stat-to"
            type="date"
            className="field__input"
            value={draft.to}
            required
            aria-describedby={describedBy}
            onChange={(event) => set('to')(event.target.value)}
          />
        )}
      </Field>
      <Select id="stat-by" label={t('staffStatistics.filters.by')} value={draft.by} onChange={set('by')}>
        {DIMENSIONS.map((by) => (
          <option key={by} value={by}>
            {t(`staffStatistics.by.${by}`)}
          </option>
        ))}
      </Select>
      <Select
        id="stat-sector"
        label={t('staffStatistics.filters.sector')}
        value={draft.sector}
        onChange={set('sector')}
      >
        {all}
        {sectors.state === 'ready' &&
          sectors.items.map((sector) => (
            <option key={sector.code} value={sector.code}>
              {sector.name}
            </option>
          ))}
      </Select>
      <Select
        id="stat-commune"
        label={t('staffStatistics.filters.commune')}
        value={draft.commune}
        onChange={set('commune')}
      >
        {all}
        {communes.state === 'ready' &&
          [...communes.items]
            .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
            .map((commune) => (
              <option key={commune.code} value={commune.code}>
                {commune.name}
              </option>
            ))}
      </Select>
      <Select
        id="stat-channel"
        label={t('staffStatistics.filters.channel')}
        value={draft.channel}
        onChange={set('channel')}
      >
        {all}
        {CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t(`staffStatistics.channel.${channel}`)}
          </option>
        ))}
      </Select>
      <Select
        id="stat-vulnerable"
        label={t('staffStatistics.filters.vulnerable')}
        value={draft.vulnerable}
        onChange={set('vulnerable')}
      >
        {all}
        <option value="true">{t('staffStatistics.filters.vulnerableOnly')}</option>
        <option value="false">{t('staffStatistics.filters.vulnerableNot')}</option>
      </Select>
      {unitFilter && (
        <Select
          id="stat-org"
          label={t('staffStatistics.filters.handlingOrg')}
          value={draft.handlingOrg}
          onChange={set('handlingOrg')}
        >
          {all}
          {organisations.state === 'ready' &&
            organisations.data.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
        </Select>
      )}
      <button type="submit" className="button">
        {t('staffStatistics.filters.apply')}
      </button>
    </form>
  );
}
