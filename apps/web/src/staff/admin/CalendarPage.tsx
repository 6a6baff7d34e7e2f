import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { FormFacts } from '../mediation/FormFacts';
import { useLoad } from '../mediation/useLoad';
import { problemText, useStaffForm } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { adminApi } from './admin-api';
import { AdminLinks } from './AdminLinks';
import { parseDateLines, toDmy } from './dates';
import './i18n';
import './admin.css';

const IDS = { daysOff: 'calendar-days-off', workingDays: 'calendar-working-days', source: 'calendar-source' };

/**
 * /staff/admin/calendar: a year's days off and swapped working Saturdays, which every working-day
 * clock counts with; the Labour Code's holidays shown and pre-filled.
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear;
  const table = useLoad(() => adminApi.calendarYear(year), String(year));
  const [daysOff, setDaysOff] = useState('');
  const [workingDays, setWorkingDays] = useState('');
  const [source, setSource] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const form = useStaffForm(IDS);

  const loaded = table.state === 'ready' ? table.data : null;
  useEffect(() => {
    if (!loaded) return;
    setDaysOff(loaded.daysOff.map(toDmy).join('\n'));
    setWorkingDays(loaded.workingDays.map(toDmy).join('\n'));
    setSource(loaded.source);
  }, [loaded]);

  const prefill = () => {
    if (table.state !== 'ready') return;
    const current = parseDateLines(daysOff).dates;
    const all = [...new Set([...current, ...(table.data.holidays ?? []).map((h) => h.date)])].sort();
    setDaysOff(all.map(toDmy).join('\n'));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const off = parseDateLines(daysOff);
    const work = parseDateLines(workingDays);
    const found: Record<string, string[]> = {};
    const outside = (dates: string[]) => dates.filter((d) => !d.startsWith(`${year}-`));
    if (off.bad.length > 0 || outside(off.dates).length > 0)
      found[IDS.daysOff] = [
        t('staffAdmin.calendar.badDates', { lines: [...off.bad, ...outside(off.dates).map(toDmy)].join(', '), year }),
      ];
    if (work.bad.length > 0 || outside(work.dates).length > 0)
      found[IDS.workingDays] = [
        t('staffAdmin.calendar.badDates', { lines: [...work.bad, ...outside(work.dates).map(toDmy)].join(', '), year }),
      ];
    const ok = await form.submit(found, async () => {
      await adminApi.saveCalendarYear(year, {
        daysOff: off.dates,
        workingDays: work.dates,
        ...(source.trim() ? { source: source.trim() } : {}),
      });
    });
    if (ok) {
      setMessage(t('staffAdmin.calendar.saved', { year }));
      table.reload();
    }
  };

  const reset = async () => {
    setMessage(null);
    try {
      await adminApi.resetCalendarYear(year);
      setMessage(t('staffAdmin.calendar.resetDone', { year }));
      table.reload();
    } catch (error) {
      setMessage(problemText(error, t));
    }
  };

  return (
    <StaffPage title={t('staffAdmin.calendar.title')} lead={t('staffAdmin.calendar.lead')}>
      <AdminLinks />
      <Field id="calendar-year" label={t('staffAdmin.calendar.year')}>
        {({ describedBy }) => (
          <select
            id="calendar-year"
            className="field__input"
            aria-describedby={describedBy}
            value={year}
            onChange={(event) => setParams({ year: event.target.value })}
          >
            {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
      {message && (
        <p className="panel staff-success" role="status">
          {message}
        </p>
      )}
      {table.state === 'loading' && <Loading />}
      {table.state === 'failed' && <p role="alert">{problemText(table.error, t)}</p>}
      {table.state === 'ready' && (
        <>
          <p>
            <span className="badge">{t(`staffAdmin.calendar.origin.${table.data.origin}`)}</span>{' '}
            {typeof table.data.workingDayCount === 'number' &&
              t('staffAdmin.calendar.count', { count: table.data.workingDayCount, year })}
          </p>
          <section aria-labelledby="holidays-title">
            <h2 id="holidays-title">{t('staffAdmin.calendar.holidays')}</h2>
            <p>{t('staffAdmin.calendar.holidaysIntro')}</p>
            <ul className="admin-days">
              {(table.data.holidays ?? []).map((h) => (
                <li key={h.date}>
                  {toDmy(h.date)}: {t(`staffAdmin.calendar.holiday.${h.kind}`, { defaultValue: h.kind })}
                  {h.replaces && ` (${t('staffAdmin.calendar.replaces', { date: toDmy(h.replaces) })})`}
                </li>
              ))}
            </ul>
            <button type="button" className="button button--secondary" onClick={prefill}>
              {t('staffAdmin.calendar.prefill')}
            </button>
          </section>
          <form noValidate onSubmit={(event) => void save(event)}>
            <h2>{t('staffAdmin.calendar.edit', { year })}</h2>
            <ErrorSummary items={form.summary} />
            <FormFacts
              does={t('staffAdmin.calendar.does')}
              told={t('staffAdmin.calendar.told')}
              basis={t('staffAdmin.calendar.basis')}
            />
            <TextField
              id={IDS.daysOff}
              label={t('staffAdmin.calendar.daysOff')}
              hint={t('staffAdmin.calendar.linesHint')}
              multiline
              errors={form.errors[IDS.daysOff]}
              value={daysOff}
              onChange={(event) => setDaysOff(event.target.value)}
            />
            <TextField
              id={IDS.workingDays}
              label={t('staffAdmin.calendar.workingDays')}
              hint={t('staffAdmin.calendar.workingDaysHint')}
              multiline
              errors={form.errors[IDS.workingDays]}
              value={workingDays}
              onChange={(event) => setWorkingDays(event.target.value)}
            />
            <TextField
              id={IDS.source}
              label={t('staffAdmin.calendar.source')}
              hint={t('staffAdmin.calendar.sourceHint')}
              maxLength={300}
              errors={form.errors[IDS.source]}
              value={source}
              onChange={(event) => setSource(event.target.value)}
            />
            <button type="submit" className="button" disabled={form.sending}>
              {t('staffAdmin.calendar.save', { year })}
            </button>
          </form>
          {table.data.origin === 'saved' && (
            <button type="button" className="button button--warning" onClick={() => void reset()}>
              {t('staffAdmin.calendar.reset', { year })}
            </button>
          )}
        </>
      )}
    </StaffPage>
  );
}
