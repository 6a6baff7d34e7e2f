import { useLayoutEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StaffPage } from '../StaffPage';
import { useStaffForm } from '../mediation/useStaffForm';
import { EMPTY_NEW_PASSWORD, NEW_PASSWORD_IDS, NewPasswordFields, newPasswordProblems } from './NewPasswordFields';
import { PasswordRules } from './PasswordRules';
import './i18n';
import './admin.css';

/** The one-time token of the emailed link, from the fragment (never sent to a server in a URL). */
function tokenFromFragment(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * /staff/set-password#token=…: the owner of a new account (or one whose link was resent) chooses
 * their password. The token is read once and removed from the address bar.
 */
export default function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [token] = useState(tokenFromFragment);
  // Out of the address bar (and the history) once the page is shown: the link is single use. Not
  // while rendering: React may discard a render and start it again (a lazy page, a session answer
  // arriving meanwhile), and the render started again would find no token and say the link is missing.
  useLayoutEffect(() => {
    if (token && window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, [token]);
  const [value, setValue] = useState(EMPTY_NEW_PASSWORD);
  const [show, setShow] = useState(false);
  const [ended, setEnded] = useState(false);
  const form = useStaffForm(NEW_PASSWORD_IDS);

  if (!token || ended) {
    return (
      <StaffPage title={t('staffAdmin.setPassword.endedTitle')}>
        <p>{t(token ? 'staffAdmin.setPassword.ended' : 'staffAdmin.setPassword.noToken')}</p>
        <p>
          <Link to="/staff/login">{t('staffAdmin.setPassword.toLogin')}</Link>
        </p>
      </StaffPage>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordProblems(value, t);
    let gone = false;
    const ok = await form.submit(found, async () => {
      try {
        await api<void>('/auth/password/set', { method: 'POST', body: { token, password: value.password } });
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'gone') gone = true;
        throw error;
      }
    });
    if (gone) setEnded(true);
    if (ok) void navigate('/staff/login', { replace: true, state: { passwordSet: true } });
  };

  return (
    <StaffPage title={t('staffAdmin.setPassword.title')} lead={t('staffAdmin.setPassword.lead')}>
      <ErrorSummary items={form.summary} />
      <PasswordRules id="password-rules" />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <NewPasswordFields value={value} onChange={setValue} show={show} onShowChange={setShow} errors={form.errors} />
        <button type="submit" className="button" disabled={form.sending}>
          {t('staffAdmin.setPassword.submit')}
        </button>
      </form>
    </StaffPage>
  );
}
