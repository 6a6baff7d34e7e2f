import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';
import { Loading } from '../components/Loading';

// Code-split by route: a page's JavaScript loads when it is opened.
const HomePage = lazy(() => import('../pages/home/HomePage'));
const NewComplaintPage = lazy(() => import('../pages/file/NewComplaintPage'));
const TrackPage = lazy(() => import('../pages/track/TrackPage'));
const CasePage = lazy(() => import('../pages/case/CasePage'));
const RatingPage = lazy(() => import('../pages/case/RatingPage'));
const BusinessPage = lazy(() => import('../pages/business/BusinessPage'));
const MediationOrganisationsPage = lazy(() => import('../pages/mediation/MediationOrganisationsPage'));
const PrivacyPage = lazy(() => import('../pages/privacy/PrivacyPage'));
const StatisticsPage = lazy(() => import('../pages/statistics/StatisticsPage'));
const WarningsPage = lazy(() => import('../pages/warnings/WarningsPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
// The staff workspace: its own layout, session and texts, in its own chunk (apps/web/src/staff/routes.tsx).
const StaffRoutes = lazy(() => import('../staff/routes'));

const page = (Component: React.ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Component />
  </Suspense>
);

// The paths are a contract (emails link to them); the api answers 404 for any other
// (apps/api/src/web/web-routes.ts lists the same).
const router = createBrowserRouter([
  { path: '/staff/*', element: page(StaffRoutes) },
  {
    element: <Layout />,
    children: [
      { path: '/', element: page(HomePage) },
      { path: '/complaints/new', element: page(NewComplaintPage) },
      { path: '/complaints/track', element: page(TrackPage) },
      { path: '/complaints/:trackingCode', element: page(CasePage) },
      { path: '/complaints/:trackingCode/rating', element: page(RatingPage) },
      { path: '/business/:token', element: page(BusinessPage) },
      { path: '/mediation-organisations', element: page(MediationOrganisationsPage) },
      { path: '/privacy', element: page(PrivacyPage) },
      { path: '/statistics', element: page(StatisticsPage) },
      { path: '/warnings', element: page(WarningsPage) },
      { path: '*', element: page(NotFoundPage) },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
