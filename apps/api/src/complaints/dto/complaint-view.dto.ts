import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_ACTIONS, CASE_STATUSES, consumerWarnings, INTAKE_WARNINGS, type IntakeWarning } from '@app/domain';
import { EvidenceFileDto } from './evidence-file.dto';

export class ReferenceItemDto {
  @ApiProperty({ example: '05443' })
  code: string;

  @ApiProperty({ example: 'Phường Phan Đình Phùng', description: 'In the case’s language' })
  name: string;
}

export class TimelineEntryDto {
  @ApiProperty({ example: '2026-03-12T02:15:00.000Z' })
  at: Date;

  @ApiProperty({ example: 'submit' })
  action: string;

  @ApiProperty({ enum: CASE_STATUSES, nullable: true, example: null })
  fromStatus: string | null;

  @ApiProperty({ enum: CASE_STATUSES, nullable: true, example: 'submitted' })
  toStatus: string | null;

  @ApiProperty({ enum: ['consumer', 'business', 'staff', 'system'], example: 'consumer' })
  actor: 'consumer' | 'business' | 'staff' | 'system';

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { channel: 'web' },
    description: 'Public data only',
  })
  data: Record<string, unknown>;
}

export class OpenRequestDto {
  @ApiProperty({ example: 'Vui lòng gửi ảnh hóa đơn mua hàng.' })
  question: string;

  @ApiProperty({ example: '2026-03-13T08:00:00.000Z' })
  requestedAt: Date;
}

export class OpenProposalDto {
  @ApiProperty({ example: 'Đổi máy giặt mới cùng loại trong 5 ngày.' })
  description: string;

  @ApiPropertyOptional({ example: 8_490_000 })
  amountVnd?: number;

  @ApiProperty({ example: '2026-03-20T03:00:00.000Z' })
  proposedAt: Date;
}

/** What the consumer sees of their case (never staff-internal events or detail). */
export class ComplaintViewDto {
  @ApiProperty({ example: 'TN-2026-000123' })
  trackingCode: string;

  @ApiProperty({ enum: CASE_STATUSES, example: 'submitted' })
  status: string;

  @ApiProperty({ example: '2026-03-12T02:15:00.000Z' })
  submittedAt: Date;

  @ApiProperty({ type: ReferenceItemDto, example: { code: 'ecommerce', name: 'Thương mại điện tử' } })
  sector: ReferenceItemDto;

  @ApiProperty({ type: ReferenceItemDto })
  commune: ReferenceItemDto;

  @ApiProperty({ type: [TimelineEntryDto] })
  timeline: TimelineEntryDto[];

  @ApiProperty({
    type: OpenRequestDto,
    nullable: true,
    description: 'The question to answer while status is needs_info',
  })
  openRequest: OpenRequestDto | null;

  @ApiProperty({ type: OpenProposalDto, nullable: true, description: 'The business’s proposal awaiting an answer' })
  openProposal: OpenProposalDto | null;

  @ApiProperty({
    enum: consumerWarnings(INTAKE_WARNINGS),
    isArray: true,
    example: ['summary_procedure_eligible'],
    description:
      'Kept from filing: limitation_period (the purchase was over 3 years before filing, so the claim may be ' +
      'time-barred: Civil Code Arts 429, 588), summary_procedure_eligible (under 100,000,000 VND a court may use ' +
      'the summary procedure: Law 19 Art 70.2)',
  })
  warnings: IntakeWarning[];

  @ApiProperty({ enum: CASE_ACTIONS, isArray: true, example: ['withdraw'] })
  allowedActions: string[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: [],
    description:
      'Legal clocks: kind, status, startedAt, dueAt, overdue, remindersSent, escalationLevel, closedAt, and ' +
      'workingDaysLeft (working days from today to the due day on the working-day calendar: 0 on the due day, ' +
      'negative once past)',
  })
  deadlines: unknown[];

  @ApiProperty({ type: [EvidenceFileDto] })
  evidence: EvidenceFileDto[];
}
