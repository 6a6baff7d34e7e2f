import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../format';
import type { CaseEmail } from './types';

/** The emails about the case: to whom (masked), what, and whether it went. */
export function EmailsSection({ emails }: { emails: readonly CaseEmail[] | null | undefined }) {
  const { t } = useTranslation();
  if (emails === null) return null;
  return (
    <section aria-labelledby="emails-title">
      <h2 id="emails-title">{t('staff.case.emails.title')}</h2>
      {emails === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : emails.length === 0 ? (
        <p>{t('staff.case.emails.none')}</p>
      ) : (
        <div className="staff-table-wrap">
          <table className="staff-table">
            <caption>{t('staff.case.emails.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.case.emails.when')}</th>
                <th scope="col">{t('staff.case.emails.to')}</th>
                <th scope="col">{t('staff.case.emails.subject')}</th>
                <th scope="col">{t('staff.case.emails.status')}</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <tr key={email.id}>
                  <td data-label={t('staff.case.emails.when')}>
                    {formatDate(email.createdAt)} {formatTime(email.createdAt)}
                  </td>
                  <td data-label={t('staff.case.emails.to')}>
                    {t(`staff.case.emails.kind.${email.recipientKind}`, { defaultValue: email.recipientKind })}{' '}
                    <span className="staff-copy">{email.recipient}</span>
                  </td>
                  <td data-label={t('staff.case.emails.subject')}>{email.subject}</td>
                  <td data-label={t('staff.case.emails.status')}>
                    {t(`staff.case.emails.state.${email.status}`)}
                    {email.status === 'failed' && email.lastError ? ` (${email.lastError})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
