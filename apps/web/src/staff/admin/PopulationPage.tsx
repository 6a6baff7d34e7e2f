import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { useLoad } from '../mediation/useLoad';
import { problemText } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { adminApi } from './admin-api';
import { AdminLinks } from './AdminLinks';
import type { CommunePopulation } from './types';
import './i18n';
import './admin.css';

const FILE_ID = 'population-file';

/** "45210", "45.210", "45 210" or "45,210" (thousands grouped as Vietnamese or English write them) → 45210; anything else → null. */
function wholeNumberOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) && !/^\d{1,3}([., ]\d{3})+$/.test(trimmed)) return null;
  return Number(trimmed.replace(/[., ]/g, ''));
}

type RowErrors = Partial<Record<'population' | 'year', string[]>>;

/** One commune: its population and year, saved on their own (empty population clears the figure). */
function PopulationRow({
  commune,
  onSaved,
}: {
  commune: CommunePopulation;
  onSaved: (saved: CommunePopulation) => void;
}) {
  const { t, i18n } = useTranslation();
  const [population, setPopulation] = useState(commune.population === null ? '' : String(commune.population));
  const [year, setYear] = useState(commune.year === null ? '' : String(commune.year));
  const [errors, setErrors] = useState<RowErrors>({});
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = {
    name: `pop-${commune.code}-name`,
    population: `pop-${commune.code}-population`,
    year: `pop-${commune.code}-year`,
  };

  const save = async () => {
    setProblem(null);
    const found: RowErrors = {};
    const clearing = population.trim() === '';
    const inhabitants = clearing ? null : wholeNumberOf(population);
    if (!clearing && inhabitants === null) found.population = [t('staffAdmin.population.wholeNumber')];
    if (!clearing && !/^\d{4}$/.test(year.trim())) found.year = [t('staffAdmin.population.yearNeeded')];
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      const saved = await adminApi.setPopulation(
        commune.code,
        inhabitants === null ? { population: null } : { population: inhabitants, year: Number(year.trim()) },
      );
      setPopulation(saved.population === null ? '' : String(saved.population));
      setYear(saved.year === null ? '' : String(saved.year));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const byField: RowErrors = {};
        for (const e of error.fieldErrors) {
          const field = e.field === 'year' ? 'year' : 'population';
          byField[field] = [...(byField[field] ?? []), ...e.messages];
        }
        setErrors(byField);
      } else setProblem(problemText(error, t));
    } finally {
      setSending(false);
    }
  };

  const input = (field: 'population' | 'year', value: string, set: (text: string) => void, width: string) => {
    const errorId = errors[field] ? `${ids[field]}-error` : undefined;
    return (
      <td data-label={t(`staffAdmin.population.col.${field}`)}>
        {errors[field] && (
          <p id={errorId} className="field__error">
            {errors[field].join(' ')}
          </p>
        )}
        <input
          id={ids[field]}
          className={`field__input population-input population-input--${width}`}
          inputMode="numeric"
          autoComplete="off"
          aria-labelledby={`population-col-${field} ${ids.name}`}
          aria-describedby={errorId}
          aria-invalid={errors[field] ? true : undefined}
          value={value}
          onChange={(event) => set(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void save();
          }}
        />
      </td>
    );
  };

  return (
    <tr>
      <th scope="row" id={ids.name}>
        {commune.name}
        <span className="population-known">{t('staffAdmin.population.code', { code: commune.code })}</span>
        {commune.population !== null && (
          <span className="population-known">
            {t('staffAdmin.population.known', {
              population: commune.population.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN'),
              year: commune.year,
            })}
          </span>
        )}
      </th>
      {input('population', population, setPopulation, 'wide')}
      {input('year', year, setYear, 'narrow')}
      <td>
        <button type="button" className="button button--secondary" disabled={sending} onClick={() => void save()}>
          {t('staffAdmin.population.save')}
          <span className="visually-hidden"> {commune.name}</span>
        </button>
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
      </td>
    </tr>
  );
}

/** The CSV import: a file of code,population,year; every bad line listed beside the file input. */
function PopulationImport({ onImported }: { onImported: (count: number) => void }) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const errorsRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const show = (messages: string[]) => {
      setErrors(messages);
      // The list is read out and in view as soon as it shows.
      requestAnimationFrame(() => errorsRef.current?.focus());
    };
    if (!file) return show([t('staffAdmin.population.fileMissing')]);
    setSending(true);
    try {
      const result = await adminApi.importPopulations(file);
      setErrors([]);
      if (fileRef.current) fileRef.current.value = '';
      onImported(result.imported);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        show(error.fieldErrors.flatMap((e) => e.messages));
      } else if (error instanceof ApiError && error.status === 413) {
        show([t('staffAdmin.population.fileTooLarge')]);
      } else show([problemText(error, t)]);
    } finally {
      setSending(false);
    }
  };

  const errorId = errors.length > 0 ? `${FILE_ID}-error` : undefined;
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('staffAdmin.population.importTitle')}</h2>
      <p>{t('staffAdmin.population.importIntro')}</p>
      <pre className="population-example" aria-label={t('staffAdmin.population.exampleLabel')}>
        {'code,population,year\n05443,45210,2025\n05467,30117,2025'}
      </pre>
      <p>{t('staffAdmin.population.importRules')}</p>
      <div className={`field${errors.length > 0 ? ' field--error' : ''}`}>
        <label htmlFor={FILE_ID} className="field__label">
          {t('staffAdmin.population.file')}
        </label>
        <p id={`${FILE_ID}-hint`} className="field__hint">
          {t('staffAdmin.population.fileHint')}
        </p>
        {errors.length > 0 && (
          <div id={errorId} className="field__error population-errors" tabIndex={-1} ref={errorsRef} role="alert">
            <p>{t('staffAdmin.population.fileRefused')}</p>
            <ul>
              {errors.map((message, index) => (
                <li key={`${index}-${message}`}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <input
          id={FILE_ID}
          ref={fileRef}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={[`${FILE_ID}-hint`, errorId].filter(Boolean).join(' ')}
          aria-invalid={errors.length > 0 || undefined}
        />
      </div>
      <button type="submit" className="button" disabled={sending}>
        {t('staffAdmin.population.import')}
      </button>
    </form>
  );
}

/** /staff/admin/population: the communes' population, for the department's rate per 10,000 inhabitants. */
export default function PopulationPage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const list = useLoad(() => adminApi.populations(), 'populations');
  const [saved, setSaved] = useState<Record<string, CommunePopulation>>({});

  const communes =
    list.state === 'ready'
      ? list.data.map((c) => saved[c.code] ?? c).sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      : [];
  const known = communes.filter((c) => c.population !== null).length;

  return (
    <StaffPage title={t('staffAdmin.population.title')} lead={t('staffAdmin.population.lead')}>
      <AdminLinks />
      <div role="status">{message && <p className="panel staff-success">{message}</p>}</div>
      {list.state === 'loading' && <Loading />}
      {list.state === 'failed' && <p role="alert">{problemText(list.error, t)}</p>}
      {list.state === 'ready' && (
        <>
          <p>
            <strong>{t('staffAdmin.population.count', { known, total: communes.length })}</strong>
          </p>
          <PopulationImport
            onImported={(count) => {
              setSaved({});
              list.reload();
              setMessage(t('staffAdmin.population.imported', { count }));
            }}
          />
          <h2>{t('staffAdmin.population.oneTitle')}</h2>
          <p>{t('staffAdmin.population.howTo')}</p>
          <div
            className="staff-table-wrap"
            tabIndex={0}
            role="region"
            aria-label={t('staffAdmin.population.caption', { count: communes.length })}
          >
            <table className="staff-table population-table">
              <caption>{t('staffAdmin.population.caption', { count: communes.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffAdmin.population.col.commune')}</th>
                  <th scope="col" id="population-col-population">
                    {t('staffAdmin.population.col.population')}
                  </th>
                  <th scope="col" id="population-col-year">
                    {t('staffAdmin.population.col.year')}
                  </th>
                  <th scope="col">{t('staffAdmin.population.col.action')}</th>
                </tr>
              </thead>
              <tbody>
                {communes.map((commune) => (
                  <PopulationRow
                    // A new figure (saved here or imported) starts the row afresh.
                    key={`${commune.code}:${commune.population}:${commune.year}`}
                    commune={commune}
                    onSaved={(row) => {
                      setSaved((current) => ({ ...current, [row.code]: row }));
                      setMessage(
                        row.population === null
                          ? t('staffAdmin.population.cleared', { name: row.name })
                          : t('staffAdmin.population.saved', { name: row.name }),
                      );
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </StaffPage>
  );
}
