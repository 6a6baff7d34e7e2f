import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useStaffSession } from './session/StaffSessionProvider';
import type { StaffRole } from './session/types';
import './staff.css';

interface NavItem {
  to: string;
  key: string;
  end?: boolean;
}

const HOME: NavItem = { to: '/staff', key: 'home', end: true };
const CASES: NavItem = { to: '/staff/cases', key: 'cases', end: true };
const INTAKE: NavItem = { to: '/staff/cases/new', key: 'intake' };
const INBOX: NavItem = { to: '/staff/inbox', key: 'inbox' };
const STATISTICS: NavItem = { to: '/staff/statistics', key: 'statistics' };

/** What each role works with all day. */
const NAV: Readonly<Record<StaffRole, readonly NavItem[]>> = {
  officer: [HOME, CASES, INTAKE, STATISTICS, INBOX],
  mediator: [HOME, CASES, INBOX],
  mediation_admin: [HOME, CASES, INBOX],
  association: [HOME, CASES, STATISTICS, INBOX],
  analyst: [HOME, CASES, STATISTICS, INBOX],
  admin: [HOME, CASES, INTAKE, STATISTICS, INBOX],
};

/** Every signed-in staff page: who is signed in, the role's navigation, language, sign-out. */
export function StaffLayout() {
  const { t } = useTranslation();
  const { user, signOut } = useStaffSession();
  const [signingOut, setSigningOut] = useState(false);
  // Once signed out, the signed-in pages send to the sign-in page, which says so.
  const out = () => {
    setSigningOut(true);
    void signOut();
  };
  return (
    <StaffFrame
      user={
        <div className="container staff-container staff-header__user">
          <p>
            <span className="staff-header__who">{user.fullName}</span>{' '}
            <span>
              {t(`staff.roles.${user.role}`)}
              {user.organisationName ? ` — ${user.organisationName}` : ''}
            </span>
          </p>
          <ul className="inline-list">
            <li>
              <Link to="/staff/account/password" className="staff-header__link">
                {t('staff.layout.password')}
              </Link>
            </li>
            <li>
              <button type="button" className="link-button" disabled={signingOut} onClick={out}>
                {t('staff.layout.signOut')}
              </button>
            </li>
          </ul>
        </div>
      }
      nav={
        <nav aria-label={t('staff.layout.nav')} className="staff-nav">
          <ul className="container staff-container inline-list">
            {NAV[user.role].map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.end}>
                  {t(`staff.nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      }
    />
  );
}

/** The sign-in page's frame: the name and the language switch only. */
export function StaffPublicLayout() {
  return <StaffFrame />;
}

/** Every staff page's frame: skip link, name, language; who is signed in and the navigation if anyone is. */
function StaffFrame({ user, nav }: { user?: ReactNode; nav?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header staff-header">
        <div className="container staff-container site-header__inner">
          <Link to="/staff" className="site-header__name">
            {t('staff.layout.name')}
          </Link>
          <LanguageSwitch />
        </div>
        {user}
      </header>
      {nav}
      <main id="main" className="container staff-container" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
