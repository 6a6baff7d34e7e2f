import type { DataRequestStatus } from './data-requests';

/**
 * The reminders to the handling unit about a data subject's request on its clocks (Law 91/2025/QH15
 * Art 4; Decree 356/2025/ND-CP: answer within 2 working days, complete within the legal period;
 * data-request-periods.ts), as data. A clock's due instant is 24:00 of its last day: "soon" falls at
 * the start of the last day for the answer (1 day) and three days ahead for the completion; "missed"
 * once it has passed. The answer clock runs while the request is `received`, the completion clock
 * while it is open (`received` or `answered`).
 */
export const DATA_REQUEST_REMINDER_STEPS = [
  { step: 'answer_soon', clock: 'answer', hoursBeforeDue: 24 },
  { step: 'answer_missed', clock: 'answer', hoursBeforeDue: 0 },
  { step: 'complete_soon', clock: 'complete', hoursBeforeDue: 72 },
  { step: 'complete_missed', clock: 'complete', hoursBeforeDue: 0 },
] as const;

export type DataRequestReminderStep = (typeof DATA_REQUEST_REMINDER_STEPS)[number]['step'];
export type DataRequestClock = (typeof DATA_REQUEST_REMINDER_STEPS)[number]['clock'];

const RUNS_WHILE: Readonly<Record<DataRequestClock, readonly DataRequestStatus[]>> = {
  answer: ['received'],
  complete: ['received', 'answered'],
};

export interface DataRequestClocks {
  status: DataRequestStatus;
  answerDueAt: Date;
  completeDueAt: Date;
}

export interface DataRequestRemindersDue {
  /** The steps to email now: per clock, only the latest one due (a late first look sends "missed" alone). */
  send: DataRequestReminderStep[];
  /** Every step due and not yet recorded, the ones passed over included: each is sent at most once. */
  record: DataRequestReminderStep[];
}

/** The instant a step falls due. */
export function dataRequestReminderAt(request: DataRequestClocks, step: DataRequestReminderStep): Date {
  const s = DATA_REQUEST_REMINDER_STEPS.find((x) => x.step === step) ?? DATA_REQUEST_REMINDER_STEPS[0];
  const due = s.clock === 'answer' ? request.answerDueAt : request.completeDueAt;
  return new Date(due.getTime() - s.hoursBeforeDue * 3_600_000);
}

/**
 * The reminders due now on a request, given the steps already sent: none on a closed request, none
 * on the answer clock once answered, and never a step twice.
 */
export function dataRequestRemindersDue(
  request: DataRequestClocks,
  sent: readonly string[],
  now: Date,
): DataRequestRemindersDue {
  const send: DataRequestReminderStep[] = [];
  const record: DataRequestReminderStep[] = [];
  for (const clock of ['answer', 'complete'] as const) {
    if (!RUNS_WHILE[clock].includes(request.status)) continue;
    const due = DATA_REQUEST_REMINDER_STEPS.filter(
      (s) =>
        s.clock === clock &&
        !sent.includes(s.step) &&
        dataRequestReminderAt(request, s.step).getTime() <= now.getTime(),
    ).map((s) => s.step);
    if (due.length === 0) continue;
    // A step later than one already sent is still sent ("missed" after "soon"); an earlier one never.
    const latest = due[due.length - 1];
    send.push(latest);
    record.push(...due);
  }
  return { send, record };
}

/** The latest instant a request can have a reminder due: the sweep looks at requests due before it. */
export function dataRequestReminderHorizon(now: Date): Date {
  const longest = Math.max(...DATA_REQUEST_REMINDER_STEPS.map((s) => s.hoursBeforeDue));
  return new Date(now.getTime() + longest * 3_600_000);
}
