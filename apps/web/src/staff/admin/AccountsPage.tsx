import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { StaffPage } from '../StaffPage';
import { usePagedList } from '../usePagedList';
import { useLoad } from '../mediation/useLoad';
import { problemText } from '../mediation/useStaffForm';
import { useStaffSession } from '../session/StaffSessionProvider';
import { adminApi } from './admin-api';
import { AdminLinks } from './AdminLinks';
import { CreateAccountForm } from './CreateAccountForm';
import { RoleOptions } from './SelectOptions';
import type { Account } from './types';
import './i18n';
import './admin.css';

/** /staff/admin/accounts: staff accounts, filters in the URL, create, deactivate, resend the link. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  const [params, setParams] = useSearchParams();
  const filters = {
    role: params.get('role') ?? undefined,
    active: params.get('active') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const key = JSON.stringify(filters);
  const organisations = useLoad(() => adminApi.organisations(), 'organisations');
  const list = usePagedList((cursor?: string) => adminApi.accounts({ ...filters, cursor }), key);
  const [message, setMessage] = useState<{ text: string; warning?: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [q, setQ] = useState(filters.q ?? '');

  const more = async () => {
    try {
      await list.more();
    } catch (error) {
      setMessage({ text: problemText(error, t), warning: true });
    }
  };

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter('q', q.trim());
  };

  const act = async (account: Account, what: 'link' | 'deactivate' | 'reactivate') => {
    setBusy(account.id);
    setConfirming(null);
    setMessage(null);
    try {
      if (what === 'link') await adminApi.sendPasswordLink(account.id);
      else await adminApi.updateAccount(account.id, { active: what === 'reactivate' });
      setMessage({ text: t(`staffAdmin.accounts.done.${what}`, { email: account.email }) });
      list.reload();
    } catch (error) {
      setMessage({ text: problemText(error, t), warning: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <StaffPage title={t('staffAdmin.accounts.title')} lead={t('staffAdmin.accounts.lead')}>
      <AdminLinks />
      {message && (
        <p className={`panel ${message.warning ? 'staff-warning' : 'staff-success'}`} role="status">
          {message.text}
        </p>
      )}
      <div className="staff-actions">
        <details>
          <summary>{t('staffAdmin.accounts.createTitle')}</summary>
          {organisations.state === 'ready' ? (
            <CreateAccountForm
              organisations={organisations.data}
              onCreated={(account) => {
                setMessage({ text: t('staffAdmin.accounts.done.created', { email: account.email }) });
                list.reload();
              }}
            />
          ) : (
            <Loading />
          )}
        </details>
      </div>
      <form className="staff-filters" role="search" onSubmit={search}>
        <Field id="filter-role" label={t('staffAdmin.accounts.role')}>
          {({ describedBy }) => (
            <select
              id="filter-role"
              className="field__input"
              aria-describedby={describedBy}
              value={filters.role ?? ''}
              onChange={(event) => setFilter('role', event.target.value)}
            >
              <option value="">{t('staffAdmin.accounts.anyRole')}</option>
              <RoleOptions />
            </select>
          )}
        </Field>
        <Field id="filter-active" label={t('staffAdmin.accounts.state')}>
          {({ describedBy }) => (
            <select
              id="filter-active"
              className="field__input"
              aria-describedby={describedBy}
              value={filters.active ?? ''}
              onChange={(event) => setFilter('active', event.target.value)}
            >
              <option value="">{t('staffAdmin.accounts.anyState')}</option>
              <option value="true">{t('staffAdmin.accounts.active')}</option>
              <option value="false">{t('staffAdmin.accounts.inactive')}</option>
            </select>
          )}
        </Field>
        <TextField
          id="filter-q"
          label={t('staffAdmin.accounts.search')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {t('staffAdmin.accounts.searchButton')}
        </button>
      </form>
      {list.state === 'loading' && <Loading />}
      {list.state === 'failed' && <p role="alert">{t('staffAdmin.problem.load')}</p>}
      {list.state === 'ready' && list.items.length === 0 && <p>{t('staffAdmin.accounts.empty')}</p>}
      {list.state === 'ready' && list.items.length > 0 && (
        <div className="staff-table-wrap">
          <table className="staff-table">
            <caption>{t('staffAdmin.accounts.caption', { count: list.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staffAdmin.accounts.col.person')}</th>
                <th scope="col">{t('staffAdmin.accounts.col.role')}</th>
                <th scope="col">{t('staffAdmin.accounts.col.state')}</th>
                <th scope="col">{t('staffAdmin.accounts.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <strong>{a.fullName}</strong>
                    <br />
                    <span className="staff-copy">{a.email}</span>
                  </td>
                  <td>
                    {t(`staff.roles.${a.role}`, { defaultValue: a.role })}
                    {a.supervisor && ` (${t('staffAdmin.accounts.supervisorShort')})`}
                    {a.organisationName && (
                      <>
                        <br />
                        {a.organisationName}
                      </>
                    )}
                  </td>
                  <td>
                    <span className="badge">
                      {t(a.active ? 'staffAdmin.accounts.active' : 'staffAdmin.accounts.inactive')}
                    </span>
                    <span className="badge">
                      {t(a.passwordSet ? 'staffAdmin.accounts.passwordSet' : 'staffAdmin.accounts.passwordWaiting')}
                    </span>
                    <br />
                    {t('staffAdmin.accounts.created', { date: formatDate(a.createdAt) })}
                  </td>
                  <td>
                    <div className="admin-row-actions">
                      {a.active && (
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={busy === a.id}
                          onClick={() => void act(a, 'link')}
                        >
                          {t('staffAdmin.accounts.sendLink')}
                          <span className="visually-hidden"> {a.email}</span>
                        </button>
                      )}
                      {a.id !== user.id && !a.active && (
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={busy === a.id}
                          onClick={() => void act(a, 'reactivate')}
                        >
                          {t('staffAdmin.accounts.reactivate')}
                          <span className="visually-hidden"> {a.email}</span>
                        </button>
                      )}
                      {a.id !== user.id && a.active && confirming !== a.id && (
                        <button type="button" className="button button--warning" onClick={() => setConfirming(a.id)}>
                          {t('staffAdmin.accounts.deactivate')}
                          <span className="visually-hidden"> {a.email}</span>
                        </button>
                      )}
                    </div>
                    {confirming === a.id && (
                      <div
                        className="panel staff-warning"
                        role="group"
                        aria-label={t('staffAdmin.accounts.deactivate')}
                      >
                        <p>{t('staffAdmin.accounts.confirmDeactivate', { email: a.email })}</p>
                        <div className="admin-row-actions">
                          <button
                            type="button"
                            className="button button--warning"
                            disabled={busy === a.id}
                            onClick={() => void act(a, 'deactivate')}
                          >
                            {t('staffAdmin.accounts.confirmYes')}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => setConfirming(null)}
                          >
                            {t('staffAdmin.accounts.confirmNo')}
                          </button>
                        </div>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasMore && (
        <button type="button" className="button button--secondary" onClick={() => void more()}>
          {t('staffAdmin.more')}
        </button>
      )}
    </StaffPage>
  );
}
