import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CASE_STATUSES } from '@app/domain';
import { QUEUE_VIEWS, type QueueView } from '../queue-views';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

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
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  priority?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The mediation organisation: required for admins; others may only name their own',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class QueuePageQuery extends QueueFiltersQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class QueueViewParams {
  @ApiProperty({ enum: QUEUE_VIEWS, description: 'An unknown view is a 400 on `view`; another role’s view a 403' })
  @IsIn(QUEUE_VIEWS)
  view: QueueView;
}
