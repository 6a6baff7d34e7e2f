import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { OPEN_DATA_PAGE_DEFAULT, OPEN_DATA_PAGE_MAX } from '@app/domain';
import { IsIsoDate } from '../../../complaints/dto/field-validators';
import { LanguageQuery } from '../../public-language';

export class OpenDataQuery extends LanguageQuery {
  @ApiPropertyOptional({ format: 'date', example: '2026-01-01', description: 'Closed on or after (Asia/Ho_Chi_Minh)' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'Closed on or before (Asia/Ho_Chi_Minh)' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({ example: 'ecommerce', description: 'Sector code (GET /reference/sectors)' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/)
  sector?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: OPEN_DATA_PAGE_MAX, default: OPEN_DATA_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(OPEN_DATA_PAGE_MAX)
  limit?: number;
}

export class OpenDataDayQuery extends LanguageQuery {
  @ApiProperty({ format: 'date', example: '2026-03-02', description: 'The day of closure (Asia/Ho_Chi_Minh)' })
  @IsDefined()
  @IsIsoDate()
  date: string;
}
