import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { CursorPageQuery, QueryBoolean } from '../../common/validation/query-params';
import { CaseFiltersQuery } from './case-filters.query';

export class ListCasesQuery extends IntersectionType(CursorPageQuery, CaseFiltersQuery) {
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
}
