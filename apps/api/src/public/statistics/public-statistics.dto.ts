import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional } from 'class-validator';
import { SMALL_CELL_THRESHOLD, SUPPRESSED_COUNT, type PublicCount } from '@app/domain';
import { LanguageQuery } from '../public-language';

export const PUBLIC_BREAKDOWNS = ['sector', 'commune', 'channel', 'outcome', 'month'] as const;
export type PublicBreakdown = (typeof PUBLIC_BREAKDOWNS)[number];

export const SUPPRESSION_RULE =
  `Small cells are suppressed: a count from 1 to ${SMALL_CELL_THRESHOLD - 1} is shown as "${SUPPRESSED_COUNT}" ` +
  '(0 is shown as 0); a group whose received count is suppressed has its shares, money and median withheld ' +
  '(null, with `suppressed: true`). Secondary suppression: when exactly one cell of a breakdown’s column is ' +
  'suppressed, the next smallest non-zero cell of that column is suppressed too, so that no cell can be ' +
  'recovered as the total minus the others. Vulnerable groups are never broken down (sensitive data).';

const COUNT_SCHEMA = {
  oneOf: [
    { type: 'integer', minimum: 0 },
    { type: 'string', enum: [SUPPRESSED_COUNT] },
  ],
};

export class PublicStatisticsQuery extends LanguageQuery {
  @ApiPropertyOptional({
    minimum: 2025,
    example: 2026,
    description: 'Calendar year, 2025 to the current year (default)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;
}

export class PublicFiguresDto {
  @ApiProperty({ ...COUNT_SCHEMA, description: 'Complaints received in the year (or "< 5")', example: 128 })
  received: PublicCount;

  @ApiProperty({ ...COUNT_SCHEMA, description: 'Of which closed as resolved (or "< 5")', example: 74 })
  resolved: PublicCount;

  @ApiPropertyOptional({
    nullable: true,
    example: 0.9375,
    description: 'Plan 126 indicator 1 (target 90%): received and supported / received, 0–1',
  })
  supportedShare: number | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 0.8222,
    description: 'Plan 126 indicator 2 (target above 80%): resolved / (resolved + unresolved), 0–1',
  })
  resolvedSuccessShare: number | null;

  @ApiPropertyOptional({ nullable: true, example: 215000000, description: 'Money recovered for consumers, VND' })
  moneyRecoveredVnd: number | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 12,
    description: 'Median working days from receipt to closure (weekends, holidays and Tết excluded)',
  })
  medianDaysToClosure: number | null;

  @ApiProperty({ description: 'True when the group is too small: its shares, money and median are withheld' })
  suppressed: boolean;
}

export class PublicRowDto extends PublicFiguresDto {
  @ApiProperty({ example: 'ecommerce', description: 'Sector code, commune code, channel, outcome code or YYYY-MM' })
  key: string;

  @ApiProperty({ example: 'Thương mại điện tử', description: 'The key in the language asked for' })
  label: string;
}

export class PublicBreakdownsDto {
  @ApiProperty({ type: [PublicRowDto] }) sector: PublicRowDto[];
  @ApiProperty({ type: [PublicRowDto] }) commune: PublicRowDto[];
  @ApiProperty({ type: [PublicRowDto] }) channel: PublicRowDto[];
  @ApiProperty({ type: [PublicRowDto], description: 'Outcome of closed cases; `none` for cases still open' })
  outcome: PublicRowDto[];
  @ApiProperty({ type: [PublicRowDto], description: 'Month of receipt, every month of the period' })
  month: PublicRowDto[];
}

export class PublicPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-01-01' }) from: string;
  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Today for the current year' }) to: string;
}

export class PublicStatisticsDto {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ type: PublicPeriodDto, description: 'Days of receipt counted (Asia/Ho_Chi_Minh)' })
  period: PublicPeriodDto;
  @ApiProperty({ example: SMALL_CELL_THRESHOLD, description: 'Counts below this (and above 0) are shown as "< 5"' })
  smallCellThreshold: number;
  @ApiProperty({ type: PublicFiguresDto }) totals: PublicFiguresDto;
  @ApiProperty({ type: PublicBreakdownsDto }) breakdowns: PublicBreakdownsDto;
  @ApiProperty({ format: 'date-time', description: 'When the figures were computed' }) freshAsOf: string;
}
