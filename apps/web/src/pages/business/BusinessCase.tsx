import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { CaseDetails } from './CaseDetails';
import { Deadlines } from './Deadlines';
import { DocumentsUpload } from './DocumentsUpload';
import { MediationConsent } from './MediationConsent';
import { OpenProposal } from './OpenProposal';
import { Records } from './Records';
import { RespondForm } from './RespondForm';
import { ResultReportForm } from './ResultReportForm';
import { Sessions } from './Sessions';
import type { BusinessView } from './types';

export interface BusinessCaseProps {
  token: string;
  view: BusinessView;
  title: string;
  onChange: (view: BusinessView) => void;
  onEnded: () => void;
  reload: () => Promise<void>;
}

/** The case through the link: what the link is for now decides what the page offers. */
export function BusinessCase({ token, view, title, onChange, onEnded, reload }: BusinessCaseProps) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const uses = new Set(view.uses);
  const consentPending = view.purpose === 'mediation' && view.mediation !== null && !view.mediation.businessConsentAt;
  const canRespond = uses.has('respond') && view.allowedActions.includes('business_respond');
  const inMediation = view.purpose === 'mediation' && !consentPending;

  const changed = (next: BusinessView, message: string) => {
    setDone(message);
    onChange(next);
  };

  return (
    <>
      <h1>{title}</h1>
      {done && (
        <div className="panel business-done" role="status">
          <p>{done}</p>
        </div>
      )}
      <p className="business-lead">
        {t('business.lead', { code: view.trackingCode, business: view.business.name || '—' })}
      </p>
      <div className="panel">
        <p>{t(`business.purpose.${view.purpose}`)}</p>
        {view.paused && <p>{t('business.paused')}</p>}
        {view.confidential && <p>{t('business.confidential')}</p>}
        <p className="business-muted">{t('business.linkExpires', { date: formatDate(view.linkExpiresAt) })}</p>
      </div>

      <Deadlines view={view} />

      {view.purpose === 'result_report' && uses.has('result_report') && (
        <ResultReportForm token={token} onGone={onEnded} />
      )}
      {consentPending && view.mediation && (
        <MediationConsent
          token={token}
          mediation={view.mediation}
          onAnswered={(next, accepted) =>
            changed(next, accepted ? t('business.consent.acceptedDone') : t('business.consent.declinedDone'))
          }
          onGone={onEnded}
          reload={reload}
        />
      )}

      {inMediation && uses.has('sessions') && <Sessions token={token} trackingCode={view.trackingCode} />}
      <CaseDetails view={view} />
      {view.openProposal && <OpenProposal proposal={view.openProposal} />}

      {canRespond && (
        <RespondForm token={token} onSent={(next) => changed(next, t('business.respond.sent'))} onGone={onEnded} />
      )}
      {view.purpose === 'negotiation' && !canRespond && (
        <p className="business-muted">
          {view.paused ? t('business.respond.pausedNote') : t('business.respond.closed')}
        </p>
      )}
      {uses.has('documents') && view.purpose !== 'result_report' && !consentPending && (
        <DocumentsUpload token={token} onGone={onEnded} />
      )}
      {uses.has('records') && <Records token={token} view={view} />}
    </>
  );
}
