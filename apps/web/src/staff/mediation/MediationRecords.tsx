import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediationApi } from './mediation-api';
import type { MediationCase } from './types';
import { problemText } from './useStaffForm';

/** The mediation's records the caller may read, as PDFs: success (Art 65.2) or failure. */
export function MediationRecords({ mediationCase }: { mediationCase: MediationCase }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const kinds = [
    ...(mediationCase.lifecycle.mediationRecord ? ['mediation-success'] : []),
    ...(mediationCase.lifecycle.mediationFailure ? ['mediation-failure'] : []),
  ];
  if (kinds.length === 0) return null;
  const download = async (kind: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await mediationApi.downloadRecord(mediationCase.id, mediationCase.trackingCode, kind);
    } catch (error) {
      setProblem(problemText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="med-records">
      <h3 id="med-records">{t('staffMediation.records.title')}</h3>
      <p>{t('staffMediation.records.intro')}</p>
      {problem && <p role="alert">{problem}</p>}
      <ul className="inline-list">
        {kinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void download(kind)}
            >
              {t(`staffMediation.records.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
