import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_ACTIONS, CASE_STATUSES, INTAKE_WARNINGS, type IntakeWarning } from '@app/domain';

export const CASE_BADGES = ['vulnerable', 'overdue', 'possible_duplicate', 'attention'] as const;
export type CaseBadge = (typeof CASE_BADGES)[number];

export class NextDueDto {
  @ApiProperty({ example: 'business_acknowledge', description: 'The legal clock that falls due first' })
  kind: string;
  @ApiProperty({ format: 'date-time' }) dueAt: Date;
  @ApiProperty({
    example: 3,
    description:
      'Working days from today to the due day on the Vietnamese calendar (weekends, public holidays and swapped ' +
      'days as admins set them): 0 on the due day, negative once past',
  })
  workingDaysLeft: number;
}

export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'TN-2026-000123' }) trackingCode: string;
  @ApiProperty({ enum: CASE_STATUSES }) status: string;
  @ApiProperty() priority: number;
  @ApiProperty() vulnerable: boolean;
  @ApiProperty({ example: 'ecommerce' }) sectorCode: string;
  @ApiProperty({ example: '05443' }) communeCode: string;
  @ApiProperty() channel: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: Date;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) nextDueAt: Date | null;
  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    description: 'Since when a legal clock has run out and is still not met',
  })
  overdueSince: Date | null;
  @ApiPropertyOptional({ nullable: true }) handlingOrgId: string | null;
  @ApiPropertyOptional({ nullable: true }) assigneeId: string | null;
  @ApiPropertyOptional({ nullable: true }) outcome: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Cửa hàng ABC',
    description: 'The business complained about',
  })
  businessName: string | null;
  @ApiPropertyOptional({
    type: NextDueDto,
    nullable: true,
    description: 'The running duty clock due first (the one behind `nextDueAt`); null when none runs',
  })
  nextDue: NextDueDto | null;
  @ApiProperty({
    enum: CASE_BADGES,
    isArray: true,
    description:
      'vulnerable (Law 19 Art 8: handled first), overdue (a legal clock ran out and is not met), possible_duplicate ' +
      '(staff only), attention (a follow-up needs someone)',
  })
  badges: CaseBadge[];
}

export class CaseCountsDto {
  @ApiProperty({ description: 'Cases matching the filters' }) total: number;
  @ApiProperty({ description: 'Of them, with a legal clock run out and not met (or a running one already past)' })
  overdue: number;
  @ApiProperty({ description: 'Of them, priority cases (vulnerable consumers, Law 19 Art 8.2.đ)' }) priority: number;
  @ApiProperty({ description: 'Of them, new complaints still to triage (status `submitted`)' }) new: number;
  @ApiProperty({
    enum: ['total', 'overdue', 'priority', 'new'],
    isArray: true,
    example: ['total'],
    description:
      'The counts that reached the limit (10,000): each of these is "at least" its figure (a count stops there, so that a page never counts a whole province)',
  })
  atLeast: ('total' | 'overdue' | 'priority' | 'new')[];
}

export class CasePageDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items: CaseSummaryDto[];
  @ApiPropertyOptional({ nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
  @ApiProperty({
    description: 'Cases matching the filters (the same as `counts.total`; at least, when `counts.atLeast` names it)',
  })
  total: number;
  @ApiProperty({ type: CaseCountsDto, description: 'In the caller’s scope, with the same filters, over every page' })
  counts: CaseCountsDto;
}

export class PartyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['consumer', 'business', 'platform'] }) role: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, description: 'Hidden from the association and analysts' }) email:
    string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Hidden from the association and analysts' }) phone:
    string | null;
  @ApiPropertyOptional({ nullable: true }) taxCode: string | null;
  @ApiPropertyOptional({ nullable: true }) shopId: string | null;
  @ApiPropertyOptional({ nullable: true }) orderId: string | null;
}

export class CaseDetailDto extends CaseSummaryDto {
  @ApiProperty() version: number;
  @ApiProperty({ enum: CASE_ACTIONS, isArray: true, description: 'What this caller may do now' })
  allowedActions: string[];
  @ApiProperty() product: string;
  @ApiPropertyOptional({ nullable: true }) amountVnd: number | null;
  @ApiProperty() description: string;
  @ApiPropertyOptional({ nullable: true }) amountRecoveredVnd: number | null;
  @ApiPropertyOptional({ nullable: true }) closedAt: Date | null;
  @ApiPropertyOptional({ nullable: true }) possibleDuplicateOf: string | null;
  @ApiProperty({
    enum: INTAKE_WARNINGS,
    isArray: true,
    example: ['summary_procedure_eligible'],
    description:
      'Kept from intake: limitation_period (purchase over 3 years before filing, Civil Code Arts 429, 588), ' +
      'summary_procedure_eligible (under 100,000,000 VND, Law 19 Art 70.2), possible_duplicate (staff only)',
  })
  warnings: IntakeWarning[];
  @ApiProperty({ type: [PartyDto] }) parties: PartyDto[];
  @ApiProperty({
    example: { handlingOrgId: null, advisorId: null, mediationOrgId: null, mediatorId: null },
  })
  assignments: {
    handlingOrgId: string | null;
    advisorId: string | null;
    mediationOrgId: string | null;
    mediatorId: string | null;
  };
  @ApiProperty({ description: 'Running legal clocks', type: 'array', items: { type: 'object' } })
  deadlines: unknown[];
  @ApiProperty({ description: 'Requests, proposals, records; mediation records only for the mediation circle' })
  lifecycle: Record<string, unknown>;
  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description:
      'Language unknown: the mediator must ask (Law 19 Art 64.3). A party is flagged as an ethnic-minority consumer ' +
      '(Art 8) and no language is recorded; appointing a mediator then needs `consumerLanguage` or an interpreter. ' +
      'Null for the association (the flag is sensitive data)',
  })
  languageUnknown: boolean | null;
  @ApiPropertyOptional({
    description: 'Only in the answer to forward_to_business: the business’s secure link, shown once',
  })
  businessLinkUrl?: string;
}

export class CaseEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: Date;
  @ApiProperty() action: string;
  @ApiPropertyOptional({ nullable: true }) fromStatus: string | null;
  @ApiPropertyOptional({ nullable: true }) toStatus: string | null;
  @ApiProperty({ enum: ['consumer', 'business', 'staff', 'system'] }) actorKind: string;
  @ApiPropertyOptional({ nullable: true }) actorId: string | null;
  @ApiPropertyOptional({ nullable: true }) actorRole: string | null;
  @ApiProperty({ enum: ['public', 'internal', 'confidential'] }) visibility: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}
