import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ART_56_3_BASES, NEGOTIATION_PARTIES, RESOLVED_OUTCOMES } from '@app/domain';
import { NOTE_MAX, OptionalAmountVnd, OptionalText, TEXT_MAX } from './action-fields';
import { VersionedActionDto } from './versioned-action.dto';

// Negotiation: forward_to_business (Art 56.3), settle (Art 57.5), the parties' requests (Art 59.1).

export class ForwardToBusinessActionDto extends VersionedActionDto {
  @ApiProperty({
    enum: ART_56_3_BASES,
    example: 'business_silent',
    description:
      'Law 19 Art 56.3: the business was silent, or refused without good reason. The business is the case’s own ' +
      '(its secure link is in the answer, shown once)',
  })
  @IsOptional()
  @IsIn(ART_56_3_BASES)
  basis: string;
}

export class SettleActionDto extends VersionedActionDto {
  @ApiProperty({ enum: RESOLVED_OUTCOMES, example: 'monetary_relief' })
  @IsOptional()
  @IsIn(RESOLVED_OUTCOMES)
  outcomeCode: string;

  @ApiPropertyOptional({
    example: 1290000,
    minimum: 0,
    description: 'Whole VND recovered; required (> 0) with monetary_relief, and only with it',
  })
  @OptionalAmountVnd()
  amountRecoveredVnd?: number;

  @ApiPropertyOptional({
    example: 'Hai bên thỏa thuận hoàn tiền tại trụ sở Sở Công Thương.',
    maxLength: TEXT_MAX,
    description: 'The agreement; by default the outcome code',
  })
  @OptionalText(TEXT_MAX)
  summary?: string;
}

export class RecordNegotiationRequestActionDto extends VersionedActionDto {
  @ApiProperty({ enum: NEGOTIATION_PARTIES, example: 'business', description: 'Law 19 Art 59.1: which party asked' })
  @IsOptional()
  @IsIn(NEGOTIATION_PARTIES)
  requestedBy: string;

  @ApiPropertyOptional({ description: 'The negotiation is to be kept confidential (this or `paused`, or both)' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ description: 'The negotiation is paused: its clocks pause with it' })
  @IsOptional()
  @IsBoolean()
  paused?: boolean;

  @ApiProperty({ example: 'Giám đốc đi công tác đến tuần sau', maxLength: NOTE_MAX, description: 'For staff' })
  @OptionalText(NOTE_MAX)
  reason: string;
}

export class LiftNegotiationRequestActionDto extends VersionedActionDto {
  @ApiPropertyOptional({ description: 'Confidentiality ends (this or `paused`, or both)' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ description: 'The pause ends: the clocks run again, longer by the pause' })
  @IsOptional()
  @IsBoolean()
  paused?: boolean;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'For staff' })
  @OptionalText(NOTE_MAX)
  reason?: string;
}
