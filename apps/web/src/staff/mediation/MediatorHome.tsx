import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { StaffPage } from '../StaffPage';
import { mediationApi } from './mediation-api';
import { MediationQueues } from './MediationQueues';
import { SessionAgenda } from './SessionAgenda';
import type { StaffSession } from './types';
import { problemText } from './useStaffForm';
import { useLoad } from './useLoad';
import './i18n';
import './mediation.css';

interface CaseSession extends StaffSession {
  caseId: string;
  trackingCode: string;
}

/** The scheduled sessions still to come of the mediator's open cases (first page of "mine"). */
async function nextSessions(): Promise<CaseSession[]> {
  const page = await mediationApi.queue('mine', { limit: '50' });
  const now = Date.now();
  const perCase = await Promise.all(
    page.items.map(async (row) =>
      (await mediationApi.sessions(row.id)).map((s) => ({ ...s, caseId: row.id, trackingCode: row.trackingCode })),
    ),
  );
  return perCase.flat().filter((s) => s.status === 'scheduled' && new Date(s.endsAt).getTime() > now);
}

/** /staff for a mediator: their mediation queue and their next sessions. */
export function MediatorHome() {
  const { t } = useTranslation();
  const sessions = useLoad(nextSessions, 'next');
  return (
    <StaffPage title={t('staffMediation.mediatorHome.title')} lead={t('staffMediation.mediatorHome.lead')}>
      <section aria-labelledby="next-sessions">
        <h2 id="next-sessions">{t('staffMediation.mediatorHome.sessions')}</h2>
        {sessions.state === 'loading' && <Loading />}
        {sessions.state === 'failed' && <p role="alert">{problemText(sessions.error, t)}</p>}
        {sessions.state === 'ready' && sessions.data.length === 0 && (
          <p>{t('staffMediation.mediatorHome.noSessions')}</p>
        )}
        {sessions.state === 'ready' && sessions.data.length > 0 && (
          <SessionAgenda
            sessions={sessions.data}
            caseLabel={(s) => <Link to={`/staff/cases/${s.caseId}`}>{s.trackingCode}</Link>}
          />
        )}
      </section>
      <MediationQueues views={['mine', 'due_soon', 'overdue']} />
    </StaffPage>
  );
}
