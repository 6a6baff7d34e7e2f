import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { MediationQueuesController } from './mediation-queues.controller';
import { MediationQueuesService } from './mediation-queues.service';

/** The working queues of mediators and mediation-organisation admins. */
@Module({ imports: [CasesModule], controllers: [MediationQueuesController], providers: [MediationQueuesService] })
export class MediationQueuesModule {}
