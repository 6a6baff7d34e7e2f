import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { StaffPage } from '../StaffPage';
import { useStaffForm } from '../mediation/useStaffForm';
import { setAccessToken, staffApi } from '../session/staff-api';
import type { TokenAnswer } from '../session/types';
import {
  EMPTY_NEW_PASSWORD,
  NEW_PASSWORD_IDS,
  NewPasswordFields,
  newPasswordProblems,
  passwordType,
} from './NewPasswordFields';
import { PasswordRules } from './PasswordRules';
import './i18n';
import './admin.css';

const IDS = {
  currentPassword: 'current-password',
  newPassword: NEW_PASSWORD_IDS.password,
  confirm: NEW_PASSWORD_IDS.confirm,
};

/** /staff/account/password: the signed-in person changes their own password and stays signed in. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState(EMPTY_NEW_PASSWORD);
  const [show, setShow] = useState(false);
  const [done, setDone] = useState(false);
  const form = useStaffForm(IDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found: Record<string, string[]> = {};
    if (current === '') found[IDS.currentPassword] = [t('staffAdmin.password.currentMissing')];
    Object.assign(found, newPasswordProblems(next, t));
    const ok = await form.submit(found, async () => {
      const answer = await staffApi<TokenAnswer>('/me/password', {
        method: 'POST',
        body: { currentPassword: current, newPassword: next.password },
      });
      // Every other token of the account has ended: this page keeps the fresh one.
      setAccessToken(answer.accessToken);
    });
    if (ok) {
      setCurrent('');
      setNext(EMPTY_NEW_PASSWORD);
      setDone(true);
    }
  };

  return (
    <StaffPage title={t('staffAdmin.changePassword.title')}>
      {done && (
        <p className="panel staff-success" role="status">
          {t('staffAdmin.changePassword.done')}
        </p>
      )}
      <ErrorSummary items={form.summary} />
      <PasswordRules id="password-rules" />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={IDS.currentPassword}
          label={t('staffAdmin.password.current')}
          type={passwordType(show)}
          autoComplete="current-password"
          errors={form.errors[IDS.currentPassword]}
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <NewPasswordFields value={next} onChange={setNext} show={show} onShowChange={setShow} errors={form.errors} />
        <button type="submit" className="button" disabled={form.sending}>
          {t('staffAdmin.changePassword.submit')}
        </button>
      </form>
    </StaffPage>
  );
}
