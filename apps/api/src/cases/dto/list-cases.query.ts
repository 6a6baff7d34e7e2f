import { ApiPropertyOptional } from '@nestjs/swagger';

import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CASE_STATUSES } from '@app/domain';
import { CursorPageQuery, QueryBoolean } from '../../common/validation/query-params';

export class ListCasesQuery extends CursorPageQuery {
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

  @ApiPropertyOptional({ description: '`me`, or a user id' })
  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i)
  assignee?: string;

  @ApiPropertyOptional({ description: 'Handling unit (organisation id)' })
  @IsOptional()
  @IsUUID()
  unit?: string;

  @ApiPropertyOptional({
    description: 'Only cases with a legal clock run out and not yet met (or a running one already past)',
  })
  @QueryBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only priority cases (vulnerable consumers, Law 19 Art 8.2.đ)' })
  @QueryBoolean()
  priority?: boolean;
}
