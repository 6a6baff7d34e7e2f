import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStaffSession } from '../session/StaffSessionProvider';
import { StaffPage } from '../StaffPage';
import { CaseListView } from '../queue/CaseListView';
import { DataRequestsHomeLink } from '../dataRequests/DataRequestsHomeLink';
import { HomeSection } from './HomeSection';

/**
 * The officer's home: new complaints to triage first, then their own cases, then the unit's
 * overdue ones; the api puts vulnerable consumers' cases (priority) first, then the next deadline.
 */
export function OfficerHome() {
  const { t } = useTranslation();
  const { user } = useStaffSession();
  return (
    <StaffPage
      title={t('staff.home.officer.title')}
      lead={t('staff.home.officer.lead', { unit: user.organisationName ?? '' })}
    >
      <p>
        <Link to="/staff/cases/new" className="button button--secondary">
          {t('staff.home.officer.intake')}
        </Link>
      </p>
      <HomeSection
        id="triage"
        title={t('staff.home.officer.triage')}
        intro={t('staff.home.officer.triageIntro')}
        more={{ to: '/staff/cases?status=submitted', label: t('staff.home.officer.allTriage') }}
      >
        <CaseListView
          query="status=submitted"
          limit={10}
          showCounts={false}
          caption={t('staff.home.officer.triageCaption')}
          empty={t('staff.home.officer.triageEmpty')}
        />
      </HomeSection>
      <HomeSection
        id="mine"
        title={t('staff.home.officer.mine')}
        more={{ to: '/staff/cases?assignee=me', label: t('staff.home.officer.allMine') }}
      >
        <CaseListView
          query="assignee=me"
          limit={10}
          showCounts={false}
          caption={t('staff.home.officer.mineCaption')}
          empty={t('staff.home.officer.mineEmpty')}
        />
      </HomeSection>
      <HomeSection
        id="overdue"
        title={t('staff.home.officer.overdue')}
        more={{ to: '/staff/cases?overdue=true', label: t('staff.home.officer.allOverdue') }}
      >
        <CaseListView
          query="overdue=true"
          limit={10}
          showCounts={false}
          caption={t('staff.home.officer.overdueCaption')}
          empty={t('staff.home.officer.overdueEmpty')}
        />
      </HomeSection>
      <p>
        <Link to="/staff/cases">{t('staff.home.officer.unitQueue')}</Link>
      </p>
      <section aria-labelledby="data-requests-title">
        <h2 id="data-requests-title">{t('staff.home.officer.dataRequests')}</h2>
        <DataRequestsHomeLink />
      </section>
    </StaffPage>
  );
}
