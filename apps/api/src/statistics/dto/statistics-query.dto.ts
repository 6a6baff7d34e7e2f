import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  STAFF_INTAKE_CHANNELS,
  STATISTICS_DIMENSIONS,
  type StatisticsDimension,
  type StatisticsQuery,
  WEB_INTAKE_CHANNEL,
} from '@app/domain';
import { IsIsoDate } from '../../complaints/dto/field-validators';
import { QueryBoolean } from '../../common/validation/query-params';
import { NotBeforeFrom, PeriodAtMostYears } from './statistics-validators';

export const STATISTICS_CHANNELS = [WEB_INTAKE_CHANNEL, ...STAFF_INTAKE_CHANNELS] as const;

/** `GET /api/v1/statistics`: the period, the breakdown and the filters (all optional but the period). */
export class StatisticsQueryDto implements StatisticsQuery {
  @ApiProperty({
    example: '2025-11-15',
    description:
      'First day of the period (YYYY-MM-DD, local day in Asia/Ho_Chi_Minh). The figures count the cases received ' +
      '(submitted) from this day to `to`, both included.',
  })
  @IsIsoDate()
  from: string;

  @ApiProperty({
    example: '2026-11-14',
    description: 'Last day of the period, included (YYYY-MM-DD); not before `from`, at most 5 years after it',
  })
  @IsIsoDate()
  @NotBeforeFrom()
  @PeriodAtMostYears()
  to: string;

  @ApiPropertyOptional({
    enum: STATISTICS_DIMENSIONS,
    description:
      'Breakdown of the rows: `sector`, `commune`, `channel` (how the complaint reached the body), `outcome` ' +
      "(outcome code; `none` for open cases), `vulnerable_group` (the consumer's Law 19 Art 8 groups: a case in two " +
      'groups counts in both, so the rows may add up to more than the totals; `none` for no group), `handling_org` ' +
      '(the unit handling the case), `month` (`YYYY-MM` of the local day of receipt; every month of the period is ' +
      'listed, with zeros). Rows come most received first, months in calendar order. Without `by`: totals only.',
  })
  @IsOptional()
  @IsIn(STATISTICS_DIMENSIONS)
  by?: StatisticsDimension;

  @ApiPropertyOptional({
    example: 'ecommerce',
    description: 'Only cases of this sector (GET /api/v1/reference/sectors)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sector?: string;

  @ApiPropertyOptional({ example: '05443', description: "Only cases whose consumer's commune has this GSO code" })
  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/)
  commune?: string;

  @ApiPropertyOptional({ enum: STATISTICS_CHANNELS, description: 'Only cases received through this channel' })
  @IsOptional()
  @IsIn(STATISTICS_CHANNELS)
  channel?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only cases of vulnerable consumers (Law 19 Art 8); false: only the others',
  })
  @QueryBoolean()
  vulnerable?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only cases handled by this organisation. An officer always sees their own unit only: this filter cannot widen it.',
  })
  @IsOptional()
  @IsUUID()
  handlingOrg?: string;
}
