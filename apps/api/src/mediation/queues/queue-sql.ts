import { type Sql, SqlParams } from '../../common/paging/sql';
import type { QueueKey } from '../../common/paging/queue-cursor';
import type { QueueScope, QueueView } from './queue-views';

/** Filters every view takes. */
export interface QueueFilters {
  status?: string;
  sector?: string;
  commune?: string;
  /** true: only priority cases (vulnerable consumers); false: only the others. */
  priority?: boolean;
}

/** The clock facts a view is cut by: the request's instant and the end of "due soon". */
export interface QueueClock {
  now: Date;
  dueSoonUntil: Date;
}

// The queue order, priority first, then the next due time (none last), then id, is one ascending
// key, so that a page is a range of the partial indexes of migration MediationQueueIndexes (their
// expressions must stay exactly these) and the cursor a row comparison on it.
const NEG_PRIORITY = '(-c.priority)';
const DUE = "COALESCE(c.next_due_at, 'infinity'::timestamptz)";
const ORDER = `${NEG_PRIORITY}, ${DUE}, c.id`;

const SUMMARY_COLUMNS = `c.id, c.tracking_code AS "trackingCode", c.status, c.priority, c.vulnerable,
  c.sector_code AS "sectorCode", c.commune_code AS "communeCode", c.channel, c.submitted_at AS "submittedAt",
  c.next_due_at AS "nextDueAt", c.overdue_since AS "overdueSince", c.handling_org_id AS "handlingOrgId",
  c.assignee_id AS "assigneeId", c.outcome, c.mediation_org_id AS "mediationOrgId", c.mediator_id AS "mediatorId",
  c.mediation_at AS "mediationAt", c.attention_reason AS "attentionReason",
  COALESCE(to_char(c.next_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'infinity') AS "dueKey"`;

function scopeWhere(scope: QueueScope, p: SqlParams): string {
  return scope.kind === 'mediator'
    ? `c.mediator_id = ${p.add(scope.mediatorId)}::uuid AND c.closed_at IS NULL`
    : `c.mediation_org_id = ${p.add(scope.organisationId)}::uuid AND c.closed_at IS NULL`;
}

const UNASSIGNED = "c.status = 'mediation' AND c.mediator_id IS NULL";

function dueSoon(clock: QueueClock, p: SqlParams): string {
  return `c.overdue_since IS NULL AND c.next_due_at >= ${p.add(clock.now)}::timestamptz AND c.next_due_at <= ${p.add(clock.dueSoonUntil)}::timestamptz`;
}

function overdue(clock: QueueClock, p: SqlParams): string {
  return `(c.overdue_since IS NOT NULL OR c.next_due_at < ${p.add(clock.now)}::timestamptz)`;
}

function viewWhere(view: QueueView, scope: QueueScope, clock: QueueClock, p: SqlParams): string {
  switch (view) {
    case 'mine':
    case 'organisation':
      return scopeWhere(scope, p);
    case 'unassigned':
      // Status 'mediation' is open: closed_at is not needed, and the partial index has no such predicate.
      return scope.kind === 'organisation'
        ? `c.mediation_org_id = ${p.add(scope.organisationId)}::uuid AND ${UNASSIGNED}`
        : 'false';
    case 'due_soon':
      return `${scopeWhere(scope, p)} AND ${dueSoon(clock, p)}`;
    case 'overdue':
      return `${scopeWhere(scope, p)} AND ${overdue(clock, p)}`;
  }
}

function filterWhere(filters: QueueFilters, p: SqlParams): string[] {
  const where: string[] = [];
  if (filters.status) where.push(`c.status = ${p.add(filters.status)}`);
  if (filters.sector) where.push(`c.sector_code = ${p.add(filters.sector)}`);
  if (filters.commune) where.push(`c.commune_code = ${p.add(filters.commune)}`);
  if (filters.priority !== undefined) where.push(filters.priority ? 'c.priority > 0' : 'c.priority = 0');
  return where;
}

/** One page of a view: `limit + 1` rows (the extra one says whether a next page exists). */
export function queuePageSql(
  view: QueueView,
  scope: QueueScope,
  filters: QueueFilters,
  clock: QueueClock,
  after: QueueKey | null,
  limit: number,
): Sql {
  const p = new SqlParams();
  const where = [viewWhere(view, scope, clock, p), ...filterWhere(filters, p)];
  if (after)
    where.push(
      `(${ORDER}) > (${p.add(-after.priority)}::smallint, ${p.add(after.due)}::timestamptz, ${p.add(after.id)}::uuid)`,
    );
  // The page's ids first, from the index alone (filters read its INCLUDE columns), then their rows:
  // a filter that keeps few cases costs index entries, not heap reads.
  const ids = `SELECT c.id FROM cases c WHERE ${where.join(' AND ')} ORDER BY ${ORDER} LIMIT ${p.add(limit + 1)}`;
  const text = `SELECT ${SUMMARY_COLUMNS} FROM (${ids}) AS page JOIN cases c ON c.id = page.id ORDER BY ${ORDER}`;
  return { text, values: p.values };
}

/** Every view's count for a scope, in one pass over its open cases. Columns are named after the views. */
export function queueCountsSql(scope: QueueScope, filters: QueueFilters, clock: QueueClock): Sql {
  const p = new SqlParams();
  const where = [scopeWhere(scope, p), ...filterWhere(filters, p)].join(' AND ');
  const cuts = [
    scope.kind === 'mediator' ? 'count(*) AS mine' : `count(*) FILTER (WHERE ${UNASSIGNED}) AS unassigned`,
    ...(scope.kind === 'organisation' ? ['count(*) AS organisation'] : []),
    `count(*) FILTER (WHERE ${dueSoon(clock, p)}) AS due_soon`,
    `count(*) FILTER (WHERE ${overdue(clock, p)}) AS overdue`,
  ];
  return { text: `SELECT ${cuts.join(', ')} FROM cases c WHERE ${where}`, values: p.values };
}
