import { Module } from '@nestjs/common';

/** Mediator suggestions, assignment, decline and reassignment. */
@Module({})
export class MediatorAssignmentModule {}
