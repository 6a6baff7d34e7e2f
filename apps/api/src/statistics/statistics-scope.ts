import type { StaffPrincipal } from '@app/cases';
import type { StatisticsScope } from '@app/statistics';

// Matches no organisation: an officer without a unit sees no case (as in case-access.ts).
const NO_UNIT = '00000000-0000-0000-0000-000000000000';

/** Analysts, admins and the association see the province; an officer the cases their unit handles. */
export function statisticsScopeOf(staff: StaffPrincipal): StatisticsScope {
  return staff.role === 'officer' ? { handlingOrgId: staff.organisationId ?? NO_UNIT } : {};
}

/** The roles that may read the department's figures. */
export const STATISTICS_READERS = ['analyst', 'admin', 'association', 'officer'] as const;
