import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '../../../complaints/dto/field-validators';

/** A period of whole days in Viet Nam (Asia/Ho_Chi_Minh), both ends included. */
export class StatsQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day (default: 12 months before `to`)' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day, included (default: today)' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
