import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClockSettingsService, StaffPrincipal } from '@app/cases';
import {
  type AssignmentRow,
  type ConclusionRow,
  endOfLocalDay,
  mediationStats,
  type OutcomeFigures,
  startOfLocalDay,
  toLocalDate,
} from '@app/domain';
import type { MediationStatsDto, OrganisationStatsDto } from './dto/stats.dto';
import type { StatsQuery } from './dto/stats.query';
import { statsPeriod } from './stats-period';

/** Events that give a case its mediator (another use case may add reassignment). */
const ASSIGNED = ['mediator_assigned', 'mediator_reassigned'];
const MEDIATING_KINDS = ['mediation_organisation', 'consumer_association'];

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

/** Mediation outcomes per organisation and mediator over a period (issue section 8). */
@Injectable()
export class MediationStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clocks: ClockSettingsService,
  ) {}

  async stats(staff: StaffPrincipal, query: StatsQuery, now = new Date()): Promise<MediationStatsDto> {
    const { from, to } = statsPeriod(query, toLocalDate(now));
    // A mediation organisation's admin sees their own organisation only.
    const scope = staff.role === 'mediation_admin' ? (staff.organisationId ?? '') : null;
    const params = [ASSIGNED, startOfLocalDay(from), endOfLocalDay(to), scope];
    const [assignments, conclusions, { calendar }] = await Promise.all([
      this.dataSource.query<AssignmentRow[]>(ASSIGNMENTS_SQL, params),
      this.dataSource.query<ConclusionSqlRow[]>(CONCLUSIONS_SQL, params),
      this.clocks.current(),
    ]);
    const named = [...assignments, ...conclusions].map((row) => row.organisationId);
    const [organisations, mediators] = await Promise.all([
      this.dataSource.query<{ id: string; name: string; listed: boolean }[]>(
        `SELECT id::text, name, (kind = ANY($1) AND active) AS listed FROM organisations
          WHERE (kind = ANY($1) AND active) OR id::text = ANY($2)`,
        [MEDIATING_KINDS, named],
      ),
      this.dataSource.query<{ id: string; name: string; organisationId: string | null; active: boolean }[]>(
        `SELECT id::text, full_name AS name, organisation_id::text AS "organisationId", active
           FROM users WHERE role = 'mediator'`,
      ),
    ]);
    // Listed even without figures: the active mediation organisations in scope and their mediators.
    const visibleOrgs = organisations.filter((o) => o.listed && (scope === null || o.id === scope));
    const figures = mediationStats(
      assignments,
      conclusions.map(({ concludedAt, startedAt, ...row }) => ({
        ...row,
        concludedOn: toLocalDate(concludedAt),
        startedOn: startedAt ? toLocalDate(startedAt) : null,
      })),
      calendar,
      {
        organisationIds: visibleOrgs.map((o) => o.id),
        mediators: mediators
          .filter((u) => u.active && u.organisationId !== null && visibleOrgs.some((o) => o.id === u.organisationId))
          .map((u) => ({ mediatorId: u.id, organisationId: u.organisationId as string })),
      },
    );
    const orgName = new Map(organisations.map((o) => [o.id, o.name]));
    const mediatorName = new Map(mediators.map((u) => [u.id, u.name]));
    const byName = (a: { name: string | null }, b: { name: string | null }) =>
      (a.name ?? '').localeCompare(b.name ?? '', 'vi');
    return {
      from,
      to,
      total: pick(figures.total),
      organisations: figures.organisations
        .map((o): OrganisationStatsDto => ({
          organisationId: o.organisationId,
          name: orgName.get(o.organisationId) ?? null,
          ...pick(o),
          mediators: o.mediators
            .map((md) => ({ mediatorId: md.mediatorId, name: mediatorName.get(md.mediatorId) ?? null, ...pick(md) }))
            .sort(byName),
        }))
        .sort(byName),
    };
  }
}

const pick = (f: OutcomeFigures): OutcomeFigures => ({
  assigned: f.assigned,
  concluded: f.concluded,
  successes: f.successes,
  successRate: f.successRate,
  medianWorkingDays: f.medianWorkingDays,
});
