import { randomUUID } from 'node:crypto';
import { Stack, startStack } from '../support/stack';

// No worker runs here, so the outbox keeps exactly the rows this file writes.
describe('GET /health/ready reports the outbox backlog', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const write = (status: string, nextAttempt: string) =>
    stack.dataSource.query(
      `INSERT INTO notifications (message_key, recipient_kind, recipient_email, language, template, subject,
         body_text, status, next_attempt_at)
       VALUES ($1, 'consumer', 'nguoi@example.vn', 'vi', 'message', 'Thư', 'Nội dung', $2, now() + $3::interval)`,
      [randomUUID(), status, nextAttempt],
    );

  it('counts nothing when the outbox is empty', async () => {
    const res = await stack.http.get('/health/ready').expect(200);
    expect(res.body.details.outbox).toEqual({ status: 'up', queued: 0, due: 0, oldestDueSeconds: 0 });
  });

  it('counts queued and due emails and how long the oldest due one has waited, and stays ready', async () => {
    await write('queued', '-10 minutes'); // due for 10 minutes: nobody is sending
    await write('queued', '-5 seconds');
    await write('queued', '+2 minutes'); // a retry not yet due
    await write('sent', '-1 hour'); // sent and failed emails are not backlog
    await write('failed', '-1 hour');

    const res = await stack.http.get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    const { outbox } = res.body.details;
    expect(outbox).toMatchObject({ status: 'up', queued: 3, due: 2 });
    expect(outbox.oldestDueSeconds).toBeGreaterThanOrEqual(600);
    expect(outbox.oldestDueSeconds).toBeLessThan(600 + 120);
  });
});
