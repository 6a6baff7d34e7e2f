import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';

import { IsIn, IsOptional, IsUUID } from 'class-validator';

import { CaseFiltersQuery } from '../../../cases/dto/case-filters.query';
import { CursorPageQuery } from '../../../common/validation/query-params';
import { QUEUE_VIEWS, type QueueView } from '../queue-views';

/** Filters shared by the counts and the pages. */
export class QueueFiltersQuery extends CaseFiltersQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The mediation organisation: required for admins; others may only name their own',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** A page of a view: the filters, `limit` and `cursor`. */
export class QueuePageQuery extends IntersectionType(QueueFiltersQuery, CursorPageQuery) {}

export class QueueViewParams {
  @ApiProperty({ enum: QUEUE_VIEWS, description: 'An unknown view is a 400 on `view`; another role’s view a 403' })
  @IsIn(QUEUE_VIEWS)
  view: QueueView;
}
