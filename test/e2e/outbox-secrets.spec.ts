import { SmtpMailer } from '@app/mail';
import { NOTIFICATION_ATTEMPTS } from '@app/queue';
import { NotificationDeliveryService } from '../../apps/worker/src/notifications/notification-delivery.service';
import { Claimed, NotificationRows } from '../../apps/worker/src/notifications/notification-rows';
import { login, mailTo, Stack, startStack } from '../support/case-factory';
import { businessTokenIn, complaintBody, LifecycleClient } from '../support/lifecycle-client';
import { closedPort } from '../support/processes';
import { testConfig } from '../support/test-env';
import { readUntil } from '../support/wait';

// Issue 12 item 4: an email that carries an access key or a link token is marked so, and its body
// is cleared once it is sent and after a final failure too; a consumer who lost the key gets a new
// one by tracking code + email (the old one stops working), and a stranger learns nothing.

jest.setTimeout(120_000);

interface Row {
  template: string;
  status: string;
  contains_secret: boolean;
  body_text: string | null;
  body_html: string | null;
}

describe('secrets leave the outbox', () => {
  let stack: Stack;
  let client: LifecycleClient;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    client = new LifecycleClient(stack.http, 'e2e-demo-password');
  });
  afterAll(() => stack?.stop());

  const rowsOf = (caseId: string) =>
    stack.dataSource.query<Row[]>(
      `SELECT template, status, contains_secret, body_text, body_html FROM notifications WHERE case_id = $1`,
      [caseId],
    );

  it('the business link email is marked as secret and its body is gone once sent, like the acknowledgement', async () => {
    const filed = await client.file(
      complaintBody({ consumer: { ...(complaintBody().consumer as object), email: 'secret.one@example.vn' } }),
    );
    const officer = await login(stack.http, 'officer@demo.test');
    await client.staffAct(officer, filed.id, 'accept');
    await client.staffAct(officer, filed.id, 'forward_to_business', { basis: 'business_silent' });
    const mail = await mailTo(stack.smtp, 'cskh@dienmay.example.vn', (m) => businessTokenIn(m.text) !== undefined);
    expect(businessTokenIn(mail.text)).toBeDefined();

    const rows = await readUntil(
      'the acknowledgement and the business email to be sent',
      () => rowsOf(filed.id),
      (all) =>
        ['complaint_received', 'forwarded_to_business'].every((t) =>
          all.some((r) => r.template === t && r.status === 'sent'),
        ),
    );
    for (const template of ['complaint_received', 'forwarded_to_business']) {
      const row = rows.find((r) => r.template === template);
      expect(row).toMatchObject({ contains_secret: true, body_text: null, body_html: null });
    }
    // An email without a secret keeps its body (staff may read what was sent).
    const accepted = rows.find((r) => r.template === 'case_accepted');
    expect(accepted).toMatchObject({ contains_secret: false });
    expect(accepted?.body_text).toContain(filed.trackingCode);
  });

  it('a message that finally fails is not kept with its secret either', async () => {
    const filed = await client.file(
      complaintBody({ consumer: { ...(complaintBody().consumer as object), email: 'secret.two@example.vn' } }),
    );
    // Let the worker send the acknowledgement, then put a fresh secret email in the outbox, not due
    // for an hour so that the running worker leaves it to the delivery below.
    await mailTo(stack.smtp, 'secret.two@example.vn');
    const [queued] = await stack.dataSource.query<Claimed[]>(
      `INSERT INTO notifications (message_key, case_id, recipient_kind, recipient_email, language, template, subject,
         body_text, body_html, contains_secret, next_attempt_at)
       VALUES ($1, $2, 'consumer', 'secret.two@example.vn', 'vi', 'access_key_reissued', 's', 'key: abc', '<p>abc</p>', true,
         now() + interval '1 hour')
       RETURNING id, recipient_email AS "recipientEmail", subject, body_text AS "bodyText", body_html AS "bodyHtml",
         attachments, contains_secret AS "containsSecret", attempts`,
      [`test:${filed.id}:final-failure`, filed.id],
    );
    // A real SMTP client against a port where nothing listens: the last attempt fails.
    const mailer = new SmtpMailer(testConfig({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` }));
    const delivery = new NotificationDeliveryService(new NotificationRows(stack.dataSource), mailer);
    try {
      // Its first attempt, as the drain would claim it.
      await expect(delivery.deliver({ ...queued, attempts: 1 })).resolves.toMatchObject({
        status: 'failed',
        final: false,
      });
      const [retrying] = await stack.dataSource.query<Row[]>(
        `SELECT status, body_text FROM notifications WHERE id = $1`,
        [queued.id],
      );
      expect(retrying).toMatchObject({ status: 'queued', body_text: 'key: abc' });
      // Its last attempt.
      await expect(delivery.deliver({ ...queued, attempts: NOTIFICATION_ATTEMPTS })).resolves.toMatchObject({
        status: 'failed',
        final: true,
      });
      const [failed] = await stack.dataSource.query<Row[]>(
        `SELECT status, body_text, body_html FROM notifications WHERE id = $1`,
        [queued.id],
      );
      expect(failed).toEqual({ status: 'failed', body_text: null, body_html: null });
    } finally {
      mailer.onApplicationShutdown();
    }
  });

  describe('a lost access key', () => {
    it('is replaced by a new one emailed to the address the complaint was filed with; the old one stops working', async () => {
      const filed = await client.file(
        complaintBody({ consumer: { ...(complaintBody().consumer as object), email: 'lost.key@example.vn' } }),
      );
      await mailTo(stack.smtp, 'lost.key@example.vn');
      const before = stack.smtp.messages.length;

      await stack.http
        .post('/api/v1/complaints/key-recovery')
        .send({ trackingCode: filed.trackingCode.toLowerCase(), email: ' LOST.KEY@example.vn ' })
        .expect(202, { status: 'accepted' });
      const mail = await mailTo(stack.smtp, 'lost.key@example.vn', (m) => (m.text ?? '').includes('Mã truy cập mới'));
      const newKey = /Mã truy cập mới \(giữ bí mật\): (\S+)/.exec(mail.text ?? '')?.[1];
      expect(newKey).toBeDefined();
      expect(newKey).not.toBe(filed.accessKey);
      expect(mail.text).toContain(`/complaints/${filed.trackingCode}#key=`);
      expect(stack.smtp.messages.length).toBe(before + 1);

      await stack.http.get(`/api/v1/complaints/${filed.trackingCode}`).set('X-Access-Key', filed.accessKey).expect(404);
      await client.consumerView(filed.trackingCode, newKey as string);
      const rows = await readUntil(
        'the new key email to be sent',
        () => rowsOf(filed.id),
        (all) => all.some((r) => r.template === 'access_key_reissued' && r.status === 'sent'),
      );
      expect(rows.find((r) => r.template === 'access_key_reissued')).toMatchObject({
        contains_secret: true,
        body_text: null,
      });
    });

    it('answers a wrong address or an unknown code the same, sends nothing and changes nothing', async () => {
      const filed = await client.file(
        complaintBody({ consumer: { ...(complaintBody().consumer as object), email: 'keeps.key@example.vn' } }),
      );
      await mailTo(stack.smtp, 'keeps.key@example.vn');
      const before = await stack.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notifications`);
      const wrongEmail = await stack.http
        .post('/api/v1/complaints/key-recovery')
        .send({ trackingCode: filed.trackingCode, email: 'someone.else@example.vn' })
        .expect(202);
      const unknownCode = await stack.http
        .post('/api/v1/complaints/key-recovery')
        .send({ trackingCode: 'TN-2026-999999', email: 'keeps.key@example.vn' })
        .expect(202);
      expect(wrongEmail.body).toEqual(unknownCode.body);
      const after = await stack.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notifications`);
      expect(after[0].n).toBe(before[0].n);
      await client.consumerView(filed.trackingCode, filed.accessKey);
    });

    it('refuses malformed input with field messages in the caller’s language', async () => {
      const vi = await stack.http
        .post('/api/v1/complaints/key-recovery')
        .send({ trackingCode: 'abc', email: 'not-an-email' })
        .expect(400);
      expect(vi.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'trackingCode']);
      const en = await stack.http
        .post('/api/v1/complaints/key-recovery')
        .set('Accept-Language', 'en')
        .send({ trackingCode: 'TN-2026-000001' })
        .expect(400);
      expect(en.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
      expect(JSON.stringify(vi.body)).not.toEqual(JSON.stringify(en.body));
    });
  });
});
