import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DueDate, lastDayOf } from '../../components/DueDate';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { formatDate } from '../../format';
import { problemText } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { usePagedList } from '../usePagedList';
import { DecisionForm } from './DecisionForm';
import { privacyApi } from './privacy-api';
import type { StaffDataRequest } from './types';
import './i18n';
import './privacy.css';

const STATUSES = ['received', 'answered', 'completed', 'refused'] as const;
const isOpen = (r: StaffDataRequest) => r.status === 'received' || r.status === 'answered';

/**
 * /staff/data-requests: the consumers' personal-data requests (Law 91/2025 Art 4) of the officer's
 * unit (every unit for an admin), nearest due first, each with its two clocks and a decision form.
 */
export default function DataRequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const list = usePagedList(
    (cursor?: string) => privacyApi.dataRequests({ status: status || undefined, cursor }),
    status,
  );
  const [message, setMessage] = useState<string | null>(null);

  const more = async () => {
    try {
      await list.more();
    } catch (error) {
      setMessage(problemText(error, t));
    }
  };

  const decided = (text: string) => {
    setMessage(text);
    list.reload();
  };

  const clock = (dueAt: string, left: number | undefined, running: boolean, overdue: boolean) =>
    running ? (
      <DueDate dueAt={dueAt} workingDaysLeft={left} overdue={overdue} />
    ) : (
      <p>{t('staffPrivacy.requests.dueWas', { date: lastDayOf(dueAt) })}</p>
    );

  return (
    <StaffPage title={t('staffPrivacy.requests.title')} lead={t('staffPrivacy.requests.lead')}>
      <div className="staff-filters">
        <SelectField
          id="request-status"
          label={t('staffPrivacy.requests.statusFilter')}
          value={status}
          onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}
        >
          <option value="">{t('staffPrivacy.requests.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`staffPrivacy.requests.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {message && (
        <p className="panel staff-success" role="status">
          {message}
        </p>
      )}
      {list.state === 'loading' && <Loading />}
      {list.state === 'failed' && <p role="alert">{problemText(list.error, t)}</p>}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('staffPrivacy.requests.empty')}</p>}
      {list.state === 'ready' && list.items.length > 0 && (
        <ul className="privacy-list">
          {list.items.map((r) => (
            <li key={r.id} className="panel privacy-request">
              <h2>
                {t(`case.myData.requests.kind.${r.kind}`)}{' '}
                <Link to={`/staff/cases/${r.caseId}`}>
                  <span className="visually-hidden">{t('staffPrivacy.requests.case')} </span>
                  {r.trackingCode}
                </Link>
              </h2>
              <p>
                <span className="badge">{t(`staffPrivacy.requests.status.${r.status}`)}</span>
                {r.overdue && <span className="badge badge--overdue">{t('staffPrivacy.requests.overdue')}</span>}
              </p>
              <dl className="privacy-facts">
                <dt>{t('staffPrivacy.requests.received')}</dt>
                <dd>{formatDate(r.receivedAt)}</dd>
                <dt>{t('staffPrivacy.requests.answerClock')}</dt>
                <dd>
                  {clock(
                    r.answerDueAt,
                    r.answerWorkingDaysLeft,
                    r.status === 'received',
                    r.status === 'received' && r.overdue,
                  )}
                </dd>
                <dt>{t('staffPrivacy.requests.completeClock')}</dt>
                <dd>
                  {clock(r.completeDueAt, r.completeWorkingDaysLeft, isOpen(r), r.status === 'answered' && r.overdue)}
                </dd>
                {r.text && (
                  <>
                    <dt>{t('staffPrivacy.requests.text')}</dt>
                    <dd className="staff-pre">{r.text}</dd>
                  </>
                )}
                {r.decidedAt && (
                  <>
                    <dt>{t('staffPrivacy.requests.decidedAt')}</dt>
                    <dd>{formatDate(r.decidedAt)}</dd>
                  </>
                )}
                {r.reason && (
                  <>
                    <dt>{t('staffPrivacy.requests.reasonGiven')}</dt>
                    <dd className="staff-pre">{r.reason}</dd>
                  </>
                )}
              </dl>
              {isOpen(r) && (
                <details className="privacy-decide">
                  <summary>{t('staffPrivacy.requests.decide', { code: r.trackingCode })}</summary>
                  <DecisionForm request={r} onDecided={decided} />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.hasMore && (
        <button type="button" className="button button--secondary" onClick={() => void more()}>
          {t('staffPrivacy.more')}
        </button>
      )}
    </StaffPage>
  );
}
