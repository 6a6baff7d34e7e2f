import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { BusinessModule } from '../business/business.module';
import { CasesApiModule } from '../cases/cases-api.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { BusinessFilesController } from './business-files.controller';
import { CaseFilesService } from './case-files.service';
import { ConsumerFilesController } from './consumer-files.controller';
import { StaffFilesController } from './staff-files.controller';

/** A case's files viewed and downloaded: by staff who see the case, the consumer by key, the business by link. */
@Module({
  imports: [CasesModule, CasesApiModule, ComplaintsModule, BusinessModule],
  controllers: [StaffFilesController, ConsumerFilesController, BusinessFilesController],
  providers: [CaseFilesService],
})
export class FilesModule {}
