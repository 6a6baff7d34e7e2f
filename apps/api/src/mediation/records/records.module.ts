import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { BusinessModule } from '../../business/business.module';
import { CasesApiModule } from '../../cases/cases-api.module';
import { ComplaintsModule } from '../../complaints/complaints.module';
import { BusinessRecordsController } from './business-records.controller';
import { ConsumerRecordsController } from './consumer-records.controller';
import { RecordSignaturesController } from './record-signatures.controller';
import { RecordSigningService } from './record-signing.service';
import { RecordsService } from './records.service';
import { StaffRecordsController } from './staff-records.controller';

/**
 * Statutory records as PDF: successful mediation (Art 65.2), unsuccessful mediation, negotiation
 * (Art 60), for staff, the consumer (access key) and the business (its link, while it lasts); and
 * who signed them, marked by staff with the signed scan (Art 65.3).
 */
@Module({
  imports: [CasesModule, CasesApiModule, ComplaintsModule, BusinessModule],
  controllers: [
    StaffRecordsController,
    ConsumerRecordsController,
    BusinessRecordsController,
    RecordSignaturesController,
  ],
  providers: [RecordsService, RecordSigningService],
})
export class MediationRecordsModule {}
