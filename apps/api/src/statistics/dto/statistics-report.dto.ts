import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DurationFigures,
  StatisticsDimension,
  StatisticsFigures,
  StatisticsFilters,
  StatisticsReport,
  StatisticsRow,
  TimelyResponseFigures,
} from '@app/domain';
import { STATISTICS_DIMENSIONS } from '@app/domain';

export class DurationFiguresDto implements DurationFigures {
  @ApiProperty({ example: 12, description: 'Cases measured' }) cases: number;
  @ApiProperty({ nullable: true, type: Number, example: 6.5, description: 'Median, working days (1 decimal)' })
  median: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 14.2,
    description: '90th percentile, working days (1 decimal)',
  })
  p90: number | null;
}

export class StageDurationsDto {
  @ApiProperty({
    type: DurationFiguresDto,
    description: 'Receipt → the first of consultation, negotiation, mediation or closure',
  })
  reception: DurationFiguresDto;
  @ApiProperty({
    type: DurationFiguresDto,
    description: 'Consultation → the first of negotiation, mediation or closure',
  })
  consultation: DurationFiguresDto;
  @ApiProperty({ type: DurationFiguresDto, description: 'Negotiation → the first of mediation or closure' })
  negotiation: DurationFiguresDto;
  @ApiProperty({ type: DurationFiguresDto, description: 'Mediation → closure' })
  mediation: DurationFiguresDto;
}

export class RefusedByGroundDto {
  @ApiProperty({ description: 'Art 58(a): a minor or lacking capacity, without a representative' }) a: number;
  @ApiProperty({ description: 'Art 58(b): not the consumer or their representative' }) b: number;
  @ApiProperty({ description: 'Art 58(c): not enough information on the business or the transaction' }) c: number;
  @ApiProperty({ description: "Art 58(d): outside the body's remit" }) d: number;
  @ApiProperty({ description: 'Art 58(e): already handled' }) e: number;
}

export class TimelyResponseDto implements TimelyResponseFigures {
  @ApiProperty({ description: 'Clocks met in time' }) met: number;
  @ApiProperty({ description: 'Clocks breached (marked at their due instant; they stay so when done late)' })
  breached: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.8571, description: 'met / (met + breached), 4 decimals' })
  rate: number | null;
}

export class StatisticsFiguresDto implements StatisticsFigures {
  @ApiProperty({ description: 'Cases received in the period (the cohort)' }) received: number;
  @ApiProperty({
    description:
      'Cases accepted for handling: those that entered consultation (the `accept` action from `submitted`, or a ' +
      "supervisor's reopening); negotiation and mediation are reached only through consultation",
  })
  accepted: number;
  @ApiProperty({ description: 'Cases whose current status is `refused` (Law 19 Art 58)' }) refused: number;
  @ApiProperty({
    type: RefusedByGroundDto,
    description: 'Refused cases by the Art 58 ground recorded with the refusal',
  })
  refusedByGround: RefusedByGroundDto;
  @ApiProperty({ description: 'Current status `transferred` (Art 11.3, Art 54.2)' }) transferred: number;
  @ApiProperty({ description: 'Still open: submitted, needs_info, consultation, negotiation or mediation' })
  inProgress: number;
  @ApiProperty({ description: 'Current status `resolved`' }) resolved: number;
  @ApiProperty({ description: 'Current status `unresolved`' }) unresolved: number;
  @ApiProperty({ description: 'Current status `withdrawn`' }) withdrawn: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.9167,
    description: 'Plan 126/KH-UBND indicator 1 (target 90%): (received − refused) / received, 4 decimals',
  })
  supportedShare: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.8,
    description: 'Plan 126/KH-UBND indicator 2 (target > 80%): resolved / (resolved + unresolved), 4 decimals',
  })
  resolvedSuccessShare: number | null;
  @ApiProperty({
    type: DurationFiguresDto,
    description:
      'Working days (Vietnamese calendar: weekends, public holidays and swapped days as the clocks count them) from ' +
      'the local day of receipt to the local day of closure, for closed cases',
  })
  daysToClosure: DurationFiguresDto;
  @ApiProperty({
    type: StageDurationsDto,
    description: 'Working days per stage, for the cases that entered and left it (stages are first entries)',
  })
  daysPerStage: StageDurationsDto;
  @ApiProperty({
    type: TimelyResponseDto,
    description:
      "The business's acknowledgement (Art 31.2, 3 wd) and negotiation (Art 57.2, 7 wd) clocks of these cases",
  })
  businessTimelyResponse: TimelyResponseDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { business_acknowledgement: 2, forwarding: 1 },
    description: 'Legal clocks of these cases marked breached, by deadline kind (kinds with at least one)',
  })
  clocksBreachedByKind: Record<string, number>;
  @ApiProperty({ example: 12_500_000, description: 'Sum of the amounts the consumers claimed, VND' })
  moneyClaimedVnd: number;
  @ApiProperty({ example: 4_200_000, description: 'Sum of the amounts recovered for them, VND' })
  moneyRecoveredVnd: number;
}

export class StatisticsRowDto extends StatisticsFiguresDto implements StatisticsRow {
  @ApiProperty({
    example: 'ecommerce',
    description: 'Sector code, commune code, channel, outcome code, group, organisation id or YYYY-MM; `none` for none',
  })
  key: string;
  @ApiProperty({ example: 'Thương mại điện tử', description: "The key in the caller's language (Accept-Language)" })
  label: string;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: 45210,
    description:
      'by=commune only: the commune’s inhabitants as an admin set them (PUT /api/v1/admin/communes/{code}/population); ' +
      'null when not known',
  })
  population?: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: 2.7,
    description: 'by=commune only: received × 10,000 / population, 1 decimal (half up); null without a population',
  })
  receivedPer10k?: number | null;
}

export class StatisticsPeriodDto {
  @ApiProperty({ example: '2025-11-15' }) from: string;
  @ApiProperty({ example: '2026-11-14' }) to: string;
}

export class StatisticsFiltersDto implements StatisticsFilters {
  @ApiPropertyOptional() sector?: string;
  @ApiPropertyOptional() commune?: string;
  @ApiPropertyOptional() channel?: string;
  @ApiPropertyOptional() vulnerable?: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: "An officer's own unit, whatever was asked" })
  handlingOrg?: string;
}

export class StatisticsReportDto implements StatisticsReport {
  @ApiProperty({ type: StatisticsPeriodDto }) period: StatisticsPeriodDto;
  @ApiProperty({ enum: STATISTICS_DIMENSIONS, nullable: true }) by: StatisticsDimension | null;
  @ApiProperty({ type: StatisticsFiltersDto, description: 'The filters applied, including the scope' })
  filters: StatisticsFiltersDto;
  @ApiProperty({ type: StatisticsFiguresDto, description: 'Every case of the cohort (each once)' })
  totals: StatisticsFiguresDto;
  @ApiProperty({ type: [StatisticsRowDto] }) rows: StatisticsRowDto[];
  @ApiPropertyOptional({
    type: [String],
    example: ['05443', '05467'],
    description:
      'by=commune only: the codes of the province’s communes whose population is not known (no rate for them), ' +
      'in code order',
  })
  communesWithoutPopulation?: string[];
  @ApiProperty({
    example: '2026-12-04T09:30:00.000Z',
    description: 'When the figures were computed: live, from the case tables at the time of the request',
  })
  freshAsOf: string;
}
