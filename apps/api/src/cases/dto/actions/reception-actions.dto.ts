import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  ART_54_2_REASONS,
  REFUSAL_GROUND_LABELS,
  REFUSAL_GROUNDS,
  REFUSAL_OUTCOME_GROUNDS,
  REFUSAL_OUTCOMES,
  TRANSFER_AUTHORITY_KINDS,
} from '@app/domain';
import { NOTE_MAX, OptionalText, REFERENCE_MAX } from './action-fields';
import { VersionedActionDto } from './versioned-action.dto';

// Reception and consultation: accept, request_info, refuse (Art 58), transfer (Art 11.3), bar (Art 54.2).

const groundList = REFUSAL_GROUNDS.map((g) => `(${g}) ${REFUSAL_GROUND_LABELS[g].en} — ${REFUSAL_GROUND_LABELS[g].vi}`);
const outcomeList = REFUSAL_OUTCOMES.map((code) => `${code}: ground ${REFUSAL_OUTCOME_GROUNDS[code].join(', ')}`);

export class AcceptActionDto extends VersionedActionDto {
  @ApiPropertyOptional({
    format: 'uuid',
    maxLength: REFERENCE_MAX,
    description:
      'The handling unit; by default the case’s own, else the routing rules’ (422 not_a_handling_unit when it cannot take cases)',
  })
  @OptionalText(REFERENCE_MAX)
  handlingUnitId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An officer of the handling unit; by default the caller or the unit’s next advisor (422 otherwise)',
  })
  @IsOptional()
  @IsUUID()
  advisorId?: string;

  @ApiPropertyOptional({ description: 'Law 19 Art 54.2 found at reception: give `barReason` with it' })
  @IsOptional()
  @IsBoolean()
  barredFromNegotiation?: boolean;

  @ApiPropertyOptional({ enum: ART_54_2_REASONS, description: 'Required with `barredFromNegotiation`' })
  @IsOptional()
  @IsIn(ART_54_2_REASONS)
  barReason?: string;
}

export class RequestInfoActionDto extends VersionedActionDto {
  @ApiProperty({
    example: 'Xin gửi ảnh hóa đơn mua hàng.',
    maxLength: NOTE_MAX,
    description: 'What the consumer is asked for; emailed to them and shown on their timeline (the clocks pause)',
  })
  @OptionalText(NOTE_MAX)
  question: string;
}

export class RefuseActionDto extends VersionedActionDto {
  @ApiProperty({
    enum: REFUSAL_GROUNDS,
    example: 'c',
    description: `Law 19 Art 58: the only grounds for refusing support, one required; the consumer's email states it. ${groundList.join('; ')}`,
  })
  @IsOptional()
  @IsIn(REFUSAL_GROUNDS)
  ground: string;

  @ApiPropertyOptional({
    example: 'Không xác định được doanh nghiệp',
    maxLength: NOTE_MAX,
    description: 'For staff; not emailed',
  })
  @OptionalText(NOTE_MAX)
  note?: string;

  @ApiPropertyOptional({
    enum: REFUSAL_OUTCOMES,
    default: 'refused',
    description: `Why, for statistics; must agree with the ground (422 art_58_outcome_contradicts_ground otherwise): ${outcomeList.join('; ')}`,
  })
  @IsOptional()
  @IsIn(REFUSAL_OUTCOMES)
  outcomeCode?: string;
}

export class TransferActionDto extends VersionedActionDto {
  @ApiProperty({
    format: 'uuid',
    maxLength: REFERENCE_MAX,
    description:
      `Law 19 Art 11.3: the id of the receiving organisation (GET /api/v1/reference/organisations), of kind ` +
      `${TRANSFER_AUTHORITY_KINDS.join(', ')}, not the case's own unit; otherwise 422 (unknown_organisation, ` +
      `not_a_competent_authority, transfer_to_own_unit). The consumer is emailed its name and what it does; the ` +
      `organisation is emailed the case summary (the consumer's contact details only if they agreed to share ` +
      `them) when its address is known, and the timeline records when it is not`,
  })
  @OptionalText(REFERENCE_MAX)
  authorityId: string;

  @ApiPropertyOptional({ example: 'Thực phẩm không bảo đảm an toàn: thuộc thẩm quyền ngành y tế', maxLength: NOTE_MAX })
  @OptionalText(NOTE_MAX)
  reason?: string;
}

export class BarActionDto extends VersionedActionDto {
  @ApiProperty({
    enum: ART_54_2_REASONS,
    example: 'many_unknown_consumers',
    description:
      'Law 19 Art 54.2, at any stage before closure (the status stays): harms the national or public interest, ' +
      'illegal or unethical, or harms many consumers whose number is not fully known. From then on only ' +
      'transfer, refuse and withdraw are allowed; the reason is on the timeline',
  })
  @IsOptional()
  @IsIn(ART_54_2_REASONS)
  barReason: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'For staff; not shown to the parties' })
  @OptionalText(NOTE_MAX)
  note?: string;
}
