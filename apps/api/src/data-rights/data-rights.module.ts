import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { ConsentWithdrawalService } from './consent-withdrawal.service';
import { ConsumerDataRightsController } from './consumer-data-rights.controller';
import { ConsumerDataRightsService } from './consumer-data-rights.service';
import { ContactCorrectionService } from './contact-correction.service';
import { DataRequestsController } from './data-requests.controller';
import { DataRequestsService } from './data-requests.service';
import { MyDataService } from './my-data.service';

/** The consumer's personal-data rights (issue 12 item 10; Law 91/2025/QH15 Art 4) and the staff's handling of requests. */
@Module({
  imports: [CasesModule],
  controllers: [ConsumerDataRightsController, DataRequestsController],
  providers: [
    MyDataService,
    ConsumerDataRightsService,
    ContactCorrectionService,
    ConsentWithdrawalService,
    DataRequestsService,
  ],
})
export class DataRightsModule {}
