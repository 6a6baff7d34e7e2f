import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CaseCommandService } from './case-command.service';
import { CaseNotificationsService } from './case-notifications.service';
import { CaseQueryService } from './case-query.service';
import { ContactAccessLogService } from './contact-access-log.service';
import { CasesController } from './cases.controller';

/** Staff case API: queue, detail, timeline, actions, notes and messages. */
@Module({
  imports: [CasesModule],
  controllers: [CasesController],
  providers: [CaseQueryService, CaseCommandService, CaseNotificationsService, ContactAccessLogService],
  exports: [CaseQueryService, ContactAccessLogService],
})
export class CasesApiModule {}
