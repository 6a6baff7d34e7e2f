import { CaseDeadlines1795894903810 } from './1795894903810-CaseDeadlines';
import { DataRequests1796000040000 } from './1796000040000-DataRequests';
import { DataBreaches1796000050000 } from './1796000050000-DataBreaches';
import { OpenDataIndex1796000080000 } from './1796000080000-OpenDataIndex';
import { DataRequestReminders1796000090000 } from './1796000090000-DataRequestReminders';
import { SensitiveFieldsEncrypted1796000060000 } from './1796000060000-SensitiveFieldsEncrypted';
import { PersonalDataErasure1796000070000 } from './1796000070000-PersonalDataErasure';
import { ComplaintKeys1796000031000 } from './1796000031000-ComplaintKeys';
import { ClocksAndNotifications1795896712071 } from './1795896712071-ClocksAndNotifications';
import { Mediation1795897856226 } from './1795897856226-Mediation';
import { MediationQueueIndexes1795898600000 } from './1795898600000-MediationQueueIndexes';
import { BusinessLinkPurpose1796000000100 } from './1796000000100-BusinessLinkPurpose';
import { BusinessWarnings1796000003000 } from './1796000003000-BusinessWarnings';
import { ClockConsequences1796000000500 } from './1796000000500-ClockConsequences';
import { ContactAccessLog1796000020000 } from './1796000020000-ContactAccessLog';
import { ConsumerLookupIndexes1795892000000 } from './1795892000000-ConsumerLookupIndexes';
import { IdempotencyKeyDigest1796000004000 } from './1796000004000-IdempotencyKeyDigest';
import { Initial1795889711070 } from './1795889711070-Initial';
import { Reports1796000002000 } from './1796000002000-Reports';
import { SecretsLeaveTheOutbox1796000030000 } from './1796000030000-SecretsLeaveTheOutbox';
import { StaffSessionsAndAccounts1796000010000 } from './1796000010000-StaffSessionsAndAccounts';
import { WorkingDays1796000001000 } from './1796000001000-WorkingDays';
import { StaffCaseListIndexes1796000100000 } from './1796000100000-StaffCaseListIndexes';
import { CaseTexts1796000110000 } from './1796000110000-CaseTexts';
import { CaseListFilterIndexes1796000120000 } from './1796000120000-CaseListFilterIndexes';
import { CommunePopulation1796000130000 } from './1796000130000-CommunePopulation';
import { StatisticsRollups1796000140000 } from './1796000140000-StatisticsRollups';
import { NotificationOutboxDrain1796000150000 } from './1796000150000-NotificationOutboxDrain';

/** Every migration, in order. A new one is generated with `npm run db:generate -- Name` and added here. */
export const MIGRATIONS = [
  Initial1795889711070,
  ConsumerLookupIndexes1795892000000,
  CaseDeadlines1795894903810,
  ClocksAndNotifications1795896712071,
  Mediation1795897856226,
  MediationQueueIndexes1795898600000,
  BusinessLinkPurpose1796000000100,
  ClockConsequences1796000000500,
  WorkingDays1796000001000,
  Reports1796000002000,
  BusinessWarnings1796000003000,
  IdempotencyKeyDigest1796000004000,
  StaffSessionsAndAccounts1796000010000,
  ContactAccessLog1796000020000,
  SecretsLeaveTheOutbox1796000030000,
  ComplaintKeys1796000031000,
  DataRequests1796000040000,
  DataBreaches1796000050000,
  SensitiveFieldsEncrypted1796000060000,
  PersonalDataErasure1796000070000,
  OpenDataIndex1796000080000,
  DataRequestReminders1796000090000,
  StaffCaseListIndexes1796000100000,
  CaseTexts1796000110000,
  CaseListFilterIndexes1796000120000,
  CommunePopulation1796000130000,
  StatisticsRollups1796000140000,
  NotificationOutboxDrain1796000150000,
];
