import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { act, uploadEvidence } from './case-api';
import { Deadlines } from './Deadlines';
import { EvidenceList } from './EvidenceList';
import { KeyForm } from './KeyForm';
import { LoadFailure } from './LoadFailure';
import { MediationRequest } from './MediationRequest';
import { MyData } from './MyData';
import { Notice } from './Notice';
import { PerformanceQuestion } from './PerformanceQuestion';
import { ProposalAnswer } from './ProposalAnswer';
import { availableRecords, Records } from './Records';
import { RequestAnswer } from './RequestAnswer';
import { Sessions } from './Sessions';
import { StatusPanel } from './StatusPanel';
import { Timeline } from './Timeline';
import { Warnings } from './Warnings';
import { Withdraw } from './Withdraw';
import { canRate, hasMediation, performanceAsked } from './case-state';
import type { RunAction } from './types';
import { useConsumerCase } from './useConsumerCase';
import './case.css';

/** The consumer's case: what it is now, what you can do, what must happen by when, what happened. */
export default function CasePage() {
  const { t } = useTranslation();
  const { trackingCode = '' } = useParams();
  const { key, view, setView, error, keyRejected, submitKey, reload, rejectKey } = useConsumerCase(trackingCode);
  const [notice, setNotice] = useState<{ message: string; tone: 'success' | 'info' } | null>(null);
  usePageTitle(key ? t('case.title') : t('case.key.title'));

  const run: RunAction = useCallback(
    async (action, body, before) => {
      if (!key) return null;
      const statusBefore = view?.status;
      try {
        if (before) await before();
        const next = await act(trackingCode, key, action, body);
        setView(next);
        setNotice({ message: t(`case.done.${action}`), tone: 'success' });
        return null;
      } catch (e) {
        const failure = e instanceof ApiError ? e : new ApiError('network', 0);
        if (failure.kind === 'not_found' || failure.kind === 'forbidden') {
          rejectKey();
          return null;
        }
        if (failure.kind === 'conflict') {
          // Someone else acted first: show the case as it is now and say what changed.
          const fresh = await reload();
          const now = fresh?.status ?? statusBefore ?? '';
          setNotice({
            tone: 'info',
            message:
              fresh && fresh.status !== statusBefore
                ? t('case.changed.status', { status: t(`case.status.${now}.name`) })
                : t('case.changed.same'),
          });
          return null;
        }
        return failure;
      }
    },
    [key, view?.status, trackingCode, setView, t, rejectKey, reload],
  );

  if (!key) return <KeyForm code={trackingCode} rejected={keyRejected} onKey={submitKey} />;
  if (error && !view) return <LoadFailure error={error} onRetry={() => void reload()} />;
  if (!view) return <Loading />;

  const allowed = new Set(view.allowedActions);
  const upload = async (files: readonly File[]) => {
    await uploadEvidence(trackingCode, key, files);
  };
  const records = availableRecords(view.timeline);
  const version = `${view.status}-${view.timeline.length}`;

  return (
    <>
      <h1>{t('case.title')}</h1>
      <p className="case-lead">{t('case.lead', { code: view.trackingCode })}</p>
      <Notice message={notice?.message ?? null} tone={notice?.tone} />
      <StatusPanel view={view} />
      <Deadlines deadlines={view.deadlines} />
      {allowed.has('provide_info') && view.openRequest && (
        <RequestAnswer request={view.openRequest} run={run} upload={upload} />
      )}
      {(allowed.has('accept_proposal') || allowed.has('reject_proposal')) && view.openProposal && (
        <ProposalAnswer key={view.openProposal.proposedAt} proposal={view.openProposal} run={run} />
      )}
      {performanceAsked(view) && (
        <PerformanceQuestion
          code={trackingCode}
          accessKey={key}
          onAnswered={(message) => {
            setNotice({ message, tone: 'success' });
            void reload();
          }}
        />
      )}
      {canRate(view) && (
        <section aria-labelledby="case-rate-title" className="panel">
          <h2 id="case-rate-title">{t('case.rate.heading')}</h2>
          <p>{t('case.rate.intro')}</p>
          <Link className="button" to={`/complaints/${encodeURIComponent(trackingCode)}/rating`}>
            {t('case.rate.link')}
          </Link>
        </section>
      )}
      {allowed.has('request_mediation') && <MediationRequest run={run} />}
      {hasMediation(view) && <Sessions code={trackingCode} accessKey={key} version={version} />}
      <Records code={trackingCode} accessKey={key} kinds={records} />
      <Warnings warnings={view.warnings} />
      <Timeline entries={view.timeline} />
      <EvidenceList files={view.evidence} />
      <MyData
        code={trackingCode}
        accessKey={key}
        onDone={(message) => {
          setNotice({ message, tone: 'success' });
          void reload();
        }}
      />
      {allowed.has('withdraw') && <Withdraw run={run} />}
    </>
  );
}
