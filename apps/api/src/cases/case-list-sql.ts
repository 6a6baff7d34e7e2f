import { type Sql, SqlParams } from '../common/paging/sql';
import { staffScopeColumn, type StaffPrincipal } from '@app/cases';
import type { QueueKey } from '../common/paging/queue-cursor';

/** The filters of the staff case list (GET /api/v1/cases). */
export interface CaseListFilters {
  status?: string;
  sector?: string;
  commune?: string;
  /** Handling unit (organisation id). */
  unit?: string;
  /** A user id: the case's assignee or its mediator. */
  assignee?: string;
  overdue?: boolean;
  priority?: boolean;
}

/**
 * Counts stop at this many: a count that reaches it is reported as "at least" (`counts.atLeast`),
 * so that a page never counts a whole province's cases (issue 13 item 3).
 */
export const COUNT_LIMIT = 10_000;

export const COUNT_NAMES = ['total', 'overdue', 'priority', 'new'] as const;
export type CountName = (typeof COUNT_NAMES)[number];

// The list's order, priority first, then the next due time (none last), then id, as one ascending
// key: a page is a range of the indexes of migration StaffCaseListIndexes (their expressions must
// stay exactly these) and the cursor a row comparison on it.
const ORDER = "(-c.priority), COALESCE(c.next_due_at, 'infinity'::timestamptz), c.id";

/** The staff member's scope (case-access.ts), as SQL; null when they see every case. */
function scopeWhere(staff: StaffPrincipal, p: SqlParams): string | null {
  const scope = staffScopeColumn(staff);
  // A null value (an officer without a unit) matches no case.
  return scope ? `c.${scope.column} = ${p.add(scope.value)}::uuid` : null;
}

// A clock run out and not met, or a running one already past (a moment before the worker marks it).
const overdue = (now: Date, p: SqlParams) =>
  `(c.overdue_since IS NOT NULL OR c.next_due_at < ${p.add(now)}::timestamptz)`;
const notOverdue = (now: Date, p: SqlParams) =>
  `(c.overdue_since IS NULL AND (c.next_due_at IS NULL OR c.next_due_at >= ${p.add(now)}::timestamptz))`;
// The same as two disjoint halves, each a range of its own partial index (migration
// CaseListFilterIndexes): marked by the worker, or running and already past.
const overdueHalves = (now: Date, p: SqlParams) => [
  'c.overdue_since IS NOT NULL',
  `c.overdue_since IS NULL AND c.next_due_at < ${p.add(now)}::timestamptz`,
];
// Priority as a range of the list key's first column, (-priority): the list indexes then serve it.
const PRIORITY = '(-c.priority) < 0';
const NOT_PRIORITY = '(-c.priority) = 0';

function where(
  staff: StaffPrincipal,
  filters: CaseListFilters,
  now: Date,
  p: SqlParams,
  overdueAsHalves = false,
): string[] {
  const conditions: string[] = [];
  const scope = scopeWhere(staff, p);
  if (scope) conditions.push(scope);
  if (filters.status) conditions.push(`c.status = ${p.add(filters.status)}`);
  if (filters.sector) conditions.push(`c.sector_code = ${p.add(filters.sector)}`);
  if (filters.commune) conditions.push(`c.commune_code = ${p.add(filters.commune)}`);
  if (filters.unit) conditions.push(`c.handling_org_id = ${p.add(filters.unit)}::uuid`);
  if (filters.assignee) {
    const assignee = p.add(filters.assignee);
    conditions.push(`(c.assignee_id = ${assignee}::uuid OR c.mediator_id = ${assignee}::uuid)`);
  }
  // The counts test the overdue filter's halves themselves (overdueAsHalves).
  if (filters.overdue === false) conditions.push(notOverdue(now, p));
  else if (filters.overdue && !overdueAsHalves) conditions.push(overdue(now, p));
  if (filters.priority !== undefined) conditions.push(filters.priority ? PRIORITY : NOT_PRIORITY);
  return conditions;
}

const joined = (conditions: string[]) => (conditions.length > 0 ? conditions.join(' AND ') : 'true');

/**
 * The ids of one page, in the list's order, with each row's key for the cursor: `limit + 1` rows
 * (the extra one says whether a next page exists). The rows themselves are read by id afterwards.
 */
export function caseListPageSql(
  staff: StaffPrincipal,
  filters: CaseListFilters,
  now: Date,
  after: QueueKey | null,
  limit: number,
): Sql {
  const p = new SqlParams();
  const conditions = where(staff, filters, now, p);
  if (after)
    conditions.push(
      `(${ORDER}) > (${p.add(-after.priority)}::smallint, ${p.add(after.due)}::timestamptz, ${p.add(after.id)}::uuid)`,
    );
  const text = `SELECT c.id, c.priority,
    COALESCE(to_char(c.next_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'infinity') AS due
  FROM cases c WHERE ${joined(conditions)} ORDER BY ${ORDER} LIMIT ${p.add(limit + 1)}`;
  return { text, values: p.values };
}

/**
 * The list's counts with the same scope and filters, each stopping at COUNT_LIMIT + 1 rows (one
 * more than the limit says that it was reached). One statement; columns named after COUNT_NAMES.
 */
export function caseListCountsSql(staff: StaffPrincipal, filters: CaseListFilters, now: Date): Sql {
  const p = new SqlParams();
  const base = where(staff, filters, now, p, true);
  const limit = p.add(COUNT_LIMIT + 1);
  // (Not under overdue=false: no case is overdue there, and an unused parameter would be an error.)
  const halves = filters.overdue === false ? [] : overdueHalves(now, p);
  // Each count is a UNION ALL of conjunctions, each a range of one index (migrations
  // StaffCaseListIndexes, CaseListFilterIndexes) with no OR in it: the overdue filter or count as
  // its two disjoint halves. UNION ALL streams, so the limit stops every part.
  const branches = filters.overdue ? halves.map((half) => [half]) : [[]];
  const capped = (extra: string[][]) =>
    branches
      .flatMap((branch) => extra.map((more) => [...base, ...branch, ...more]))
      .map((conditions) => `SELECT 1 FROM cases c WHERE ${joined(conditions)}`)
      .join(' UNION ALL ');
  const cuts: Record<CountName, string | null> = {
    total: capped([[]]),
    // Within the overdue filter every case is overdue (the same halves again); outside it none is.
    overdue: filters.overdue ? capped([[]]) : filters.overdue === false ? null : capped(halves.map((half) => [half])),
    priority: capped([[PRIORITY]]),
    new: capped([["c.status = 'submitted'"]]),
  };
  const columns = COUNT_NAMES.map((name) => {
    const cut = cuts[name];
    return cut === null ? `0 AS "${name}"` : `(SELECT count(*)::int FROM (${cut} LIMIT ${limit}) AS s) AS "${name}"`;
  });
  return { text: `SELECT ${columns.join(',\n  ')}`, values: p.values };
}
