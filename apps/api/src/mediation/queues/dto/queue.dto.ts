import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseSummaryDto } from '../../../cases/dto/case.dto';
import { QUEUE_VIEWS } from '../queue-views';

export class QueueItemDto extends CaseSummaryDto {
  @ApiPropertyOptional({ nullable: true }) mediationOrgId: string | null;
  @ApiPropertyOptional({ nullable: true }) mediatorId: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) mediationAt: Date | null;
  @ApiPropertyOptional({ nullable: true, example: 'settlement_not_performed' }) attentionReason: string | null;
}

export class QueuePageDto {
  @ApiProperty({ enum: QUEUE_VIEWS }) view: string;
  @ApiProperty({ type: [QueueItemDto], description: 'Priority first, then the next due time (none last), then id' })
  items: QueueItemDto[];
  @ApiPropertyOptional({ nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}

export class QueueCountsDto {
  @ApiProperty({
    description:
      'Cases in each of the caller’s views, in display order: a mediator has mine, due_soon, overdue; ' +
      'a mediation admin (or an admin naming an organisation) unassigned, organisation, due_soon, overdue',
    example: { mine: 7, due_soon: 2, overdue: 1 },
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  counts: Record<string, number>;
  @ApiProperty({
    format: 'date-time',
    description: 'due_soon holds running clocks due by this instant: 24:00 (UTC+7) of the 3rd working day after today',
  })
  dueSoonUntil: Date;
}
