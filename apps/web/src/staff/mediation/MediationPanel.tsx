import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { useStaffSession } from '../session/StaffSessionProvider';
import { AssignMediator } from './AssignMediator';
import { DeclineMediation } from './DeclineMediation';
import { ExtendMediation } from './ExtendMediation';
import { mediationApi } from './mediation-api';
import { MediationRecords } from './MediationRecords';
import { MediationResultForm } from './MediationResultForm';
import { SessionAgenda } from './SessionAgenda';
import { SessionForm } from './SessionForm';
import { CancelSessionForm, RecordSessionForm } from './SessionOutcomeForms';
import type { StaffSession } from './types';
import { useLoad } from './useLoad';
import { problemText } from './useStaffForm';
import './i18n';
import './mediation.css';

const ORGANISERS = ['mediator', 'mediation_admin', 'admin'];

/**
 * The mediation on the case page: the mediator (suggestions, assign, decline), the sessions as an
 * agenda by week (schedule, move, cancel, record), the result (Art 65.2), the records, the extension.
 */
export function MediationPanel({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<{ text: string; warning: boolean } | null>(null);
  const data = useLoad(async () => {
    const [mediationCase, sessions] = await Promise.all([
      mediationApi.case(caseId),
      mediationApi.sessions(caseId).catch(() => [] as StaffSession[]),
    ]);
    return { mediationCase, sessions };
  }, caseId);
  const done = useCallback(
    (text: string, warning = false) => {
      setMessage({ text, warning });
      setRound((r) => r + 1);
      data.reload();
      onChanged();
    },
    [onChanged, data.reload],
  );

  if (data.state === 'loading') return <Loading />;
  if (data.state === 'failed') return <p role="alert">{problemText(data.error, t)}</p>;
  const { mediationCase: c, sessions } = data.data;
  const inMediation = c.status === 'mediation';
  const mediatorId = c.assignments.mediatorId;
  const isAdmin = user.role === 'mediation_admin' || user.role === 'admin';
  const isCaseMediator = user.role === 'mediator' && mediatorId === user.id;
  const organiser = ORGANISERS.includes(user.role) && (user.role !== 'mediator' || isCaseMediator);
  const consented = Boolean(c.lifecycle.mediation?.businessConsentAt);
  const conclusion = c.deadlines.find(
    (d) => d.kind === 'mediation_conclusion' && (d.status === 'pending' || d.status === 'breached'),
  );
  const canExtend = inMediation && conclusion && (isCaseMediator || user.role === 'mediation_admin');
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <section className="mediation-panel" aria-labelledby="mediation-panel-title">
      <h2 id="mediation-panel-title">{t('staffMediation.panel.title')}</h2>
      {message && (
        <p className={`panel ${message.warning ? 'staff-warning' : 'staff-success'}`} role="status">
          {message.text}
        </p>
      )}
      <p>
        {inMediation
          ? mediatorId
            ? mediatorId === user.id
              ? t('staffMediation.panel.youMediate')
              : t('staffMediation.panel.assigned')
            : t('staffMediation.panel.unassigned')
          : t('staffMediation.panel.notInMediation')}
      </p>
      {inMediation && !consented && <p className="panel">{t('staffMediation.panel.noConsent')}</p>}

      <div className="staff-actions" key={`assign-${round}`}>
        {inMediation && isAdmin && (
          <details open={!mediatorId}>
            <summary>{t(mediatorId ? 'staffMediation.assign.titleReassign' : 'staffMediation.assign.title')}</summary>
            <AssignMediator caseId={caseId} currentMediatorId={mediatorId} onDone={done} />
          </details>
        )}
        {inMediation && isCaseMediator && (
          <details>
            <summary>{t('staffMediation.decline.title')}</summary>
            <DeclineMediation caseId={caseId} onDone={done} />
          </details>
        )}
      </div>

      <section aria-labelledby="med-sessions">
        <h3 id="med-sessions">{t('staffMediation.panel.sessions')}</h3>
        {sorted.length === 0 ? (
          <p>{t('staffMediation.panel.noSessions')}</p>
        ) : (
          <SessionAgenda
            sessions={sorted}
            headingLevel={4}
            actions={(s) =>
              inMediation && organiser && s.status === 'scheduled' ? (
                <div className="staff-actions" key={`session-${round}`}>
                  <details>
                    <summary>{t('staffMediation.sessionForm.titleMove')}</summary>
                    <SessionForm caseId={caseId} session={s} onDone={done} />
                  </details>
                  <details>
                    <summary>{t('staffMediation.cancel.title')}</summary>
                    <CancelSessionForm caseId={caseId} session={s} onDone={done} />
                  </details>
                  {isCaseMediator && new Date(s.startsAt).getTime() <= Date.now() && (
                    <details>
                      <summary>{t('staffMediation.held.title')}</summary>
                      <RecordSessionForm caseId={caseId} session={s} onDone={done} />
                    </details>
                  )}
                </div>
              ) : null
            }
          />
        )}
        {inMediation && organiser && mediatorId && consented && (
          <div className="staff-actions" key={`schedule-${round}`}>
            <details>
              <summary>{t('staffMediation.sessionForm.title')}</summary>
              <SessionForm caseId={caseId} onDone={done} />
            </details>
          </div>
        )}
      </section>

      <div className="staff-actions" key={`result-${round}`}>
        {c.allowedActions.includes('record_mediation_result') && (
          <details>
            <summary>{t('staffMediation.result.title')}</summary>
            <MediationResultForm mediationCase={c} sessions={sorted} onDone={done} />
          </details>
        )}
        {canExtend && conclusion && (
          <details>
            <summary>{t('staffMediation.extend.title')}</summary>
            <ExtendMediation caseId={caseId} clock={conclusion} onDone={done} />
          </details>
        )}
      </div>
      <MediationRecords mediationCase={c} />
    </section>
  );
}
