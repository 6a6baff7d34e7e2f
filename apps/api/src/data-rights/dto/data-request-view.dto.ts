import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A data-subject request as the consumer sees it. */
export class DataRequestViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['erasure', 'restriction', 'objection', 'other'] }) kind: string;
  @ApiPropertyOptional({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ enum: ['received', 'answered', 'completed', 'refused'] }) status: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: Date;
  @ApiProperty({ format: 'date-time', description: 'First answer due: 2 working days (Decree 356/2025)' })
  answerDueAt: Date;
  @ApiProperty({ format: 'date-time', description: 'Completion due (Decree 356/2025)' }) completeDueAt: Date;
  @ApiPropertyOptional({ type: String, nullable: true }) decision: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) decidedAt: Date | null;
}

/** The answer to a new request: the row and what happens next, in plain words. */
export class NewDataRequestAnswerDto extends DataRequestViewDto {
  @ApiProperty({ description: 'What happens next, in the caller’s language' }) explanation: string;
}

/** A request in the staff list. */
export class StaffDataRequestDto extends DataRequestViewDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ example: 'TN-2026-000123' }) trackingCode: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'The clock running now' })
  nextDueAt: Date | null;
  @ApiPropertyOptional({ description: 'In the list: working days left to answer (0: today; below 0: late)' })
  answerWorkingDaysLeft?: number;
  @ApiPropertyOptional({ description: 'In the list: working days left to complete (0: today; below 0: late)' })
  completeWorkingDaysLeft?: number;
  @ApiProperty({ description: 'The running clock has passed' }) overdue: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) decidedBy: string | null;
}

export class DataRequestPageDto {
  @ApiProperty({ type: [StaffDataRequestDto], description: 'Nearest due date first; closed requests last' })
  items: StaffDataRequestDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor: string | null;
}
