import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addTallies,
  assertIsoDate,
  type DayRange,
  emptyFigures,
  emptyTally,
  figuresOfTally,
  joinRanges,
  monthDays,
  monthLabel,
  monthsOfPeriod,
  sortStatisticsRows,
  splitPeriod,
  type StatisticsDimension,
  type StatisticsFilters,
  statisticsKeyLabel,
  type StatisticsLanguage,
  type StatisticsQuery,
  type StatisticsReport,
  type StatisticsRow,
  type StatisticsTally,
} from '@app/domain';
import { withCommunePopulation } from './query/commune-population';
import { labelsSql, TOTAL_DIMENSION, type TallyDimension } from './query/dimension-sql';
import { SqlParams } from './query/sql-params';
import { tallyOfRow, type TallySqlRow } from './query/tally-rows';
import { tallySql } from './query/tally-sql';
import { CELLS_SQL, cellScope, CURRENT_MONTHS_SQL } from './rollup/rollup-sql';
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
 * The department's figures (issue 11), from the rollups where they are current and from the facts
 * elsewhere, so that every answer counts every case as it stands (freshAsOf: now).
 *
 * - The cohort: cases whose receipt (local day in Asia/Ho_Chi_Minh) falls in [from, to], narrowed
 *   by the filters and the caller's scope. Status counts are of the cases' current status:
 *   received = the cohort; refused, transferred, resolved, unresolved, withdrawn = final status;
 *   inProgress = an open status (submitted, needs_info, consultation, negotiation, mediation).
 * - accepted: cases accepted for handling, i.e. that entered consultation. The `accept` action is
 *   the only way from `submitted` into handling (a supervisor's `reopen` also lands there), and
 *   negotiation and mediation are reached only through consultation.
 * - refusedByGround: refused cases by the Law 19 Art 58 ground the refusal recorded, a key for each
 *   ground a–e.
 * - supportedShare, resolvedSuccessShare: the Plan 126/KH-UBND indicators (statistics-figures.ts).
 * - Durations in working days of the clocks' calendar (table working_days), median and 90th
 *   percentile (as percentile_cont, 1 decimal), from histograms of whole working days: to closure
 *   and per stage (query/tally-sql.ts).
 * - businessTimelyResponse: Art 31.2 and Art 57.2 clocks met vs breached; clocksBreachedByKind: the
 *   breached clocks of every kind. A clock is met when done in time, breached when the sweep marked
 *   it at its due instant (it stays breached when the duty is done late).
 * - Money: sum of amount_vnd (claimed) and of amount_recovered_vnd (recovered), in VND.
 * - Rows by `by`, most received first; months in order, every month of the period present.
 *
 * Where the figures come from (migration StatisticsRollups): the months the period covers whole are
 * read from statistics_cells when current (the province's cells, or those of the one filter or unit
 * scope in force); the other days — the period's partial months, months with a changed case, every
 * day under two filters or more — are tallied from statistics_case_facts. Both read
 * one snapshot (REPEATABLE READ), so a case is counted once.
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
    const by = query.by ?? null;
    const dimensions: TallyDimension[] = by === null ? [TOTAL_DIMENSION] : [TOTAL_DIMENSION, by];
    const { tallies, labels } = await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await m.query(`SET LOCAL jit = off`);
      const found = await this.tallies(m, query, filters, dimensions);
      const keys = by === null ? [] : [...(found.get(by)?.keys() ?? [])];
      return {
        tallies: found,
        labels: by === null ? new Map<string, string>() : await this.labels(m, by, keys, language),
      };
    });
    const rows = by === null ? [] : labelledRows(by, [...(tallies.get(by)?.entries() ?? [])], labels, query, language);
    const report: StatisticsReport = {
      period: { from: query.from, to: query.to },
      by,
      filters,
      totals: figuresOfTally(tallies.get(TOTAL_DIMENSION)?.get('total') ?? emptyTally()),
      rows,
      freshAsOf: (now ?? new Date()).toISOString(),
    };
    // A separate last step: the communes' population and the rate per 10,000 inhabitants.
    return by === 'commune' ? withCommunePopulation(this.dataSource, report) : report;
  }

  /** The tallies by dimension and key: the current cells of the whole months, the facts for the rest. */
  private async tallies(
    m: EntityManager,
    query: StatisticsQuery,
    filters: StatisticsFilters,
    dimensions: readonly TallyDimension[],
  ): Promise<Map<string, Map<string, StatisticsTally>>> {
    const { wholeMonths, partial } = splitPeriod(query.from, query.to);
    // Cells are kept for the province and for each single filter: two filters count from the facts.
    const scope = cellScope(filters);
    const current =
      scope !== null && wholeMonths.length > 0
        ? (await m.query<{ month: string }[]>(CURRENT_MONTHS_SQL, [wholeMonths.map((mo) => `${mo}-01`)])).map(
            (r) => r.month,
          )
        : [];
    const fromFacts = joinRanges([...partial, ...wholeMonths.filter((mo) => !current.includes(mo)).map(monthDays)]);
    const rows: TallySqlRow[] = [];
    if (current.length > 0)
      rows.push(...(await m.query<TallySqlRow[]>(CELLS_SQL, [current.map((mo) => `${mo}-01`), scope, dimensions])));
    if (fromFacts.length > 0) {
      const params = new SqlParams();
      const where = factsWhere(fromFacts, filters, params);
      rows.push(...(await m.query<TallySqlRow[]>(tallySql(where, dimensions, 'period'), params.values)));
    }
    const tallies = new Map<string, Map<string, StatisticsTally>>();
    for (const row of rows) {
      const byKey = tallies.get(row.dimension) ?? new Map<string, StatisticsTally>();
      byKey.set(row.key, addTallies(byKey.get(row.key) ?? emptyTally(), tallyOfRow(row)));
      tallies.set(row.dimension, byKey);
    }
    return tallies;
  }

  /** The names of a dimension's keys from the reference tables, in the caller's language. */
  private async labels(
    m: EntityManager,
    by: StatisticsDimension,
    keys: string[],
    language: StatisticsLanguage,
  ): Promise<Map<string, string>> {
    const sql = labelsSql(by, language);
    if (sql === null || keys.length === 0) return new Map();
    const rows = await m.query<{ key: string; label: string }[]>(sql, [keys]);
    return new Map(rows.map((r) => [r.key, r.label]));
  }
}

/** The facts of some day ranges, narrowed by the filters (alias `f`). */
function factsWhere(ranges: readonly DayRange[], filters: StatisticsFilters, params: SqlParams): string {
  const days = ranges
    .map(([first, last]) => `f.submitted_on BETWEEN ${params.add(first)}::date AND ${params.add(last)}::date`)
    .join(' OR ');
  const conditions = [`(${days})`];
  if (filters.sector !== undefined) conditions.push(`f.sector_code = ${params.add(filters.sector)}`);
  if (filters.commune !== undefined) conditions.push(`f.commune_code = ${params.add(filters.commune)}`);
  if (filters.channel !== undefined) conditions.push(`f.channel = ${params.add(filters.channel)}`);
  if (filters.vulnerable !== undefined) conditions.push(`f.vulnerable = ${params.add(filters.vulnerable)}`);
  if (filters.handlingOrg !== undefined)
    conditions.push(`f.handling_org_id = ${params.add(filters.handlingOrg)}::uuid`);
  return conditions.join(' AND ');
}

/** Rows with their labels in the caller's language; for months, every month of the period. */
function labelledRows(
  by: StatisticsDimension,
  groups: readonly (readonly [key: string, tally: StatisticsTally])[],
  labels: ReadonlyMap<string, string>,
  query: StatisticsQuery,
  language: StatisticsLanguage,
): StatisticsRow[] {
  const rows = groups.map(([key, tally]): StatisticsRow => ({
    key,
    label: statisticsKeyLabel(by, key, language) ?? labels.get(key) ?? key,
    ...figuresOfTally(tally),
  }));
  if (by === 'month') {
    const present = new Set(rows.map((r) => r.key));
    for (const month of monthsOfPeriod(query.from, query.to)) {
      if (!present.has(month)) rows.push({ key: month, label: monthLabel(month, language), ...emptyFigures() });
    }
  }
  return sortStatisticsRows(rows, by);
}
