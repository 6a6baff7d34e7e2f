import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../components/Loading';
import { StaffPage } from '../StaffPage';
import { useStaffAuth, useStaffSession } from './StaffSessionProvider';
import type { StaffRole } from './types';

/** Signed-in pages only: otherwise the sign-in page, which comes back here after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state } = useStaffAuth();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') {
    // After signing out, the next sign-in starts from the home page.
    const next = state.reason === 'signedOut' ? undefined : location.pathname + location.search;
    return (
      <Navigate
        to="/staff/login"
        replace
        state={{ next, ended: state.reason === 'ended', signedOut: state.reason === 'signedOut' }}
      />
    );
  }
  return <>{children}</>;
}

/** A page for some roles only: the others are told so in plain words. */
export function RequireRole({ roles, children }: { roles: readonly StaffRole[]; children: ReactNode }) {
  const { user } = useStaffSession();
  if (!roles.includes(user.role)) return <NotForYourRole />;
  return <>{children}</>;
}

function NotForYourRole() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('staff.notAllowed.title')}>
      <p>{t('staff.notAllowed.body')}</p>
    </StaffPage>
  );
}
