import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';

import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CASE_STATUSES } from '@app/domain';
import { CursorPageQuery, QueryBoolean } from '../../../common/validation/query-params';
import { QUEUE_VIEWS, type QueueView } from '../queue-views';

/** Filters shared by the counts and the pages. */
export class QueueFiltersQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: 'ecommerce' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sector?: string;

  @ApiPropertyOptional({ example: '05443' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  commune?: string;

  @ApiPropertyOptional({
    description: 'true: only priority cases (vulnerable consumers, Law 19 Art 8.2.đ); false: the others',
  })
  @QueryBoolean()
  priority?: boolean;

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
