import { Module } from '@nestjs/common';
import { MediatorAssignmentModule } from './assignment/assignment.module';
import { MediationConsentModule } from './consent/consent.module';
import { MediationExtensionModule } from './extension/extension.module';
import { MediationFollowUpModule } from './follow-up/follow-up.module';
import { MediationOrganisationsModule } from './organisations/organisations.module';
import { MediationQueuesModule } from './queues/queues.module';
import { MediationRecordsModule } from './records/records.module';
import { MediationSessionsModule } from './sessions/sessions.module';

/** Mediation (Law 19 Arts 61–66): organisations, mediators, assignment, queues, sessions, records, follow-up. */
@Module({
  imports: [
    MediationOrganisationsModule,
    MediationConsentModule,
    MediatorAssignmentModule,
    MediationQueuesModule,
    MediationSessionsModule,
    MediationRecordsModule,
    MediationFollowUpModule,
    MediationExtensionModule,
  ],
})
export class MediationApiModule {}
