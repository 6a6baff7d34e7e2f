import { Module } from '@nestjs/common';
import { CaseWorkflowService } from './case-workflow.service';
import { CaseMailer } from './notifications/case-mailer';
import { ReferenceCodes } from './reference-codes.service';
import { RoutingService } from './routing.service';

@Module({
  providers: [CaseWorkflowService, CaseMailer, RoutingService, ReferenceCodes],
  exports: [CaseWorkflowService, CaseMailer, RoutingService, ReferenceCodes],
})
export class CasesModule {}
