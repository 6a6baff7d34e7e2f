/**
 * The personal-data breach register (issue 12 item 13). A breach is reported to the authority —
 * the Ministry of Public Security's specialised personal-data protection body — within 72 hours of
 * its discovery: Law 91/2025/QH15 on Personal Data Protection Art 23 (notification of a violation
 * of the personal-data rules; detailed by Decree 356/2025/ND-CP), as Decree 13/2023/ND-CP Art 23.1
 * required before 2026 (domain.md §6). The 72 hours are wall-clock hours: weekends and days off
 * do not stop the clock.
 */
export const BREACH_NOTIFICATION_HOURS = 72;

export const BREACH_LEGAL_BASIS = {
  vi: 'Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15',
  en: 'Law 91/2025/QH15 on Personal Data Protection, Art 23',
} as const;

const HOUR_MS = 3_600_000;

/** Kinds of personal data a breach may touch; the sensitive ones are sensitive personal data (PDPL). */
export const BREACH_DATA_CATEGORIES = [
  'identity',
  'contact',
  'complaint_content',
  'evidence_files',
  'financial',
  'ethnicity',
  'health',
  'staff_accounts',
  'other',
] as const;
export type BreachDataCategory = (typeof BREACH_DATA_CATEGORIES)[number];

export const SENSITIVE_BREACH_CATEGORIES: readonly BreachDataCategory[] = ['ethnicity', 'health'];

export const BREACH_CATEGORY_LABELS: Readonly<Record<BreachDataCategory, { vi: string; en: string }>> = {
  identity: { vi: 'Họ tên, giấy tờ tùy thân', en: 'Names and identity documents' },
  contact: { vi: 'Thông tin liên hệ (email, điện thoại, địa chỉ)', en: 'Contact data (email, phone, address)' },
  complaint_content: { vi: 'Nội dung khiếu nại', en: 'Complaint narratives' },
  evidence_files: { vi: 'Tệp chứng cứ', en: 'Evidence files' },
  financial: { vi: 'Thông tin tài chính, số tiền', en: 'Financial data and amounts' },
  ethnicity: { vi: 'Dân tộc (dữ liệu nhạy cảm)', en: 'Ethnicity (sensitive data)' },
  health: { vi: 'Sức khỏe (dữ liệu nhạy cảm)', en: 'Health (sensitive data)' },
  staff_accounts: { vi: 'Tài khoản cán bộ', en: 'Staff accounts' },
  other: { vi: 'Khác', en: 'Other' },
};

export const isBreachDataCategory = (value: unknown): value is BreachDataCategory =>
  typeof value === 'string' && (BREACH_DATA_CATEGORIES as readonly string[]).includes(value);

/** open: the authority not yet told; notified: told, still being handled; closed: handled. */
export const BREACH_STATES = ['open', 'notified', 'closed'] as const;
export type BreachState = (typeof BREACH_STATES)[number];

/** What the clock reads of a breach. */
export interface BreachClock {
  discoveredAt: Date;
  authorityNotifiedAt: Date | null;
  closedAt: Date | null;
}

/**
 * The reminders to the admins while the authority is not told, as data: 24 h, 12 h and 1 h before
 * the 72 hours end, and once when they are over. Each is sent once, in this order.
 */
export const BREACH_REMINDER_STEPS = [
  { step: 'due_in_24h', hoursBeforeDeadline: 24 },
  { step: 'due_in_12h', hoursBeforeDeadline: 12 },
  { step: 'due_in_1h', hoursBeforeDeadline: 1 },
  { step: 'missed', hoursBeforeDeadline: 0 },
] as const;
export type BreachReminderStep = (typeof BREACH_REMINDER_STEPS)[number]['step'];

export const isBreachReminderStep = (value: unknown): value is BreachReminderStep =>
  BREACH_REMINDER_STEPS.some((s) => s.step === value);

/** When the authority must have been told: discovery + 72 hours (Law 91/2025 Art 23). */
export function breachNotifyBy(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + BREACH_NOTIFICATION_HOURS * HOUR_MS);
}

export function breachState(breach: BreachClock): BreachState {
  if (breach.closedAt) return 'closed';
  return breach.authorityNotifiedAt ? 'notified' : 'open';
}

/** The authority is not told and the 72 hours are over. */
export function isBreachOverdue(breach: BreachClock, now: Date): boolean {
  return breachState(breach) === 'open' && now.getTime() >= breachNotifyBy(breach.discoveredAt).getTime();
}

/** The authority was told after the 72 hours (the notice must then say why it is late). */
export function wasNotifiedLate(breach: BreachClock): boolean {
  return (
    breach.authorityNotifiedAt !== null &&
    breach.authorityNotifiedAt.getTime() > breachNotifyBy(breach.discoveredAt).getTime()
  );
}

/** When a step is due. */
export function breachReminderAt(discoveredAt: Date, step: BreachReminderStep): Date {
  const { hoursBeforeDeadline } = BREACH_REMINDER_STEPS.find((s) => s.step === step) ?? { hoursBeforeDeadline: 0 };
  return new Date(breachNotifyBy(discoveredAt).getTime() - hoursBeforeDeadline * HOUR_MS);
}

/**
 * The reminder to send now, if any: the latest step already due that comes after `lastSent`.
 * Steps passed over meanwhile (a breach recorded late) are not sent: only the most urgent one is.
 * Nothing once the authority is told or the breach is closed.
 */
export function breachReminderDue(
  breach: BreachClock,
  now: Date,
  lastSent: BreachReminderStep | null,
): BreachReminderStep | null {
  if (breachState(breach) !== 'open') return null;
  const sentRank = lastSent === null ? -1 : BREACH_REMINDER_STEPS.findIndex((s) => s.step === lastSent);
  const due = BREACH_REMINDER_STEPS.filter(
    ({ step }, rank) => rank > sentRank && breachReminderAt(breach.discoveredAt, step).getTime() <= now.getTime(),
  );
  return due.at(-1)?.step ?? null;
}

/** The earliest instant a reminder can fall due: the worker looks only at breaches discovered before it. */
export function earliestReminderDiscovery(now: Date): Date {
  const first = BREACH_REMINDER_STEPS[0].hoursBeforeDeadline;
  return new Date(now.getTime() - (BREACH_NOTIFICATION_HOURS - first) * HOUR_MS);
}

/** A change an admin asks for: the instants as given, `close` to close the breach. */
export interface BreachChange {
  authorityNotifiedAt?: Date;
  subjectsNotifiedAt?: Date;
  close?: boolean;
}

export type BreachChangeRefusal =
  /** A closed breach is a finished record: nothing changes any more. */
  | { rule: 'breach_closed' }
  /** A notice cannot come before the breach was discovered. */
  | { rule: 'notice_before_discovery'; field: 'authorityNotifiedAt' | 'subjectsNotifiedAt' }
  /** Every breach is reported (Law 91/2025 Art 23): it is closed only once the authority was told. */
  | { rule: 'close_needs_authority_notice'; field: 'close' };

/** Why a change is refused; empty when it may be made. */
export function breachChangeRefusals(breach: BreachClock, change: BreachChange): BreachChangeRefusal[] {
  if (breach.closedAt) return [{ rule: 'breach_closed' }];
  const refusals: BreachChangeRefusal[] = [];
  for (const field of ['authorityNotifiedAt', 'subjectsNotifiedAt'] as const) {
    const at = change[field];
    if (at && at.getTime() < breach.discoveredAt.getTime()) refusals.push({ rule: 'notice_before_discovery', field });
  }
  if (change.close && !(change.authorityNotifiedAt ?? breach.authorityNotifiedAt)) {
    refusals.push({ rule: 'close_needs_authority_notice', field: 'close' });
  }
  return refusals;
}

const STATE_ORDER: Readonly<Record<BreachState, number>> = { open: 0, notified: 1, closed: 2 };

/**
 * The register's order: open breaches first, the nearest deadline first; then those notified, then
 * the closed ones, the latest first.
 */
export function compareForRegister(a: BreachClock, b: BreachClock): number {
  const [sa, sb] = [breachState(a), breachState(b)];
  if (sa !== sb) return STATE_ORDER[sa] - STATE_ORDER[sb];
  if (sa === 'open') return a.discoveredAt.getTime() - b.discoveredAt.getTime();
  const latest = (x: BreachClock) => (x.closedAt ?? x.discoveredAt).getTime();
  return latest(b) - latest(a);
}
