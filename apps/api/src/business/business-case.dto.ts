import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BusinessDeadlineDto } from './dto/business-deadline.dto';
import { BusinessMediationDto } from './dto/business-mediation.dto';
import {
  BUSINESS_LINK_PURPOSES,
  BUSINESS_LINK_USES,
  type BusinessLinkPurpose,
  type BusinessLinkUse,
} from '@app/domain';

export class BusinessCaseViewDto {
  @ApiProperty({
    enum: BUSINESS_LINK_PURPOSES,
    description:
      'What this link is for now: `negotiation` (answer the consumer); `result_report` (the negotiation ended: only ' +
      'report its result, Law 19 Art 57.5, until it is reported or no longer owed — anything else answers 403); ' +
      '`mediation` (the case, its sessions and records)',
  })
  purpose: BusinessLinkPurpose;
  @ApiProperty({ enum: BUSINESS_LINK_USES, isArray: true, description: 'What this link can do now' })
  uses: BusinessLinkUse[];
  @ApiPropertyOptional({
    nullable: true,
    format: 'date-time',
    description:
      'When the result report is due (5 working days after the negotiation ended, Art 57.5); `result_report` links only',
  })
  resultReportDueAt: Date | null;
  @ApiProperty({ description: 'A party asked that the negotiation be kept confidential (Law 19 Art 59.1)' })
  confidential: boolean;
  @ApiProperty({
    description: 'The negotiation is paused at a party’s request (Art 59.1): its deadlines wait, and so does answering',
  })
  paused: boolean;
  @ApiProperty({ example: 'TN-2026-000123' }) trackingCode: string;
  @ApiProperty() status: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: Date;
  @ApiProperty() sectorCode: string;
  @ApiProperty() product: string;
  @ApiPropertyOptional({ nullable: true }) purchaseDate: string | null;
  @ApiPropertyOptional({ nullable: true }) amountVnd: number | null;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) desiredResolutions: string[];
  @ApiProperty({ description: 'Contact details only when the consumer agreed to share them' })
  consumer: { name: string; email: string | null; phone: string | null };
  @ApiProperty() business: { name: string; taxCode: string | null; shopId: string | null; orderId: string | null };
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: Record<string, unknown>[];
  @ApiPropertyOptional({ nullable: true }) openProposal: Record<string, unknown> | null;
  @ApiPropertyOptional({
    type: BusinessMediationDto,
    nullable: true,
    description: 'While in mediation: the organisation and the business’s consent (Law 19 Art 61)',
  })
  mediation: BusinessMediationDto | null;
  @ApiProperty({
    type: [BusinessDeadlineDto],
    description:
      'The business’s own legal clocks still open (confirm receipt, Art 31.2; negotiate, Art 57.2; report the ' +
      'result, Art 57.5; answer a request for mediation, Art 61), soonest first, with the working days left; ' +
      'no clock of the staff or the consumer',
  })
  deadlines: BusinessDeadlineDto[];
  @ApiProperty({ type: [String] }) allowedActions: string[];
  @ApiProperty({ format: 'date-time' }) linkExpiresAt: Date;
}
