import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../api/download';
import { YearSelect, yearsDown } from '../../components/YearSelect';
import { formatLocalDate } from '../../pages/statistics/figures-format';
import { staffApi, staffBlob } from '../session/staff-api';
import { localToday } from './statistics-query';
import type { ReportStatus } from './types';

/** Law 19/2023/QH15 is in force from 1 July 2024: the first year a report is made for. */
const FIRST_REPORT_YEAR = 2024;
const POLL_MS = 1500;

type Format = 'xlsx' | 'pdf';

/**
 * The annual report (Plan 126/KH-UBND: to the department before 15 November): asked of the worker,
 * its progress shown as it runs, then downloaded as XLSX or PDF.
 */
export function AnnualReport() {
  const { t } = useTranslation();
  const headingId = useId();
  const thisYear = Number(localToday().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [reportId, setReportId] = useState<string | null>(null);
  const [status, setStatus] = useState<ReportStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  // Follows the report until it is done or failed.
  useEffect(() => {
    if (reportId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      staffApi<ReportStatus>(`/reports/${reportId}`).then(
        (answer) => {
          if (stopped) return;
          setStatus(answer);
          if (answer.status !== 'done' && answer.status !== 'failed') timer = setTimeout(poll, POLL_MS);
        },
        () => {
          if (!stopped) timer = setTimeout(poll, POLL_MS * 2);
        },
      );
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [reportId]);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    setAsking(true);
    setProblem(null);
    setStatus(null);
    try {
      const { id } = await staffApi<{ id: string }>('/reports/annual', {
        method: 'POST',
        body: { year: Number(year) },
      });
      setReportId(id);
    } catch {
      setProblem(t('staffStatistics.annual.askFailed'));
    } finally {
      setAsking(false);
    }
  };

  const download = async (format: Format) => {
    if (!status) return;
    try {
      saveBlob(await staffBlob(`/reports/${status.id}/file?format=${format}`), `bao-cao-nam-${status.year}.${format}`);
    } catch {
      setProblem(t('staffStatistics.annual.downloadFailed'));
    }
  };

  const years = yearsDown(thisYear + 1, FIRST_REPORT_YEAR);
  const running = status !== null && (status.status === 'queued' || status.status === 'running');
  return (
    <section aria-labelledby={headingId} className="stat-block no-print">
      <h2 id={headingId}>{t('staffStatistics.annual.title')}</h2>
      <p>{t('staffStatistics.annual.intro')}</p>
      <form className="staff-filters" onSubmit={(event) => void ask(event)}>
        <YearSelect
          id="annual-year"
          label={t('staffStatistics.annual.year')}
          years={years}
          value={year}
          onChange={setYear}
        />
        <button type="submit" className="button" disabled={asking || running}>
          {t('staffStatistics.annual.make')}
        </button>
      </form>
      <div role="status" className="annual-status">
        {reportId !== null && status === null && <p>{t('staffStatistics.annual.queued', { percent: 0 })}</p>}
        {status && (
          <>
            <p>
              {t('staffStatistics.annual.period', {
                year: status.year,
                from: formatLocalDate(status.period.from),
                to: formatLocalDate(status.period.to),
              })}
            </p>
            <p>{t(`staffStatistics.annual.${status.status}`, { percent: status.percent })}</p>
            {running && (
              <progress max={100} value={status.percent} aria-label={t('staffStatistics.annual.progress')}>
                {status.percent}%
              </progress>
            )}
            {status.status === 'failed' && status.error && <p>{status.error}</p>}
          </>
        )}
        {problem && <p className="field__error">{problem}</p>}
      </div>
      {status?.status === 'done' && (
        <p className="statistics-export__buttons">
          {(['xlsx', 'pdf'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button--secondary"
              onClick={() => void download(format)}
            >
              {t(`staffStatistics.annual.download.${format}`)}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
