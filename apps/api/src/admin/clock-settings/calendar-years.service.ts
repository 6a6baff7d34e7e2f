import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClockSettingsService } from '@app/cases';
import {
  normaliseYearTable,
  OFFICIAL_YEAR_TABLES,
  statutoryHolidays,
  statutoryYearTable,
  WorkingDayCalendar,
  type YearTable,
} from '@app/domain';
import { CalendarYearEntity } from '@app/persistence';
import { WorkingDaysRefresher } from '@app/statistics';
import { CalendarYearDetailDto, CalendarYearDto, PutCalendarYearDto, YearTableOrigin } from './dto/calendar-year.dto';
import { assertValidYearTable } from './year-table-failures';

const OFFICIAL_SOURCE = 'Official announcement (shipped with the software)';
const STATUTORY_SOURCE = 'Labour Code 2019 Arts 111–112 (computed)';

const fromRow = (row: CalendarYearEntity): CalendarYearDto => ({
  year: row.year,
  daysOff: row.daysOff,
  workingDays: row.workingDays,
  source: row.source,
  origin: 'saved',
  updatedAt: row.updatedAt,
});

const fromTable = (table: YearTable, origin: YearTableOrigin, source: string): CalendarYearDto => {
  const { year, daysOff, workingDays } = normaliseYearTable(table);
  return { year, daysOff: [...daysOff], workingDays: [...workingDays], source, origin, updatedAt: null };
};

/** Admins enter the government's yearly table of days off and swapped days. */
@Injectable()
export class CalendarYearsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clockSettings: ClockSettingsService,
    private readonly workingDays: WorkingDaysRefresher,
  ) {}

  /** Every year with a table, saved or official (a saved one replaces the official one). */
  async list(): Promise<CalendarYearDto[]> {
    const saved = (await this.rows().find()).map(fromRow);
    const savedYears = new Set(saved.map((t) => t.year));
    const official = OFFICIAL_YEAR_TABLES.filter((t) => !savedYears.has(t.year)).map((t) =>
      fromTable(t, 'official', OFFICIAL_SOURCE),
    );
    return [...saved, ...official].sort((a, b) => a.year - b.year);
  }

  /** The table in force for `year`: saved, else official, else computed from the statute. */
  async get(year: number): Promise<CalendarYearDetailDto> {
    const table = await this.effective(year);
    const calendar = new WorkingDayCalendar([{ year, daysOff: table.daysOff, workingDays: table.workingDays }]);
    return {
      ...table,
      holidays: statutoryHolidays(year),
      workingDayCount: calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
    };
  }

  async save(year: number, body: PutCalendarYearDto, adminId: string): Promise<CalendarYearDto> {
    const table = normaliseYearTable({ year, daysOff: body.daysOff, workingDays: body.workingDays });
    assertValidYearTable(table);
    await this.rows().save({
      year,
      daysOff: [...table.daysOff],
      workingDays: [...table.workingDays],
      source: body.source ?? '',
      updatedById: adminId,
    });
    this.clockSettings.invalidate();
    // Statistics count durations on the working_days table: keep it equal to the new calendar.
    await this.workingDays.refresh();
    return fromRow(await this.rows().findOneByOrFail({ year }));
  }

  /** Back to the official or statutory table. */
  async remove(year: number): Promise<void> {
    await this.rows().delete({ year });
    this.clockSettings.invalidate();
    await this.workingDays.refresh();
  }

  private async effective(year: number): Promise<CalendarYearDto> {
    const row = await this.rows().findOneBy({ year });
    if (row) return fromRow(row);
    const official = OFFICIAL_YEAR_TABLES.find((t) => t.year === year);
    if (official) return fromTable(official, 'official', OFFICIAL_SOURCE);
    return fromTable(statutoryYearTable(year), 'statutory', STATUTORY_SOURCE);
  }

  private rows() {
    return this.dataSource.getRepository(CalendarYearEntity);
  }
}
