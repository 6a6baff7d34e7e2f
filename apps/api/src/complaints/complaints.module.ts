import { Module } from '@nestjs/common';

/** Public intake, consumer tracking and evidence upload. */
@Module({})
export class ComplaintsModule {}
