import { Module } from '@nestjs/common';

/** After a settlement: performance follow-up (Art 66) and outcome statistics. */
@Module({})
export class MediationFollowUpModule {}
