import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../api/download';
import { staffBlob } from '../session/staff-api';
import { apiParams, type DashboardQuery } from './statistics-query';

type Format = 'csv' | 'xlsx';

/**
 * The view as a file (GET /statistics/export with the same parameters): fetched with the token and
 * handed to the browser as a download, since a plain link cannot carry the token.
 */
export function ExportButtons({ query }: { query: DashboardQuery }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  const download = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    try {
      const blob = await staffBlob(`/statistics/export?${apiParams(query, query.by, { format })}`);
      saveBlob(blob, `thong-ke-${query.from}-${query.to}.${format}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="statistics-export no-print">
      <p>{t('staffStatistics.export.intro')}</p>
      <p className="statistics-export__buttons">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {t(`staffStatistics.export.${format}`)}
          </button>
        ))}
      </p>
      <p role="status">
        {busy && t('staffStatistics.export.busy')}
        {failed && t('staffStatistics.export.failed')}
      </p>
    </div>
  );
}
