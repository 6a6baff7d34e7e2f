import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { BusinessLinkGuard } from '../../business/business-link.guard';
import { BusinessLinkService } from '../../business/business-link.service';
import { CasesApiModule } from '../../cases/cases-api.module';
import { ComplaintsModule } from '../../complaints/complaints.module';
import { BusinessRecordsController } from './business-records.controller';
import { ConsumerRecordsController } from './consumer-records.controller';
import { RecordsService } from './records.service';
import { StaffRecordsController } from './staff-records.controller';

/**
 * Statutory records as PDF: successful mediation (Art 65.2), unsuccessful mediation, negotiation
 * (Art 60), for staff, the consumer (access key) and the business (its link, while it lasts).
 */
@Module({
  // The business's link is checked by the business module's own service (it needs EvidenceService).
  imports: [CasesModule, CasesApiModule, ComplaintsModule],
  controllers: [StaffRecordsController, ConsumerRecordsController, BusinessRecordsController],
  providers: [RecordsService, BusinessLinkService, BusinessLinkGuard],
})
export class MediationRecordsModule {}
