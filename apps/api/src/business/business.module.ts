import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { ComplaintsModule } from '../complaints/complaints.module';
import { BusinessController } from './business.controller';
import { BusinessLinkGuard } from './business-link.guard';
import { BusinessLinkService } from './business-link.service';
import { ResultReportService } from './result-report.service';

/** The business's side: one case through a secure, expiring, revocable link. */
@Module({
  imports: [CasesModule, ComplaintsModule],
  controllers: [BusinessController],
  providers: [BusinessLinkService, BusinessLinkGuard, ResultReportService],
  // The mediation's routes for the business (sessions, records) check the same link.
  exports: [BusinessLinkService, BusinessLinkGuard],
})
export class BusinessModule {}
