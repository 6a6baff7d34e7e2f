import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_DEADLINE_POLICIES,
  type DeadlinePolicy,
  OFFICIAL_YEAR_TABLES,
  WorkingDayCalendar,
  type YearTable,
} from '@app/domain';
import { CalendarYearEntity, DeadlinePolicyEntity } from '@app/persistence';

/** The calendar and policies the clocks run on, as admins have set them. */
export interface ClockSettings {
  calendar: WorkingDayCalendar;
  policies: readonly DeadlinePolicy[];
  yearTables: readonly YearTable[];
}

// Settings change a few times a year. Each process checks at most this often whether they changed
// (one tiny query), so every api and worker applies an admin's change within about a second.
const SETTINGS_CHECK_MS = 1_000;

const SIGNATURE_SQL = `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM deadline_policies)
  || '|' || (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM calendar_years) AS signature`;

/** The official tables shipped with the code, replaced year by year by the tables admins saved. */
export function mergeYearTables(saved: readonly YearTable[]): YearTable[] {
  const byYear = new Map<number, YearTable>(OFFICIAL_YEAR_TABLES.map((t) => [t.year, t]));
  for (const table of saved) byYear.set(table.year, table);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The law's default policies with the editable fields of the saved rows laid over them. */
export function mergePolicies(saved: readonly DeadlinePolicyEntity[]): DeadlinePolicy[] {
  return DEFAULT_DEADLINE_POLICIES.map((policy) => {
    const row = saved.find((r) => r.kind === policy.kind);
    if (!row) return policy;
    return {
      ...policy,
      unit: row.unit as DeadlinePolicy['unit'],
      amount: row.amount,
      reminderLeadWorkingDays: row.reminderLeadWorkingDays,
      departmentEscalationWorkingDays: row.departmentEscalationWorkingDays,
    };
  });
}

/** Loads and caches the clock settings (year tables, policies) for the api and the worker. */
@Injectable()
export class ClockSettingsService {
  private cached?: { settings: ClockSettings; signature: string; checkedAt: number };

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The settings, checked against the database at most once a second. Inside a transaction, pass its
   * manager: the check then runs on the transaction's connection, instead of waiting for a second one
   * from the pool (which transactions holding every connection would never give back).
   */
  async current(m: EntityManager = this.dataSource.manager): Promise<ClockSettings> {
    const cached = this.cached;
    if (cached && Date.now() - cached.checkedAt < SETTINGS_CHECK_MS) return cached.settings;
    const [{ signature }] = await m.query<{ signature: string }[]>(SIGNATURE_SQL);
    if (cached && cached.signature === signature) {
      cached.checkedAt = Date.now();
      return cached.settings;
    }
    const settings = await this.load(m);
    this.cached = { settings, signature, checkedAt: Date.now() };
    return settings;
  }

  private async load(m: EntityManager): Promise<ClockSettings> {
    const years = await m.getRepository(CalendarYearEntity).find();
    const policies = await m.getRepository(DeadlinePolicyEntity).find();
    const yearTables = mergeYearTables(
      years.map((y) => ({ year: y.year, daysOff: y.daysOff, workingDays: y.workingDays })),
    );
    return { calendar: new WorkingDayCalendar(yearTables), policies: mergePolicies(policies), yearTables };
  }

  /** After an admin's change in this process: the next read loads it. */
  invalidate(): void {
    this.cached = undefined;
  }
}
