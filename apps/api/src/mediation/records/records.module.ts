import { Module } from '@nestjs/common';

/** Statutory records as PDF: successful (Art 65.2), unsuccessful, negotiation (Art 60). */
@Module({})
export class MediationRecordsModule {}
