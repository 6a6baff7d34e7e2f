import { Module } from '@nestjs/common';

/** Staff case API: queue, detail, timeline, actions, notes and messages. */
@Module({})
export class CasesApiModule {}
