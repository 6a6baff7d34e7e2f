import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CasesApiModule } from '../../cases/cases-api.module';
import { MediatorAssignmentController } from './mediator-assignment.controller';
import { MediatorAssignmentService } from './mediator-assignment.service';
import { MediatorSuggestionsService } from './mediator-suggestions.service';

/** Mediator suggestions, assignment, decline and reassignment (Law 19 Arts 63.2, 64.2, 64.3). */
@Module({
  imports: [CasesModule, CasesApiModule],
  controllers: [MediatorAssignmentController],
  providers: [MediatorSuggestionsService, MediatorAssignmentService],
})
export class MediatorAssignmentModule {}
