import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClockSettingsService } from '@app/cases';
import { toLocalDate, type WorkingDayCalendar, yearOf } from '@app/domain';
import { WORKING_DAYS_FIRST_YEAR, WORKING_DAYS_YEARS_AHEAD, workingDaysOf } from './working-days-range';
import { WORKING_DAYS_DIGEST_SQL } from './working-days-sql';

// One refill at a time across the api and the worker processes.
const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('working_days'))`;

const REFILL_SQL = `INSERT INTO working_days (day, ordinal)
  SELECT t.day, t.ordinal FROM unnest($1::date[]) WITH ORDINALITY AS t(day, ordinal)`;

function digestOf(days: readonly string[]): string {
  if (days.length === 0) return '';
  return createHash('md5')
    .update(days.map((day, i) => `${day}#${i + 1}`).join(','))
    .digest('hex');
}

/**
 * Keeps the working_days table equal to the clocks' calendar (year tables saved by admins, else the
 * official or statutory ones), for 2015 to the current year + 2. Filled when the api starts
 * (apps/api/src/statistics/working-days-at-startup.ts), refilled when an admin saves or removes a
 * year and, in every process, when its calendar settings changed (checked before each use).
 */
@Injectable()
export class WorkingDaysRefresher {
  private verified?: { calendar: WorkingDayCalendar; lastYear: number };

  constructor(
    private readonly dataSource: DataSource,
    private readonly clockSettings: ClockSettingsService,
  ) {}

  /** Refills the table when the calendar or the current year changed since this process last checked it. */
  async ensureFresh(now = new Date()): Promise<void> {
    const { calendar } = await this.clockSettings.current();
    const lastYear = yearOf(toLocalDate(now)) + WORKING_DAYS_YEARS_AHEAD;
    if (this.verified?.calendar === calendar && this.verified.lastYear === lastYear) return;
    await this.fill(calendar, lastYear);
    this.verified = { calendar, lastYear };
  }

  /** After an admin saved or removed a year table: reloads the calendar and refills the table. */
  async refresh(): Promise<void> {
    this.clockSettings.invalidate();
    this.verified = undefined;
    await this.ensureFresh();
  }

  /** Rewrites the table unless it already lists exactly these days; true when it was rewritten. */
  private async fill(calendar: WorkingDayCalendar, lastYear: number): Promise<boolean> {
    const days = workingDaysOf(calendar, WORKING_DAYS_FIRST_YEAR, lastYear);
    const expected = digestOf(days);
    return this.dataSource.transaction(async (m) => {
      await m.query(LOCK_SQL);
      const [{ digest }] = await m.query<{ digest: string }[]>(WORKING_DAYS_DIGEST_SQL);
      if (digest === expected) return false;
      await m.query(`DELETE FROM working_days`);
      await m.query(REFILL_SQL, [days]);
      return true;
    });
  }
}
