import fc from 'fast-check';
import { OFFICIAL_YEAR_TABLES, toLocalDate, WorkingDayCalendar } from '@app/domain/calendar';
import { DEFAULT_DEADLINE_POLICIES, dueAt } from '@app/domain/deadlines';

const calendar = new WorkingDayCalendar(OFFICIAL_YEAR_TABLES); // 2026 official, 2027 statutory
const FIRST = Date.parse('2026-01-01T00:00:00+07:00');
const LAST = Date.parse('2027-12-31T23:59:59.999+07:00');
const anyInstant = fc.integer({ min: FIRST, max: LAST }).map((ms) => new Date(ms));
const workingDayKinds = DEFAULT_DEADLINE_POLICIES.filter((p) => p.unit === 'working_days').map((p) => p.kind);

describe('dueAt (property)', () => {
  it('Civil Code Arts 147–148: every working-day clock started in 2026–2027 ends at 24:00 UTC+7 of a working day', () => {
    expect(workingDayKinds.length).toBeGreaterThanOrEqual(6);
    fc.assert(
      fc.property(anyInstant, fc.constantFrom(...workingDayKinds), (start, kind) => {
        const due = dueAt(kind, start, calendar);
        expect(due.getUTCHours()).toBe(17); // 24:00 Asia/Ho_Chi_Minh
        expect(due.getUTCMinutes() + due.getUTCSeconds() + due.getUTCMilliseconds()).toBe(0);
        expect(calendar.isWorkingDay(toLocalDate(new Date(due.getTime() - 1)))).toBe(true);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
      }),
      { numRuns: 500 },
    );
  });
});
