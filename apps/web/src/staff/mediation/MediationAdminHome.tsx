import { useTranslation } from 'react-i18next';
import { StaffPage } from '../StaffPage';
import { useStaffSession } from '../session/StaffSessionProvider';
import { MediationQueues } from './MediationQueues';
import { MediatorsLoad } from './MediatorsLoad';
import './i18n';
import './mediation.css';

/** /staff for a mediation admin: unassigned first, due soon, overdue, and the mediators' load. */
export function MediationAdminHome() {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  return (
    <StaffPage title={t('staffMediation.adminHome.title')} lead={t('staffMediation.adminHome.lead')}>
      <MediationQueues views={['unassigned', 'due_soon', 'overdue', 'organisation']} />
      {user.organisationId && <MediatorsLoad organisationId={user.organisationId} />}
    </StaffPage>
  );
}
