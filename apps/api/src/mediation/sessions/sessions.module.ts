import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { BusinessModule } from '../../business/business.module';
import { CasesApiModule } from '../../cases/cases-api.module';
import { ComplaintsModule } from '../../complaints/complaints.module';
import { BusinessSessionsController } from './business-sessions.controller';
import { ConsumerSessionsController } from './consumer-sessions.controller';
import { SessionCommands } from './session-commands.service';
import { SessionQueries } from './session-queries.service';
import { SessionsController } from './sessions.controller';

/** Mediation sessions: scheduling with .ics invitations, attendance and minutes (Art 62.2). */
@Module({
  // ComplaintsModule and BusinessModule: the parties' access (access key, secure link) as their
  // own routes check it.
  imports: [CasesModule, CasesApiModule, ComplaintsModule, BusinessModule],
  controllers: [SessionsController, ConsumerSessionsController, BusinessSessionsController],
  providers: [SessionCommands, SessionQueries],
})
export class MediationSessionsModule {}
