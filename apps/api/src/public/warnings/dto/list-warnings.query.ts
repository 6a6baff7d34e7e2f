import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { WARNING_STATUSES, type WarningStatus } from '@app/domain';
import { LanguageQuery } from '../../public-language';

export const WARNING_LIST_MAX = 200;

export class ListWarningsQuery extends LanguageQuery {
  @ApiPropertyOptional({ enum: WARNING_STATUSES })
  @IsOptional()
  @IsIn(WARNING_STATUSES)
  status?: WarningStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: WARNING_LIST_MAX, default: 50, description: 'Newest first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(WARNING_LIST_MAX)
  limit?: number;
}
