import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CASE_STATUSES } from '@app/domain';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListCasesQuery {
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
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only priority cases (vulnerable consumers, Law 19 Art 8.2.đ)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  priority?: boolean;
}
