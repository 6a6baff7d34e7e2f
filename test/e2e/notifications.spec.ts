import { complaintBody } from '../support/lifecycle-client';
import { act, login, Stack, startStack } from '../support/case-factory';
import { readUntil } from '../support/wait';

// Notifications: written with the change that causes them (outbox), sent by the worker, listed
// for staff; an access key is not kept once delivered.

interface Row {
  id: string;
  status: string;
  attempts: number;
  body_text: string | null;
  body_html: string | null;
  contains_secret: boolean;
  message_id: string | null;
  template: string;
}

describe('notifications', () => {
  let stack: Stack;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    officer = await login(stack.http, 'officer@demo.test');
  });
  afterAll(() => stack?.stop());

  const rowsOf = (caseId: string) =>
    stack.dataSource.query<Row[]>(
      `SELECT id, status, attempts, body_text, body_html, contains_secret, message_id, template
         FROM notifications WHERE case_id = $1 ORDER BY created_at`,
      [caseId],
    );

  const waitSent = (caseId: string, count: number): Promise<Row[]> =>
    readUntil(
      `${count} notification(s) of the case sent`,
      () => rowsOf(caseId),
      (rows) => rows.length >= count && rows.every((r) => r.status === 'sent'),
    );

  it('the acknowledgement is written with the complaint, sent in HTML and text, and its access key is not kept', async () => {
    const email = `outbox-${Date.now()}@example.vn`;
    const filed = await stack.http
      .post('/api/v1/complaints')
      .send(complaintBody({ consumer: { ...(complaintBody().consumer as object), email } }))
      .expect(201);
    const [row] = await waitSent(filed.body.id as string, 1);
    expect(row).toMatchObject({ template: 'complaint_received', attempts: 1, contains_secret: true });
    expect(row.message_id).toBeTruthy();
    expect(row.body_text).toBeNull(); // the access key was in it
    expect(row.body_html).toBeNull();
    const mail = stack.smtp.messages.find((m) => m.headers.get('x-message-key') === row.id);
    expect(mail?.subject).toContain(filed.body.trackingCode);
    expect(mail?.text).toContain(filed.body.accessKey);
    expect(mail?.text).toContain(`/complaints/${filed.body.trackingCode}`);
    expect(mail?.html).toContain(filed.body.trackingCode);
    // One Message-ID per notification, the same on a resend, and the one recorded.
    expect(row.message_id).toMatch(new RegExp(`^<${row.id}@[a-z0-9.-]+>$`));
    expect(mail?.messageId).toBe(row.message_id);
  });

  it('a case change and its email are one transaction: a refused action writes neither', async () => {
    const filed = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
    const id = filed.body.id as string;
    await waitSent(id, 1);
    // request_info without a question is refused (422): no event, no email.
    const refused = await act(stack.http, officer, id, 'request_info', {});
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await rowsOf(id)).toHaveLength(1);
    const asked = await act(stack.http, officer, id, 'request_info', { question: 'Xin gửi hóa đơn <b>mua hàng</b>.' });
    expect(asked.status).toBe(200);
    const rows = await waitSent(id, 2);
    expect(rows.map((r) => r.template)).toEqual(['complaint_received', 'info_requested']);
    expect(rows[1].body_html).toContain('&lt;b&gt;mua hàng&lt;/b&gt;'); // the question is escaped
    expect(rows[1].body_text).toContain('Xin gửi hóa đơn');
  });

  it('staff see the emails of a case with the recipient masked, status and attempts', async () => {
    const filed = await stack.http.post('/api/v1/complaints').send(complaintBody()).expect(201);
    await waitSent(filed.body.id as string, 1);
    const admin = await login(stack.http, 'admin@demo.test');
    const res = await stack.http
      .get(`/api/v1/cases/${filed.body.id}/notifications`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        recipientKind: 'consumer',
        recipient: 'l***@example.vn',
        template: 'complaint_received',
        status: 'sent',
        attempts: 1,
      }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain('lan.nguyen');
    await stack.http.get(`/api/v1/cases/${filed.body.id}/notifications`).expect(401);
  });

  it('GET /me/notifications lists only the caller’s, pages newest first, and marks them read', async () => {
    const supervisor = await login(stack.http, 'supervisor@demo.test');
    const [{ id: me }] = await stack.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE email = 'supervisor@demo.test'`,
    );
    await stack.dataSource.query(
      `INSERT INTO notifications (message_key, recipient_kind, recipient_user_id, recipient_email, language, template, subject, body_text, created_at)
       SELECT 'me-test-' || g, 'staff', $1, 'supervisor@demo.test', 'vi', 'deadline_breached_staff', 'Quá hạn ' || g, 'x', now() - g * interval '1 minute'
         FROM generate_series(1, 5) g`,
      [me],
    );
    const auth = { Authorization: `Bearer ${supervisor}` };
    const first = await stack.http.get('/api/v1/me/notifications?limit=3').set(auth).expect(200);
    expect(first.body.items.map((n: { subject: string }) => n.subject)).toEqual([
      'Quá hạn 1',
      'Quá hạn 2',
      'Quá hạn 3',
    ]);
    expect(first.body.unread).toBe(5);
    const second = await stack.http
      .get(`/api/v1/me/notifications?limit=3&cursor=${first.body.nextCursor}`)
      .set(auth)
      .expect(200);
    expect(second.body.items.map((n: { subject: string }) => n.subject)).toEqual(['Quá hạn 4', 'Quá hạn 5']);
    expect(second.body.nextCursor).toBeNull();

    await stack.http.post(`/api/v1/me/notifications/${first.body.items[0].id}/read`).set(auth).expect(204);
    const unread = await stack.http.get('/api/v1/me/notifications?unread=true').set(auth).expect(200);
    expect(unread.body.unread).toBe(4);
    expect(unread.body.items).toHaveLength(4);

    // Someone else's notification is not found; nor is a malformed id or cursor accepted.
    await stack.http
      .post(`/api/v1/me/notifications/${first.body.items[1].id}/read`)
      .set({ Authorization: `Bearer ${officer}` })
      .expect(404);
    await stack.http.post('/api/v1/me/notifications/not-a-uuid/read').set(auth).expect(404);
    for (const [query, field] of [
      ['limit=500', 'limit'],
      ['cursor=zzz', 'cursor'],
    ]) {
      const bad = await stack.http.get(`/api/v1/me/notifications?${query}`).set(auth).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const officerList = await stack.http
      .get('/api/v1/me/notifications')
      .set({ Authorization: `Bearer ${officer}` })
      .expect(200);
    expect(officerList.body.items.some((n: { subject: string }) => n.subject.startsWith('Quá hạn '))).toBe(false);
  });
});
