import { DataSource, type Logger } from 'typeorm';
import {
  CaseNotifier,
  CaseWorkflowService,
  ClockScheduler,
  ClockSettingsService,
  DeadlineFiringService,
} from '@app/cases';
import { dataSourceOptions } from '@app/persistence';
import { createCase, driveTo, login, Stack, startStack } from '../support/case-factory';

// Law 19/2023 Art 57.2: a business's negotiation clock found run out, with the department told at
// the breach (policy: 0 working days). Each statement is a round trip the worker pays for, on every
// one of the thousands of clocks that can fall due in one minute (bench/deadlines): the steps of a
// firing gather their events and emails and write each kind once, and read each recipient once.

/** A TypeORM logger that keeps what each statement is: its verb and its table. */
class StatementLog implements Logger {
  readonly kinds: string[] = [];

  logQuery(query: string): void {
    const sql = query.replace(/^\/\*[^*]*\*\/\s*/, '');
    const table = /\b(?:FROM|INTO|UPDATE)\s+"?(\w+)"?/i.exec(sql)?.[1];
    this.kinds.push(`${sql.split(/\s/)[0].toUpperCase()}${table ? ` ${table}` : ''}`);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

describe('a clock’s breach and its escalation, fired together', () => {
  let stack: Stack;
  let counted: DataSource;
  const statements = new StatementLog();

  beforeAll(async () => {
    stack = await startStack();
    counted = await new DataSource({ ...dataSourceOptions(stack.db.url), logger: statements }).initialize();
  });
  afterAll(async () => {
    await counted?.destroy();
    await stack?.stop();
  });

  it('write their events, texts and emails once each, and read each recipient once: 13 statements', async () => {
    const admin = await login(stack.http, 'admin@demo.test');
    const officer = await login(stack.http, 'officer@demo.test');
    await stack.http
      .put('/api/v1/admin/deadline-policies/business_negotiation')
      .set('Authorization', `Bearer ${admin}`)
      .send({ unit: 'working_days', amount: 7, reminderLeadWorkingDays: 2, departmentEscalationWorkingDays: 0 })
      .expect(200);
    const created = await createCase(stack.dataSource);
    await driveTo(stack.http, officer, created.id, 'negotiation');
    const [[clock]] = await stack.dataSource.query<[{ id: string }[], number]>(
      `UPDATE case_deadlines SET due_at = now() - interval '1 second', next_action_at = now() - interval '1 second',
              reminders_sent = 1
        WHERE case_id = $1 AND kind = 'business_negotiation' RETURNING id`,
      [created.id],
    );
    const firing = new DeadlineFiringService(
      counted,
      stack.api.get(ClockSettingsService),
      stack.api.get(CaseNotifier),
      stack.api.get(CaseWorkflowService),
      stack.api.get(ClockScheduler),
    );
    await stack.api.get(ClockSettingsService).current(); // the settings read before, not counted

    statements.kinds.length = 0;
    const { fired, next } = await firing.fire(clock.id);

    expect(fired).toEqual(['breach', 'escalate']);
    expect(next).toBeNull();
    expect(statements.kinds).toEqual([
      'START',
      'SELECT cases', // the case, locked; the clock's case found in a subquery
      'SELECT case_deadlines', // the clock, locked
      'UPDATE cases', // overdue since the due time
      'SELECT case_parties', // consumer and business, once for both steps
      'SELECT users', // the assigned advisor
      'SELECT users', // the unit's supervisors
      'SELECT users', // the department's heads
      'INSERT case_texts', // the legal basis of both events
      'INSERT case_events', // breach and escalation
      'INSERT notifications', // every email of both steps
      'UPDATE case_deadlines',
      'COMMIT',
    ]);

    // What was written is what the steps wrote one by one before (test/e2e/clock-firing.spec.ts).
    const events = await stack.dataSource.query<{ action: string; visibility: string }[]>(
      `SELECT action, visibility FROM case_events
        WHERE case_id = $1 AND action LIKE 'deadline_%' ORDER BY id`,
      [created.id],
    );
    expect(events).toEqual([
      { action: 'deadline_breached', visibility: 'public' },
      { action: 'deadline_escalated', visibility: 'internal' },
    ]);
    const notices = await stack.dataSource.query<{ recipient_email: string; template: string }[]>(
      `SELECT recipient_email, template FROM notifications WHERE message_key LIKE $1 ORDER BY template, recipient_email`,
      [`clock:${clock.id}:%`],
    );
    expect(notices.map((n) => [n.recipient_email, n.template])).toEqual([
      [created.consumerEmail, 'business_deadline_missed'],
      [created.businessEmail, 'deadline_breached_business'],
      ['officer@demo.test', 'deadline_breached_staff'],
      ['supervisor@demo.test', 'deadline_breached_staff'],
      ['supervisor@demo.test', 'deadline_escalated'],
    ]);
  });
});
