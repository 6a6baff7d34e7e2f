import { Module } from '@nestjs/common';

/** Organisations (Art 63), mediator profiles (Art 64.2) and the public lists (Art 63.2). */
@Module({})
export class MediationOrganisationsModule {}
