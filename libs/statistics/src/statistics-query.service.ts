import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addDays,
  assertIsoDate,
  emptyFigures,
  monthLabel,
  monthsOfPeriod,
  NO_VALUE_KEY,
  sortStatisticsRows,
  type StatisticsDimension,
  type StatisticsFigures,
  type StatisticsFilters,
  statisticsKeyLabel,
  type StatisticsLanguage,
  type StatisticsQuery,
  type StatisticsReport,
  type StatisticsRow,
  startOfLocalDay,
} from '@app/domain';
import { withCommunePopulation } from './query/commune-population';
import { dimensionSql, type DimensionSql, TOTALS_SQL } from './query/dimension-sql';
import { type ClocksSqlRow, type FiguresSqlRow, toFigures } from './query/figures-rows';
import { clocksSql, type Cohort, figuresSql, type Grouping } from './query/figures-sql';
import type { StatisticsScope } from './statistics-scope';
import { WorkingDaysRefresher } from './working-days/working-days.refresher';

/** The filters that apply: the query's, with the scope's unit in place of any `handlingOrg` asked for. */
function effectiveFilters(query: StatisticsQuery, scope: StatisticsScope): StatisticsFilters {
  const handlingOrg = scope.handlingOrgId ?? query.handlingOrg;
  return {
    ...(query.sector !== undefined && { sector: query.sector }),
    ...(query.commune !== undefined && { commune: query.commune }),
    ...(query.channel !== undefined && { channel: query.channel }),
    ...(query.vulnerable !== undefined && { vulnerable: query.vulnerable }),
    ...(handlingOrg !== undefined && { handlingOrg }),
  };
}

/**
 * The department's figures (issue 11), computed in SQL over the base tables at each call.
 *
 * - The cohort: cases whose receipt (submitted_at, local day in Asia/Ho_Chi_Minh) falls in
 *   [from, to], narrowed by the filters and the caller's scope. Status counts are of the cases'
 *   current status: received = the cohort; refused, transferred, resolved, unresolved, withdrawn
 *   = final status; inProgress = an open status (submitted, needs_info, consultation, negotiation,
 *   mediation).
 * - accepted: cases accepted for handling, i.e. that entered consultation (consultation_at set).
 *   The `accept` action is the only way from `submitted` into handling (a supervisor's `reopen`
 *   also lands there), and negotiation and mediation are reached only through consultation.
 * - refusedByGround: refused cases by the Law 19 Art 58 ground the refusal recorded (lifecycle
 *   `refusal.ground`), a key for each ground a–e.
 * - supportedShare, resolvedSuccessShare: the Plan 126/KH-UBND indicators (statistics-figures.ts).
 * - Durations in working days of the clocks' calendar (table working_days), median and 90th
 *   percentile (percentile_cont, 1 decimal): to closure and per stage (figures-sql.ts).
 * - businessTimelyResponse: Art 31.2 and Art 57.2 clocks met vs breached; clocksBreachedByKind:
 *   the breached clocks of every kind (figures-sql.ts `clocksSql`).
 * - Money: sum of amount_vnd (claimed) and of amount_recovered_vnd (recovered), in VND.
 * - Rows by `by`, most received first; months in order, every month of the period present.
 */
@Injectable()
export class StatisticsQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workingDays: WorkingDaysRefresher,
  ) {}

  async compute(
    query: StatisticsQuery,
    scope: StatisticsScope,
    language: 'vi' | 'en',
    now?: Date,
  ): Promise<StatisticsReport> {
    assertIsoDate(query.from, 'from');
    assertIsoDate(query.to, 'to');
    if (query.to < query.from) throw new RangeError(`to (${query.to}) is before from (${query.from})`);
    await this.workingDays.ensureFresh();
    const filters = effectiveFilters(query, scope);
    const cohort: Cohort = {
      receivedFrom: startOfLocalDay(query.from),
      receivedBefore: startOfLocalDay(addDays(query.to, 1)),
      filters,
    };
    const by = query.by ?? null;
    const groups = by === null ? [] : await this.rows(by, cohort, language);
    const totals = groups.find((g) => g.total) ?? (await this.group(TOTALS_SQL, cohort, 'totals'))[0];
    const rows =
      by === null
        ? []
        : labelledRows(
            by,
            groups.filter((g) => !g.total),
            query,
            language,
          );
    const report: StatisticsReport = {
      period: { from: query.from, to: query.to },
      by,
      filters,
      totals: totals.figures,
      rows,
      freshAsOf: (now ?? new Date()).toISOString(),
    };
    // A separate last step: the communes' population and the rate per 10,000 inhabitants.
    return by === 'commune' ? withCommunePopulation(this.dataSource, report) : report;
  }

  /** The dimension's groups, with the totals among them unless one case can fall in several rows. */
  private rows(by: StatisticsDimension, cohort: Cohort, language: StatisticsLanguage): Promise<Group[]> {
    const dimension = dimensionSql(by, language);
    return this.group(dimension, cohort, dimension.explodes ? 'rows' : 'both');
  }

  /** Two statements (figures, clocks) over the same cohort, run side by side. */
  private async group(dimension: DimensionSql, cohort: Cohort, grouping: Grouping): Promise<Group[]> {
    const figures = figuresSql(dimension, cohort, grouping);
    const clocks = clocksSql(dimension, cohort, grouping);
    const [figureRows, clockRows] = await Promise.all([
      this.read<FiguresSqlRow>(figures.sql, figures.params),
      this.read<ClocksSqlRow>(clocks.sql, clocks.params),
    ]);
    return figureRows.map((row) => ({
      total: row.total,
      key: row.key,
      label: row.label,
      figures: toFigures(
        row,
        clockRows.filter((c) => c.total === row.total && (row.total || c.key === row.key)),
      ),
    }));
  }

  /**
   * One aggregate statement, without JIT: compiling these wide aggregates costs seconds on a large
   * cohort, more than it could save (measured on 300,000 cases: 2.2 s of JIT for a 0.4 s query).
   */
  private read<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL jit = off`);
      return m.query<T[]>(sql, params);
    });
  }
}

interface Group {
  readonly total: boolean;
  readonly key: string | null;
  readonly label: string | null;
  readonly figures: StatisticsFigures;
}

/** Rows with their labels in the caller's language; for months, every month of the period. */
function labelledRows(
  by: StatisticsDimension,
  groups: readonly Group[],
  query: StatisticsQuery,
  language: StatisticsLanguage,
): StatisticsRow[] {
  const rows = groups.map((g): StatisticsRow => {
    const key = g.key ?? NO_VALUE_KEY;
    return { key, label: statisticsKeyLabel(by, key, language) ?? g.label ?? key, ...g.figures };
  });
  if (by === 'month') {
    const present = new Set(rows.map((r) => r.key));
    for (const month of monthsOfPeriod(query.from, query.to)) {
      if (!present.has(month)) rows.push({ key: month, label: monthLabel(month, language), ...emptyFigures() });
    }
  }
  return sortStatisticsRows(rows, by);
}
