import { Module } from '@nestjs/common';

/** Mediation sessions: scheduling with .ics invitations, attendance and minutes (Art 62.2). */
@Module({})
export class MediationSessionsModule {}
