import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { StaffPage } from '../StaffPage';
import { useStaffAuth } from '../session/StaffSessionProvider';

interface LoginState {
  next?: string;
  ended?: boolean;
  signedOut?: boolean;
}

/** /staff/login: email and password; back to the page asked for. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { state, signIn } = useStaffAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const from = (location.state ?? {}) as LoginState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedIn' && !busy) return <Navigate to={from.next ?? '/staff'} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: SummaryItem[] = [];
    if (email.trim() === '') missing.push({ fieldId: 'email', message: t('staff.login.emailMissing') });
    if (password === '') missing.push({ fieldId: 'password', message: t('staff.login.passwordMissing') });
    setErrors(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      void navigate(from.next ?? '/staff', { replace: true });
    } catch (error) {
      setBusy(false);
      setPassword('');
      setErrors([{ message: problem(error) }]);
    }
  };

  const problem = (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.status === 401) return t('staff.login.wrong');
      if (error.kind === 'too_many') return t('staff.login.tooMany');
      if (error.kind === 'network') return t('staff.problem.network');
    }
    return t('staff.problem.server');
  };

  const fieldErrors = (id: string) => errors.filter((e) => e.fieldId === id).map((e) => e.message);

  return (
    <StaffPage title={t('staff.login.title')}>
      {from.signedOut && (
        <p className="panel staff-success" role="status">
          {t('staff.login.signedOut')}
        </p>
      )}
      {from.ended && !from.signedOut && (
        <p className="panel staff-warning" role="status">
          {t('staff.login.ended')}
        </p>
      )}
      <ErrorSummary items={errors} />
      <p>{t('staff.login.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="email"
          label={t('staff.login.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          errors={fieldErrors('email')}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="password"
          label={t('staff.login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          errors={fieldErrors('password')}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('staff.login.signingIn') : t('staff.login.submit')}
        </button>
      </form>
      <p>{t('staff.login.forgot')}</p>
    </StaffPage>
  );
}
