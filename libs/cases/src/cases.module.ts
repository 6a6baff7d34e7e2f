import { Module } from '@nestjs/common';
import { CaseWorkflowService } from './case-workflow.service';
import { ClockScheduler } from './clocks/clock-scheduler';
import { ClockSweepService } from './clocks/clock-sweep.service';
import { DeadlineFiringService } from './clocks/deadline-firing.service';
import { ClockSettingsService } from './clocks/clock-settings.service';
import { PersonalDataErasure } from './erasure/personal-data-erasure.service';
import { RetentionService } from './erasure/retention.service';
import { CaseNotifier } from './notifications/case-notifier';
import { SessionNotices } from './notifications/session-notices';
import { ReferenceCodes } from './reference-codes.service';
import { RoutingService } from './routing.service';

const SERVICES = [
  CaseWorkflowService,
  CaseNotifier,
  ClockScheduler,
  ClockSettingsService,
  ClockSweepService,
  DeadlineFiringService,
  RoutingService,
  ReferenceCodes,
  SessionNotices,
  PersonalDataErasure,
  RetentionService,
];

@Module({ providers: SERVICES, exports: SERVICES })
export class CasesModule {}
