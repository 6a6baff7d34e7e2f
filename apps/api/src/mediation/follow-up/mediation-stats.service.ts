import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClockSettingsService, StaffPrincipal } from '@app/cases';
import { mediationStats, type OutcomeFigures, toLocalDate } from '@app/domain';
import { mediationOutcomeRows } from '@app/reports';
import type { MediationStatsDto, OrganisationStatsDto } from './dto/stats.dto';
import type { StatsQuery } from './dto/stats.query';
import { statsPeriod } from './stats-period';

const MEDIATING_KINDS = ['mediation_organisation', 'consumer_association'];

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
    const [{ assignments, conclusions }, { calendar }] = await Promise.all([
      mediationOutcomeRows(this.dataSource, { from, to }, scope),
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
    const figures = mediationStats(assignments, conclusions, calendar, {
      organisationIds: visibleOrgs.map((o) => o.id),
      mediators: mediators
        .filter((u) => u.active && u.organisationId !== null && visibleOrgs.some((o) => o.id === u.organisationId))
        .map((u) => ({ mediatorId: u.id, organisationId: u.organisationId as string })),
    });
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
