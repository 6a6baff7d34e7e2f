import type { IsoDate, WorkingDayCalendar } from '../calendar';

/** A case that got a mediator in the period (one row per assignment event). */
export interface AssignmentRow {
  readonly caseId: string;
  readonly organisationId: string;
  readonly mediatorId: string | null;
}

/** A mediation concluded in the period (one row per recorded result). */
export interface ConclusionRow {
  readonly caseId: string;
  readonly organisationId: string;
  readonly mediatorId: string | null;
  /** The result was a settlement (the case went to resolved, Art 65). */
  readonly success: boolean;
  /** The local day mediation started (Asia/Ho_Chi_Minh); null when unknown. */
  readonly startedOn: IsoDate | null;
  readonly concludedOn: IsoDate;
}

export interface OutcomeFigures {
  /** Distinct cases that got a mediator. */
  readonly assigned: number;
  readonly concluded: number;
  readonly successes: number;
  /** successes / concluded, 4 decimals; null when nothing was concluded. */
  readonly successRate: number | null;
  /** Working days from the start of mediation to its conclusion; null when none is known. */
  readonly medianWorkingDays: number | null;
}

export interface MediatorFigures extends OutcomeFigures {
  readonly mediatorId: string;
}

export interface OrganisationFigures extends OutcomeFigures {
  readonly organisationId: string;
  readonly mediators: readonly MediatorFigures[];
}

export interface MediationStats {
  readonly total: OutcomeFigures;
  readonly organisations: readonly OrganisationFigures[];
}

/** Who to list even without figures: the organisations and mediators in scope. */
export interface KnownMediators {
  readonly organisationIds: readonly string[];
  readonly mediators: readonly { readonly mediatorId: string; readonly organisationId: string }[];
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** successes / concluded rounded to 4 decimals; null when nothing was concluded. */
export function successRate(successes: number, concluded: number): number | null {
  if (concluded <= 0) return null;
  return Math.round((successes / concluded) * 10_000) / 10_000;
}

type Days = Pick<WorkingDayCalendar, 'workingDaysBetween'>;

/** Working days in (start, end] (Labour Code Arts 111–112 days off and the year tables); null when unknown. */
function durationOf(row: ConclusionRow, calendar: Days): number | null {
  if (row.startedOn === null || row.startedOn > row.concludedOn) return null;
  return calendar.workingDaysBetween(row.startedOn, row.concludedOn);
}

function figures(assigned: readonly AssignmentRow[], concluded: readonly ConclusionRow[], calendar: Days) {
  const successes = concluded.filter((row) => row.success).length;
  const durations = concluded.map((row) => durationOf(row, calendar)).filter((d): d is number => d !== null);
  return {
    assigned: new Set(assigned.map((row) => row.caseId)).size,
    concluded: concluded.length,
    successes,
    successRate: successRate(successes, concluded.length),
    medianWorkingDays: median(durations),
  };
}

const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/**
 * Mediation outcomes per organisation and per mediator (domain.md §2, Law 19 Arts 61–66):
 * cases assigned, mediations concluded, settlements, the success rate and the median duration in
 * working days. Rows without a mediator count for their organisation only.
 */
export function mediationStats(
  assignments: readonly AssignmentRow[],
  conclusions: readonly ConclusionRow[],
  calendar: Days,
  known: KnownMediators = { organisationIds: [], mediators: [] },
): MediationStats {
  const organisationIds = sortedUnique([
    ...known.organisationIds,
    ...known.mediators.map((m) => m.organisationId),
    ...assignments.map((row) => row.organisationId),
    ...conclusions.map((row) => row.organisationId),
  ]);
  const organisations = organisationIds.map((organisationId): OrganisationFigures => {
    const assigned = assignments.filter((row) => row.organisationId === organisationId);
    const concluded = conclusions.filter((row) => row.organisationId === organisationId);
    const mediatorIds = sortedUnique([
      ...known.mediators.filter((m) => m.organisationId === organisationId).map((m) => m.mediatorId),
      ...[...assigned, ...concluded].flatMap((row) => (row.mediatorId === null ? [] : [row.mediatorId])),
    ]);
    const mediators = mediatorIds.map((mediatorId) => ({
      mediatorId,
      ...figures(
        assigned.filter((row) => row.mediatorId === mediatorId),
        concluded.filter((row) => row.mediatorId === mediatorId),
        calendar,
      ),
    }));
    return { organisationId, ...figures(assigned, concluded, calendar), mediators };
  });
  return { total: figures(assignments, conclusions, calendar), organisations };
}
