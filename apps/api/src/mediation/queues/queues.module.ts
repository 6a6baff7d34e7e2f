import { Module } from '@nestjs/common';

/** The working queues of mediators and mediation-organisation admins. */
@Module({})
export class MediationQueuesModule {}
