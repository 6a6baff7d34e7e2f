import { BusinessLinkEntity } from './business-link.entity';
import { BusinessWarningEntity } from './business-warning.entity';
import { CalendarYearEntity } from './calendar-year.entity';
import { CaseDeadlineEntity } from './case-deadline.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseTextEntity } from './case-text.entity';
import { CasePartyEntity } from './case-party.entity';
import { CaseEntity } from './case.entity';
import { CommuneEntity } from './commune.entity';
import { ComplaintKeyEntity } from './complaint-key.entity';
import { ContactAccessLogEntity } from './contact-access-log.entity';
import { DataBreachEntity } from './data-breach.entity';
import { DataRequestEntity } from './data-request.entity';
import { DeadlinePolicyEntity } from './deadline-policy.entity';
import { EvidenceFileEntity } from './evidence-file.entity';
import { MediationSessionEntity } from './mediation-session.entity';
import { MediatorProfileEntity } from './mediator-profile.entity';
import { NotificationEntity } from './notification.entity';
import { OrganisationEntity } from './organisation.entity';
import { ReportEntity } from './report.entity';
import { RetentionRunEntity } from './retention-run.entity';
import { RoutingRuleEntity } from './routing-rule.entity';
import { SectorEntity } from './sector.entity';
import { StaffPasswordLinkEntity } from './staff-password-link.entity';
import { TrackingSequenceEntity } from './tracking-sequence.entity';
import { UserEntity } from './user.entity';
import { WorkingDayEntity } from './working-day.entity';

export {
  BusinessLinkEntity,
  BusinessWarningEntity,
  CalendarYearEntity,
  CaseDeadlineEntity,
  CaseEventEntity,
  CaseTextEntity,
  CaseEntity,
  CasePartyEntity,
  CommuneEntity,
  ComplaintKeyEntity,
  ContactAccessLogEntity,
  DataBreachEntity,
  DataRequestEntity,
  RetentionRunEntity,
  DeadlinePolicyEntity,
  EvidenceFileEntity,
  MediationSessionEntity,
  MediatorProfileEntity,
  NotificationEntity,
  OrganisationEntity,
  ReportEntity,
  RoutingRuleEntity,
  SectorEntity,
  StaffPasswordLinkEntity,
  TrackingSequenceEntity,
  UserEntity,
  WorkingDayEntity,
};
export type { PartyRole } from './case-party.entity';
export type { EventVisibility } from './case-event.entity';
export type { DeadlineRowStatus } from './case-deadline.entity';
export type { NotificationStatus, RecipientKind } from './notification.entity';
export type { MediatorTie } from './mediator-profile.entity';
export type { SessionAttendance, SessionMode, SessionStatus } from './mediation-session.entity';
export type { ReportKind, ReportStatus } from './report.entity';
export type { ContactAccessKind } from './contact-access-log.entity';
export type { DataRequestRowKind, DataRequestRowStatus } from './data-request.entity';

/** Every entity of the schema: the app and the migration CLI share this list. */
export const ENTITIES = [
  CommuneEntity,
  SectorEntity,
  OrganisationEntity,
  UserEntity,
  CaseEntity,
  CasePartyEntity,
  TrackingSequenceEntity,
  CaseEventEntity,
  CaseTextEntity,
  BusinessLinkEntity,
  EvidenceFileEntity,
  RoutingRuleEntity,
  CaseDeadlineEntity,
  NotificationEntity,
  DeadlinePolicyEntity,
  CalendarYearEntity,
  MediatorProfileEntity,
  MediationSessionEntity,
  WorkingDayEntity,
  BusinessWarningEntity,
  ReportEntity,
  ComplaintKeyEntity,
  ContactAccessLogEntity,
  StaffPasswordLinkEntity,
  DataRequestEntity,
  DataBreachEntity,
  RetentionRunEntity,
];
export { groupColumns, partyGroups } from './party-groups';
