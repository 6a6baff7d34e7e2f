import { Module } from '@nestjs/common';
import { CaseWorkflowService } from './case-workflow.service';
import { CaseMailer } from './notifications/case-mailer';
import { RoutingService } from './routing.service';

@Module({
  providers: [CaseWorkflowService, CaseMailer, RoutingService],
  exports: [CaseWorkflowService, CaseMailer, RoutingService],
})
export class CasesModule {}
