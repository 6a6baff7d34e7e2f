import { DataSource } from 'typeorm';
import type { CaseStatus, DeadlineKind, OutcomeCode, RefusalGround } from '@app/domain';
import { groupColumns } from '@app/persistence';
import { createCase } from './case-factory';

/** A clock as the clocks table records it. */
export interface FixtureClock {
  kind: DeadlineKind;
  status: 'pending' | 'met' | 'breached' | 'cancelled' | 'lapsed';
}

/**
 * One hand-built case for the statistics tests: the columns statistics read, with stage instants
 * written as Viet Nam local times ('2026-02-13T10:00') or full ISO instants ('2025-12-31T17:30:00Z').
 */
export interface FixtureCase {
  name: string;
  status: CaseStatus;
  channel: string;
  sector: string;
  commune: string;
  org: string;
  groups?: string[];
  submitted: string;
  consultation?: string;
  negotiation?: string;
  mediation?: string;
  closed?: string;
  outcome?: OutcomeCode;
  ground?: RefusalGround;
  /** Claimed; none when absent. */
  amountVnd?: number;
  recoveredVnd?: number;
  clocks?: FixtureClock[];
}

/** A local time in Viet Nam (UTC+7), unless the string already says its offset. */
export const instant = (value: string): Date => new Date(/Z|[+-]\d\d:\d\d$/.test(value) ? value : `${value}+07:00`);

const DAY_MS = 86_400_000;

const optional = (value: string | undefined): Date | null => (value === undefined ? null : instant(value));

/**
 * Inserts the cases straight into the database (no lifecycle), each with its consumer's groups and
 * its clocks. `orgIds` maps the fixture's organisation codes to ids. Returns the ids by name.
 */
export async function insertFixtureCases(
  dataSource: DataSource,
  cases: readonly FixtureCase[],
  orgIds: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const c of cases) {
    const groups = c.groups ?? [];
    const created = await createCase(dataSource, {
      status: c.status,
      channel: c.channel,
      sectorCode: c.sector,
      communeCode: c.commune,
      handlingOrgId: orgIds[c.org],
      vulnerable: groups.length > 0,
      priority: groups.length > 0 ? 1 : 0,
      amountVnd: c.amountVnd ?? null,
      amountRecoveredVnd: c.recoveredVnd ?? null,
      outcome: c.outcome ?? null,
      lifecycle: c.ground ? { refusal: { ground: c.ground } } : {},
      submittedAt: instant(c.submitted),
      consultationAt: optional(c.consultation),
      negotiationAt: optional(c.negotiation),
      mediationAt: optional(c.mediation),
      closedAt: optional(c.closed),
      // As intake keeps them: sensitive groups encrypted apart, with a plain flag (party-groups.ts).
      consumer: groupColumns(groups),
    });
    ids[c.name] = created.id;
    for (const clock of c.clocks ?? []) {
      const started = instant(c.submitted);
      const due = new Date(started.getTime() + 5 * DAY_MS);
      // Met a day after it started; a breached one done a day late; the others closed at their due time.
      const closed = {
        pending: null,
        met: new Date(started.getTime() + DAY_MS),
        breached: new Date(due.getTime() + DAY_MS),
        cancelled: due,
        lapsed: due,
      }[clock.status];
      await dataSource.query(
        `INSERT INTO case_deadlines (case_id, kind, status, started_at, due_at, closed_at, breached_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [created.id, clock.kind, clock.status, started, due, closed, clock.status === 'breached' ? due : null],
      );
    }
  }
  return ids;
}
