import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { downloadRecord } from './case-api';
import { errorSentence } from './errors';
import type { RecordKind, TimelineEntry } from '../../api/types';

/** Which records exist, from the timeline: a negotiation that ended, a mediation's result. */
export function availableRecords(timeline: readonly TimelineEntry[]): RecordKind[] {
  const kinds = new Set<RecordKind>();
  for (const e of timeline) {
    if (e.fromStatus === 'negotiation' && e.toStatus && e.toStatus !== 'negotiation' && e.toStatus !== 'needs_info')
      kinds.add('negotiation');
    if (e.action === 'record_mediation_result' && e.toStatus === 'resolved') kinds.add('mediation-success');
    if (e.action === 'record_mediation_result' && e.toStatus === 'unresolved') kinds.add('mediation-failure');
  }
  return [...kinds];
}

/** The records (PDF) to download: fetched with the key in a header, offered through a blob: URL. */
export function Records({ code, accessKey, kinds }: { code: string; accessKey: string; kinds: readonly RecordKind[] }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<RecordKind | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (kinds.length === 0) return null;

  const download = async (kind: RecordKind) => {
    setBusy(kind);
    setError(null);
    try {
      await downloadRecord(code, accessKey, kind);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('network', 0));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="case-records-title">
      <h2 id="case-records-title">{t('case.records.heading')}</h2>
      <p>{t('case.records.intro')}</p>
      {error && (
        <div className="error-summary" role="alert">
          <p>{errorSentence(t, error)}</p>
        </div>
      )}
      <ul className="case-records">
        {kinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null}
              onClick={() => void download(kind)}
            >
              {busy === kind ? t('case.records.downloading') : t(`case.records.kind.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
