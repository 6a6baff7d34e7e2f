import type { DataSource } from 'typeorm';
import {
  type AssignmentRow,
  type ConclusionRow,
  endOfLocalDay,
  type IsoDate,
  startOfLocalDay,
  toLocalDate,
} from '@app/domain';

/** Events that give a case its mediator (another use case may add reassignment). */
export const MEDIATOR_ASSIGNED_ACTIONS = ['mediator_assigned', 'mediator_reassigned'];

// The mediator of an assignment belongs to an organisation; the case's own column is the fallback.
const ASSIGNMENTS_SQL = `
  SELECT * FROM (
    SELECT e.case_id::text AS "caseId",
           e.data->'detail'->>'mediatorId' AS "mediatorId",
           coalesce(u.organisation_id::text, c.mediation_org_id::text) AS "organisationId"
      FROM case_events e
      JOIN cases c ON c.id = e.case_id
      LEFT JOIN users u ON u.id::text = e.data->'detail'->>'mediatorId'
     WHERE e.action = ANY($1) AND e.at >= $2 AND e.at < $3
  ) a WHERE a."organisationId" IS NOT NULL AND ($4::text IS NULL OR a."organisationId" = $4)`;

// A conclusion belongs to the mediation it ends: the last request and assignment before it
// (a reopened case has had its columns cleared), else the case's columns.
const CONCLUSIONS_SQL = `
  SELECT * FROM (
    SELECT e.case_id::text AS "caseId",
           e.at AS "concludedAt",
           e.to_status = 'resolved' AS success,
           coalesce(req.org, c.mediation_org_id::text) AS "organisationId",
           coalesce(asg.mediator, c.mediator_id::text) AS "mediatorId",
           coalesce(req.at, c.mediation_at) AS "startedAt"
      FROM case_events e
      JOIN cases c ON c.id = e.case_id
      LEFT JOIN LATERAL (
        SELECT r.at, r.data->'detail'->>'organisationId' AS org FROM case_events r
         WHERE r.case_id = e.case_id AND r.action = 'request_mediation' AND r.id < e.id
         ORDER BY r.id DESC LIMIT 1) req ON true
      LEFT JOIN LATERAL (
        SELECT a.data->'detail'->>'mediatorId' AS mediator FROM case_events a
         WHERE a.case_id = e.case_id AND a.action = ANY($1) AND a.id < e.id
         ORDER BY a.id DESC LIMIT 1) asg ON true
     -- A failed session with "continue" keeps the mediation open: not a conclusion.
     WHERE e.action = 'record_mediation_result' AND e.to_status IS DISTINCT FROM 'mediation'
       AND e.at >= $2 AND e.at < $3
  ) x WHERE x."organisationId" IS NOT NULL AND ($4::text IS NULL OR x."organisationId" = $4)`;

interface ConclusionSqlRow extends Omit<ConclusionRow, 'startedOn' | 'concludedOn'> {
  concludedAt: Date;
  startedAt: Date | null;
}

/**
 * The mediator assignments and the mediations concluded between `from` and `to` (local days, both
 * included), of one organisation or of all (`organisationId` null): what libs/domain `mediationStats`
 * counts. Shared by the api's mediation outcomes and the worker's annual report.
 */
export async function mediationOutcomeRows(
  dataSource: DataSource,
  period: { from: IsoDate; to: IsoDate },
  organisationId: string | null,
): Promise<{ assignments: AssignmentRow[]; conclusions: ConclusionRow[] }> {
  const params = [MEDIATOR_ASSIGNED_ACTIONS, startOfLocalDay(period.from), endOfLocalDay(period.to), organisationId];
  const [assignments, conclusions] = await Promise.all([
    dataSource.query<AssignmentRow[]>(ASSIGNMENTS_SQL, params),
    dataSource.query<ConclusionSqlRow[]>(CONCLUSIONS_SQL, params),
  ]);
  return {
    assignments,
    conclusions: conclusions.map(({ concludedAt, startedAt, ...row }) => ({
      ...row,
      concludedOn: toLocalDate(concludedAt),
      startedOn: startedAt ? toLocalDate(startedAt) : null,
    })),
  };
}
