import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { useLoad } from '../mediation/useLoad';
import { problemText } from '../mediation/useStaffForm';
import { StaffPage } from '../StaffPage';
import { adminApi } from './admin-api';
import { AdminLinks } from './AdminLinks';
import { PolicyForm } from './PolicyForm';
import type { DeadlinePolicy } from './types';
import './i18n';
import './admin.css';

/** /staff/admin/deadlines: every kind of legal clock; statutory periods read-only. */
export default function DeadlinesPage() {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const list = useLoad(() => adminApi.policies(), 'policies');
  const period = (p: DeadlinePolicy) =>
    p.unit === 'fixed_date' || p.amount === null
      ? t('staffAdmin.deadlines.units.fixed_date')
      : t(`staffAdmin.deadlines.period.${p.unit}`, { count: p.amount });
  const changed = (text: string) => {
    setMessage(text);
    setRound((r) => r + 1); // closes the forms
    list.reload();
  };
  const reset = async (p: DeadlinePolicy) => {
    try {
      await adminApi.resetPolicy(p.kind);
      changed(t('staffAdmin.deadlines.resetDone'));
    } catch (error) {
      setMessage(problemText(error, t));
    }
  };
  return (
    <StaffPage title={t('staffAdmin.deadlines.title')} lead={t('staffAdmin.deadlines.lead')}>
      <AdminLinks />
      {message && (
        <p className="panel staff-success" role="status">
          {message}
        </p>
      )}
      {list.state === 'loading' && <Loading />}
      {list.state === 'failed' && <p role="alert">{problemText(list.error, t)}</p>}
      {list.state === 'ready' && (
        <>
          {/* Scrolls sideways on a small screen: focusable, so a keyboard can scroll it too. */}
          <div className="staff-table-wrap" tabIndex={0} role="region" aria-label={t('staffAdmin.deadlines.caption')}>
            <table className="staff-table">
              <caption>{t('staffAdmin.deadlines.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffAdmin.deadlines.col.kind')}</th>
                  <th scope="col">{t('staffAdmin.deadlines.col.period')}</th>
                  <th scope="col">{t('staffAdmin.deadlines.col.reminder')}</th>
                  <th scope="col">{t('staffAdmin.deadlines.col.escalation')}</th>
                  <th scope="col">{t('staffAdmin.deadlines.col.basis')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((p) => (
                  <tr key={p.kind}>
                    <th scope="row">{t(`staffAdmin.deadlines.kind.${p.kind}`, { defaultValue: p.kind })}</th>
                    <td>
                      {period(p)}
                      {p.statutory && (
                        <>
                          <br />
                          <span className="badge">{t('staffAdmin.deadlines.statutory')}</span>
                        </>
                      )}
                      {p.origin === 'saved' && <span className="badge">{t('staffAdmin.deadlines.changed')}</span>}
                    </td>
                    <td>{t('staffAdmin.deadlines.days', { count: p.reminderLeadWorkingDays })}</td>
                    <td>
                      {p.departmentEscalationWorkingDays === null
                        ? t('staffAdmin.deadlines.never')
                        : t('staffAdmin.deadlines.days', { count: p.departmentEscalationWorkingDays })}
                    </td>
                    <td>{p.legalBasis}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('staffAdmin.deadlines.editTitle')}</h2>
          <div className="staff-actions">
            {list.data.map((p) => (
              <details key={`${p.kind}:${round}`}>
                <summary>{t(`staffAdmin.deadlines.kind.${p.kind}`, { defaultValue: p.kind })}</summary>
                <PolicyForm policy={p} onSaved={changed} />
                {p.origin === 'saved' && (
                  <button type="button" className="button button--secondary" onClick={() => void reset(p)}>
                    {t('staffAdmin.deadlines.reset')}
                  </button>
                )}
              </details>
            ))}
          </div>
        </>
      )}
    </StaffPage>
  );
}
