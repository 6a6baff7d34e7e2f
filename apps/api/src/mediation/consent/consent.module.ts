import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { BusinessModule } from '../../business/business.module';
import { CasesApiModule } from '../../cases/cases-api.module';
import { ComplaintsModule } from '../../complaints/complaints.module';
import { BusinessConsentController } from './business-consent.controller';
import { MediationConsentService } from './mediation-consent.service';
import { PaperConsentController } from './paper-consent.controller';

/** The business's consent to mediation (Law 19 Art 61): through its link, or on paper recorded by staff. */
@Module({
  // BusinessModule: the link and its view; ComplaintsModule: the evidence store for the paper document.
  imports: [CasesModule, CasesApiModule, ComplaintsModule, BusinessModule],
  controllers: [BusinessConsentController, PaperConsentController],
  providers: [MediationConsentService],
})
export class MediationConsentModule {}
