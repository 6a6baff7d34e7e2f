import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ART_54_2_REASONS,
  REFUSAL_GROUND_LABELS,
  REFUSAL_GROUNDS,
  REFUSAL_OUTCOME_GROUNDS,
  REFUSAL_OUTCOMES,
  TRANSFER_AUTHORITY_KINDS,
} from '@app/domain';

// The bodies of POST /cases/{id}/actions/{refuse,transfer,bar}, for the API docs: the domain rules
// check them (422 with field-level details), these classes only describe them.

const groundList = REFUSAL_GROUNDS.map((g) => `(${g}) ${REFUSAL_GROUND_LABELS[g].en} — ${REFUSAL_GROUND_LABELS[g].vi}`);
const outcomeList = REFUSAL_OUTCOMES.map((code) => `${code}: ground ${REFUSAL_OUTCOME_GROUNDS[code].join(', ')}`);

export class RefuseActionDto {
  @ApiProperty({ example: 1, description: 'The case version the caller saw' })
  version: number;

  @ApiProperty({
    enum: REFUSAL_GROUNDS,
    example: 'c',
    description: `Law 19 Art 58: the only grounds for refusing support, one required; the consumer's email states it. ${groundList.join('; ')}`,
  })
  ground: string;

  @ApiPropertyOptional({ example: 'Không xác định được doanh nghiệp', description: 'For staff; not emailed' })
  note?: string;

  @ApiPropertyOptional({
    enum: REFUSAL_OUTCOMES,
    default: 'refused',
    description: `Why, for statistics; must agree with the ground (422 art_58_outcome_contradicts_ground otherwise): ${outcomeList.join('; ')}`,
  })
  outcomeCode?: string;
}

export class TransferActionDto {
  @ApiProperty({ example: 3 })
  version: number;

  @ApiProperty({
    format: 'uuid',
    description:
      `Law 19 Art 11.3: the id of the receiving organisation (GET /api/v1/reference/organisations), of kind ` +
      `${TRANSFER_AUTHORITY_KINDS.join(', ')}, not the case's own unit; otherwise 422 (unknown_organisation, ` +
      `not_a_competent_authority, transfer_to_own_unit). The consumer is emailed its name and what it does; the ` +
      `organisation is emailed the case summary (the consumer's contact details only if they agreed to share ` +
      `them) when its address is known, and the timeline records when it is not`,
  })
  authorityId: string;

  @ApiPropertyOptional({ example: 'Thực phẩm không bảo đảm an toàn: thuộc thẩm quyền ngành y tế' })
  reason?: string;
}

export class BarActionDto {
  @ApiProperty({ example: 4 })
  version: number;

  @ApiProperty({
    enum: ART_54_2_REASONS,
    example: 'many_unknown_consumers',
    description:
      'Law 19 Art 54.2, at any stage before closure (the status stays): harms the national or public interest, ' +
      'illegal or unethical, or harms many consumers whose number is not fully known. From then on only ' +
      'transfer, refuse and withdraw are allowed; the reason is on the timeline',
  })
  barReason: string;

  @ApiPropertyOptional({ description: 'For staff; not shown to the parties' })
  note?: string;
}
