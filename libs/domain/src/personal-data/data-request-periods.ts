import type { WorkingDays } from '../calendar/deadlines';
import { calendarDaysDeadline, workingDaysDeadline } from '../calendar/deadlines';

/**
 * How long the handling body has to answer a data subject's request and to carry it out
 * (Law 91/2025/QH15 on Personal Data Protection, Art 4 rights of the data subject; Decree
 * 356/2025/ND-CP on its implementation; domain.md §6: "answer within 2 working days, complete
 * within 10–20 days"). The decree's range is not split by kind in our sources, so every request is
 * held to the short end (10 days): the unit is never late whatever the kind. Counting follows the
 * Civil Code (Arts 147–148): from the day after receipt, to 24:00 Asia/Ho_Chi_Minh, a last day off
 * rolled to the next working day.
 */
export const DATA_REQUEST_PERIODS = {
  answerWithinWorkingDays: 2,
  completeWithinDays: 10,
  /** The longest period the decree allows when the unit extends it (not applied automatically). */
  completeAtMostDays: 20,
  source: 'Law 91/2025/QH15 Art 4; Decree 356/2025/ND-CP (domain.md §6)',
} as const;

export interface DataRequestDueDates {
  /** The first answer (received, being handled, or refused with a reason). */
  answerDueAt: Date;
  /** The request carried out. */
  completeDueAt: Date;
}

/** When a request received at `receivedAt` must be answered and completed, on the working-day calendar. */
export function dataRequestDueDates(calendar: WorkingDays, receivedAt: Date): DataRequestDueDates {
  return {
    answerDueAt: workingDaysDeadline(calendar, receivedAt, DATA_REQUEST_PERIODS.answerWithinWorkingDays),
    completeDueAt: calendarDaysDeadline(calendar, receivedAt, DATA_REQUEST_PERIODS.completeWithinDays),
  };
}
