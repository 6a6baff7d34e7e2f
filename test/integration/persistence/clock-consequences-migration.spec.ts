import { DataSource } from 'typeorm';
import { ClockConsequences1796000000500 } from '@app/persistence/migrations/1796000000500-ClockConsequences';
import { createCase } from '../../support/case-factory';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

// Issue 15: the old rule breached clocks that are no one's duty; the migration repairs those rows.

interface ClockRow {
  kind: string;
  status: string;
  breached_at: Date | null;
  escalation_level: number;
  closed_at: Date | null;
  next_action_at: Date | null;
}

describe(ClockConsequences1796000000500.name, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await db.dataSource();
  });
  afterAll(() => db.drop());

  const DUE = new Date('2026-03-31T17:00:00Z');
  const COURT_DUE = new Date('2026-09-21T17:00:00Z');

  async function clock(caseId: string, kind: string, status: string, patch: Partial<ClockRow> = {}): Promise<void> {
    const row = { breached_at: null, escalation_level: 0, closed_at: null, next_action_at: null, ...patch };
    await dataSource.query(
      `INSERT INTO case_deadlines (case_id, kind, status, started_at, due_at, breached_at, escalation_level,
                                   closed_at, next_action_at)
       VALUES ($1, $2, $3, '2026-03-20T02:00:00Z', $4, $5, $6, $7, $8)`,
      [
        caseId,
        kind,
        status,
        kind === 'court_recognition' ? COURT_DUE : DUE,
        row.breached_at,
        row.escalation_level,
        row.closed_at,
        row.next_action_at,
      ],
    );
  }

  const clocksOf = (caseId: string) =>
    dataSource.query<ClockRow[]>(
      `SELECT kind, status, breached_at, escalation_level, closed_at, next_action_at FROM case_deadlines
        WHERE case_id = $1 ORDER BY kind`,
      [caseId],
    );
  const caseOf = async (id: string) =>
    (
      await dataSource.query<{ overdue_since: Date | null; next_due_at: Date | null }[]>(
        `SELECT overdue_since, next_due_at FROM cases WHERE id = $1`,
        [id],
      )
    )[0];

  it('Law 19 Arts 65.2, 66 + CPC Art 418.1: a breached performance date waits, lapsed; a breached court-recognition period ends; the case is no longer overdue nor due', async () => {
    const settled = await createCase(dataSource, { status: 'resolved', overdueSince: DUE, nextDueAt: DUE });
    await clock(settled.id, 'settlement_performance', 'breached', { breached_at: DUE, escalation_level: 1 });
    await clock(settled.id, 'court_recognition', 'breached', { breached_at: COURT_DUE, escalation_level: 1 });
    await clock(settled.id, 'mediation_conclusion', 'met', { closed_at: DUE });
    // The consumer said "not performed" here: the business missed the record's date, closed.
    const answered = await createCase(dataSource, { status: 'resolved' });
    await clock(answered.id, 'settlement_performance', 'breached', {
      breached_at: DUE,
      escalation_level: 1,
      closed_at: DUE,
    });
    await clock(answered.id, 'court_recognition', 'pending', { next_action_at: COURT_DUE });
    // A business that missed Art 57.2 is late indeed.
    const late = await createCase(dataSource, { status: 'negotiation', overdueSince: DUE, nextDueAt: DUE });
    await clock(late.id, 'business_negotiation', 'breached', { breached_at: DUE, escalation_level: 1 });

    const runner = dataSource.createQueryRunner();
    try {
      await new ClockConsequences1796000000500().up(runner);
    } finally {
      await runner.release();
    }

    expect(await clocksOf(settled.id)).toEqual([
      {
        kind: 'court_recognition',
        status: 'lapsed',
        breached_at: null,
        escalation_level: 0,
        closed_at: COURT_DUE,
        next_action_at: null,
      },
      {
        kind: 'mediation_conclusion',
        status: 'met',
        breached_at: null,
        escalation_level: 0,
        closed_at: DUE,
        next_action_at: null,
      },
      {
        kind: 'settlement_performance',
        status: 'lapsed',
        breached_at: null,
        escalation_level: 0,
        closed_at: null,
        next_action_at: null,
      },
    ]);
    expect(await caseOf(settled.id)).toEqual({ overdue_since: null, next_due_at: null });
    expect(await clocksOf(answered.id)).toEqual([
      expect.objectContaining({ kind: 'court_recognition', status: 'pending' }),
      expect.objectContaining({ kind: 'settlement_performance', status: 'breached', closed_at: DUE }),
    ]);
    expect(await caseOf(answered.id)).toEqual({ overdue_since: null, next_due_at: null });
    expect(await clocksOf(late.id)).toEqual([
      expect.objectContaining({ kind: 'business_negotiation', status: 'breached' }),
    ]);
    expect(await caseOf(late.id)).toEqual({ overdue_since: DUE, next_due_at: DUE });
  });
});
