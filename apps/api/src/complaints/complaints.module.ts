import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence/evidence.service';
import { EvidenceStore } from './evidence/evidence-store';
import { IntakeController } from './intake.controller';
import { KeyRecoveryController } from './key-recovery.controller';
import { ComplaintIntakeService } from './intake/complaint-intake.service';
import { AccessKeyRecoveryService } from './recovery/access-key-recovery.service';
import { StaffIntakeController } from './staff-intake.controller';
import { TrackingController } from './tracking.controller';
import { ComplaintViewService } from './tracking/complaint-view.service';
import { ConsumerActionsService } from './tracking/consumer-actions.service';

/** Public intake, consumer tracking and evidence upload; and staff registering a complaint (POST /cases). */
@Module({
  imports: [CasesModule],
  controllers: [IntakeController, KeyRecoveryController, EvidenceController, TrackingController, StaffIntakeController],
  providers: [
    ComplaintIntakeService,
    AccessKeyRecoveryService,
    ComplaintViewService,
    ConsumerActionsService,
    EvidenceService,
    EvidenceStore,
  ],
  exports: [EvidenceService, EvidenceStore],
})
export class ComplaintsModule {}
