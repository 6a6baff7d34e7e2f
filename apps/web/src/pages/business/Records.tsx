import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { problemMessage } from './problems';
import { businessDownload } from './business-api';
import type { RecordKind } from '../../api/types';
import type { BusinessView } from './types';

/** Which records the link gives now: the negotiation's (Art 60), or the mediation's once it ended (Art 65). */
function recordsOf(view: BusinessView): RecordKind[] {
  if (view.purpose !== 'mediation' && view.purpose !== 'mediation_record') {
    return view.status === 'negotiation' ? [] : ['negotiation'];
  }
  // Declined or lapsed before the business agreed: no session was held, so there is no record.
  if (!view.mediation?.businessConsentAt) return [];
  if (view.status === 'resolved') return ['mediation-success'];
  if (view.status === 'unresolved') return ['mediation-failure'];
  return [];
}

/** The records as PDF, fetched through the link and saved from a blob. */
export function Records({ token, view }: { token: string; view: BusinessView }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<RecordKind | null>(null);
  const kinds = recordsOf(view);

  const download = async (kind: RecordKind) => {
    setBusy(kind);
    setProblem(null);
    try {
      await businessDownload(token, `/records/${kind}`, `${view.trackingCode}-${kind}.pdf`);
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.kind === 'rule' ? t('business.records.notReady') : problemMessage(error, t),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title">{t('business.records.title')}</h2>
      {kinds.length === 0 ? (
        <p>{t(view.purpose === 'negotiation' ? 'business.records.noneYet' : 'business.records.noneMediation')}</p>
      ) : (
        <ul className="business-records">
          {kinds.map((kind) => (
            <li key={kind}>
              <p>{t(`business.records.kind.${kind}.what`)}</p>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy !== null}
                onClick={() => void download(kind)}
              >
                {t(`business.records.kind.${kind}.download`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </section>
  );
}
