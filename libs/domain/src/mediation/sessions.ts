import type { CaseErrorCode, FieldViolation } from '../cases/domain-error';

/**
 * Mediation sessions. Law 19 Art 54.1: mediation is held in person or online. Art 62.2: what is
 * said in mediation (the minutes, who attended) is confidential unless the parties agree otherwise.
 */
export const SESSION_MODES = ['in_person', 'online'] as const;
export type SessionModeCode = (typeof SESSION_MODES)[number];

/** A session's length in minutes: a quarter of an hour to a working day. */
export const SESSION_MINUTES = { min: 15, max: 480 } as const;

/** What may happen to a session once scheduled. */
export type SessionChange = 'reschedule' | 'cancel' | 'record';

export interface SessionFacts {
  readonly status: 'scheduled' | 'cancelled' | 'held';
  readonly startsAt: Date;
}

export interface SessionRefusal {
  readonly code: Extract<CaseErrorCode, 'invalid_transition' | 'rule_violated'>;
  readonly violation: FieldViolation;
}

/**
 * Why `change` may not be made to the session now, or null. Only a scheduled session changes: a
 * held or cancelled one is final. A session is recorded as held only once it has begun.
 */
export function sessionChangeRefusal(session: SessionFacts, change: SessionChange, now: Date): SessionRefusal | null {
  if (session.status !== 'scheduled') {
    return { code: 'invalid_transition', violation: { field: 'status', rule: 'session_not_scheduled' } };
  }
  if (change === 'record' && session.startsAt.getTime() > now.getTime()) {
    return { code: 'rule_violated', violation: { field: 'startsAt', rule: 'session_not_started' } };
  }
  return null;
}

/** Where the parties go: the place in person, the link online (the other one when the first is missing). */
export function sessionLocation(session: {
  readonly mode: SessionModeCode;
  readonly place: string | null;
  readonly onlineUrl: string | null;
}): string {
  const first = session.mode === 'online' ? session.onlineUrl : session.place;
  const second = session.mode === 'online' ? session.place : session.onlineUrl;
  return first ?? second ?? '';
}

export function sessionEnd(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}
