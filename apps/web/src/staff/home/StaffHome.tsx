import { Suspense, type ComponentType } from 'react';
import { Loading } from '../../components/Loading';
import { lazyNamed } from '../lazy-named';
import { useStaffSession } from '../session/StaffSessionProvider';
import type { StaffRole } from '../session/types';
import { AdminHome } from './AdminHome';
import { AnalystHome } from './AnalystHome';
import { AssociationHome } from './AssociationHome';
import { OfficerHome } from './OfficerHome';
import { QueueHome } from './QueueHome';

// The mediation homes are H4's (apps/web/src/staff/mediation): found at build time when they exist,
// else the role gets its case queue.
const mediationHomes = import.meta.glob<Record<string, ComponentType>>([
  '../mediation/MediatorHome.tsx',
  '../mediation/MediationAdminHome.tsx',
]);
const fromMediation = (file: string, name: string): ComponentType => {
  const load = mediationHomes[`../mediation/${file}`];
  return load ? lazyNamed(load, name) : QueueHome;
};
const MediatorHome = fromMediation('MediatorHome.tsx', 'MediatorHome');
const MediationAdminHome = fromMediation('MediationAdminHome.tsx', 'MediationAdminHome');

const HOMES: Readonly<Record<StaffRole, ComponentType>> = {
  officer: OfficerHome,
  mediator: MediatorHome,
  mediation_admin: MediationAdminHome,
  association: AssociationHome,
  analyst: AnalystHome,
  admin: AdminHome,
};

/** /staff: the home of the signed-in person's role. */
export default function StaffHome() {
  const { user } = useStaffSession();
  const Home = HOMES[user.role];
  return (
    <Suspense fallback={<Loading />}>
      <Home />
    </Suspense>
  );
}
