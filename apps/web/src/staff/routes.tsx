import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Loading';
import { addStaffCatalogs } from './i18n';
export { lazyNamed } from './lazy-named';
import { RequireRole, RequireSignIn } from './session/RequireRole';
import { StaffSessionProvider } from './session/StaffSessionProvider';
import { StaffLayout, StaffPublicLayout } from './StaffLayout';
import { StaffNotFound } from './StaffNotFound';
import type { StaffRole } from './session/types';

// Loaded with the staff chunk only: the public pages never carry the staff texts.
addStaffCatalogs();

const LoginPage = lazy(() => import('./login/LoginPage'));
const StaffHome = lazy(() => import('./home/StaffHome'));
const QueuePage = lazy(() => import('./queue/QueuePage'));
const CasePage = lazy(() => import('./case/CasePage'));
const IntakePage = lazy(() => import('./intake/IntakePage'));
const InboxPage = lazy(() => import('./inbox/InboxPage'));
const StatisticsDashboardPage = lazy(() => import('./statistics/StatisticsDashboardPage'));
// H4: set-password (public), own password, admin screens.
const SetPasswordPage = lazy(() => import('./admin/SetPasswordPage'));
const ChangePasswordPage = lazy(() => import('./admin/ChangePasswordPage'));
const AccountsPage = lazy(() => import('./admin/AccountsPage'));
const OrganisationsPage = lazy(() => import('./admin/OrganisationsPage'));
const CalendarPage = lazy(() => import('./admin/CalendarPage'));
const DeadlinesPage = lazy(() => import('./admin/DeadlinesPage'));
const RoutingPage = lazy(() => import('./admin/RoutingPage'));
const PopulationPage = lazy(() => import('./admin/PopulationPage'));
// Issue 12: personal-data work (data requests, breach register, contact access log).
const DataRequestsPage = lazy(() => import('./dataRequests/DataRequestsPage'));
const BreachesPage = lazy(() => import('./admin/BreachesPage'));
const AccessLogPage = lazy(() => import('./admin/AccessLogPage'));
const RetentionPage = lazy(() => import('./admin/RetentionPage'));

const page = (Component: ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Component />
  </Suspense>
);

const only = (roles: readonly StaffRole[], element: ReactNode) => <RequireRole roles={roles}>{element}</RequireRole>;

const EVERY_ROLE: readonly StaffRole[] = ['officer', 'mediator', 'mediation_admin', 'association', 'analyst', 'admin'];
const INTAKE_ROLES: readonly StaffRole[] = ['officer', 'admin'];

/** Everything under /staff (App.tsx mounts it at `/staff/*`; the api lists /staff/* as web routes). */
export default function StaffRoutes() {
  return (
    <StaffSessionProvider>
      <Routes>
        {/* Public staff pages (no sign-in). */}
        <Route element={<StaffPublicLayout />}>
          <Route path="login" element={page(LoginPage)} />
          {/* ---- public: H4 (set-password) — add entries below ---- */}
          <Route path="set-password" element={page(SetPasswordPage)} />
          {/* ---- end public: H4 ---- */}
        </Route>
        <Route
          element={
            <RequireSignIn>
              <StaffLayout />
            </RequireSignIn>
          }
        >
          <Route index element={page(StaffHome)} />
          <Route path="cases" element={only(EVERY_ROLE, page(QueuePage))} />
          <Route path="cases/new" element={only(INTAKE_ROLES, page(IntakePage))} />
          <Route path="cases/:id" element={only(EVERY_ROLE, page(CasePage))} />
          <Route path="inbox" element={page(InboxPage)} />
          {/* ---- mediation: H4 — add entries below ---- */}
          {/* ---- end mediation: H4 ---- */}
          {/* ---- statistics: H5 — add entries below ---- */}
          <Route
            path="statistics"
            element={only(['analyst', 'admin', 'officer', 'association'], page(StatisticsDashboardPage))}
          />
          {/* ---- end statistics: H5 ---- */}
          {/* ---- admin: H4 — add entries below (wrap in only(['admin'], …)) ---- */}
          <Route path="account/password" element={only(EVERY_ROLE, page(ChangePasswordPage))} />
          <Route path="admin/accounts" element={only(['admin'], page(AccountsPage))} />
          <Route path="admin/organisations" element={only(['admin'], page(OrganisationsPage))} />
          <Route path="admin/calendar" element={only(['admin'], page(CalendarPage))} />
          <Route path="admin/deadlines" element={only(['admin'], page(DeadlinesPage))} />
          <Route path="admin/routing" element={only(['admin'], page(RoutingPage))} />
          <Route path="admin/population" element={only(['admin'], page(PopulationPage))} />
          <Route path="admin/breaches" element={only(['admin'], page(BreachesPage))} />
          <Route path="admin/access-log" element={only(['admin'], page(AccessLogPage))} />
          <Route path="admin/retention" element={only(['admin'], page(RetentionPage))} />
          <Route path="data-requests" element={only(['officer', 'admin'], page(DataRequestsPage))} />
          {/* ---- end admin: H4 ---- */}
          <Route path="*" element={<StaffNotFound />} />
        </Route>
      </Routes>
    </StaffSessionProvider>
  );
}
