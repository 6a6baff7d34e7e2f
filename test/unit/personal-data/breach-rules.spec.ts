import {
  BREACH_LEGAL_BASIS,
  BREACH_NOTIFICATION_HOURS,
  BREACH_REMINDER_STEPS,
  breachChangeRefusals,
  breachNotifyBy,
  breachReminderAt,
  breachReminderDue,
  breachState,
  compareForRegister,
  earliestReminderDiscovery,
  isBreachOverdue,
  wasNotifiedLate,
} from '@app/domain/personal-data';

const discoveredAt = new Date('2026-12-04T22:30:00Z'); // a Saturday 05:30 in Hanoi: the clock runs through the weekend
const hours = (n: number) => new Date(discoveredAt.getTime() + n * 3_600_000);
const open = { discoveredAt, authorityNotifiedAt: null, closedAt: null };

describe('personal-data breaches: the 72-hour notice (Law 91/2025/QH15 Art 23)', () => {
  it('Law 91/2025 Art 23: the authority is told within 72 wall-clock hours of discovery', () => {
    expect(BREACH_NOTIFICATION_HOURS).toBe(72);
    expect(BREACH_LEGAL_BASIS.en).toContain('Art 23');
    expect(BREACH_LEGAL_BASIS.vi).toContain('Điều 23');
    // Weekends and days off do not stop it: Saturday 05:30 → Tuesday 05:30 in Hanoi.
    expect(breachNotifyBy(discoveredAt).toISOString()).toBe('2026-12-07T22:30:00.000Z');
  });

  it('is open, then notified, then closed', () => {
    expect(breachState(open)).toBe('open');
    expect(breachState({ ...open, authorityNotifiedAt: hours(5) })).toBe('notified');
    expect(breachState({ ...open, authorityNotifiedAt: hours(5), closedAt: hours(30) })).toBe('closed');
  });

  it('Art 23: is overdue from the 72nd hour while the authority is not told, never once it is', () => {
    expect(isBreachOverdue(open, hours(71.99))).toBe(false);
    expect(isBreachOverdue(open, hours(72))).toBe(true);
    expect(isBreachOverdue({ ...open, authorityNotifiedAt: hours(80) }, hours(90))).toBe(false);
    expect(wasNotifiedLate({ ...open, authorityNotifiedAt: hours(80) })).toBe(true);
    expect(wasNotifiedLate({ ...open, authorityNotifiedAt: hours(72) })).toBe(false);
  });
});

describe('personal-data breaches: reminders to the admins (Law 91/2025 Art 23)', () => {
  it('are due 24 h, 12 h and 1 h before the 72 hours end, and when they are over', () => {
    expect(BREACH_REMINDER_STEPS.map((s) => s.step)).toEqual(['due_in_24h', 'due_in_12h', 'due_in_1h', 'missed']);
    expect(breachReminderAt(discoveredAt, 'due_in_24h')).toEqual(hours(48));
    expect(breachReminderAt(discoveredAt, 'due_in_12h')).toEqual(hours(60));
    expect(breachReminderAt(discoveredAt, 'due_in_1h')).toEqual(hours(71));
    expect(breachReminderAt(discoveredAt, 'missed')).toEqual(hours(72));
  });

  it('each step once, in order, as time passes', () => {
    expect(breachReminderDue(open, hours(47.9), null)).toBeNull();
    expect(breachReminderDue(open, hours(48), null)).toBe('due_in_24h');
    expect(breachReminderDue(open, hours(59), 'due_in_24h')).toBeNull();
    expect(breachReminderDue(open, hours(60), 'due_in_24h')).toBe('due_in_12h');
    expect(breachReminderDue(open, hours(71), 'due_in_12h')).toBe('due_in_1h');
    expect(breachReminderDue(open, hours(72), 'due_in_1h')).toBe('missed');
    expect(breachReminderDue(open, hours(500), 'missed')).toBeNull();
  });

  it('a breach recorded late gets only the most urgent step, not the ones passed over', () => {
    expect(breachReminderDue(open, hours(65), null)).toBe('due_in_12h');
    expect(breachReminderDue(open, hours(100), null)).toBe('missed');
  });

  it('none once the authority is told or the breach is closed', () => {
    expect(breachReminderDue({ ...open, authorityNotifiedAt: hours(10) }, hours(80), null)).toBeNull();
    expect(breachReminderDue({ ...open, authorityNotifiedAt: hours(10), closedAt: hours(20) }, hours(80), null)).toBe(
      null,
    );
  });

  it('the worker looks only at breaches discovered at least 48 hours ago', () => {
    expect(earliestReminderDiscovery(hours(48))).toEqual(discoveredAt);
  });
});

describe(breachChangeRefusals.name, () => {
  it('accepts notices after discovery, and closing once the authority was told', () => {
    expect(breachChangeRefusals(open, { authorityNotifiedAt: hours(3), subjectsNotifiedAt: hours(4) })).toEqual([]);
    expect(breachChangeRefusals(open, { authorityNotifiedAt: hours(3), close: true })).toEqual([]);
    expect(breachChangeRefusals({ ...open, authorityNotifiedAt: hours(3) }, { close: true })).toEqual([]);
  });

  it('refuses a notice dated before the discovery', () => {
    expect(breachChangeRefusals(open, { authorityNotifiedAt: hours(-1), subjectsNotifiedAt: hours(-2) })).toEqual([
      { rule: 'notice_before_discovery', field: 'authorityNotifiedAt' },
      { rule: 'notice_before_discovery', field: 'subjectsNotifiedAt' },
    ]);
  });

  it('Art 23: every breach is reported, so none is closed before the authority is told', () => {
    expect(breachChangeRefusals(open, { close: true })).toEqual([
      { rule: 'close_needs_authority_notice', field: 'close' },
    ]);
  });

  it('a closed breach changes no more', () => {
    const closed = { ...open, authorityNotifiedAt: hours(3), closedAt: hours(4) };
    expect(breachChangeRefusals(closed, { subjectsNotifiedAt: hours(5) })).toEqual([{ rule: 'breach_closed' }]);
  });
});

describe(compareForRegister.name, () => {
  it('lists open breaches first (nearest deadline first), then notified, then closed (latest first)', () => {
    const earlier = { ...open, discoveredAt: hours(-10) };
    const notified = { ...open, authorityNotifiedAt: hours(2) };
    const closedLong = { ...open, authorityNotifiedAt: hours(2), closedAt: hours(5) };
    const closedRecent = { ...open, authorityNotifiedAt: hours(2), closedAt: hours(50) };
    const sut = [closedLong, notified, open, closedRecent, earlier].sort(compareForRegister);
    expect(sut).toEqual([earlier, open, notified, closedRecent, closedLong]);
  });
});
