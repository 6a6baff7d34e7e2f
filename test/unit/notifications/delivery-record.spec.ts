import type { DataSource } from 'typeorm';
import type { SmtpMailer } from '@app/mail';
import { NotificationDeliveryService } from '../../../apps/worker/src/notifications/notification-delivery.service';
import { NotificationRows } from '../../../apps/worker/src/notifications/notification-rows';

// A message the SMTP server has taken is recorded as sent even if PostgreSQL is briefly away (a
// restart): the record is retried, not the job, which would send the message a second time
// (test/e2e/fault-services-restart.spec.ts shows it end to end).

const row = {
  id: '5f0c6a3e-2f3b-4c55-9d3a-0a8e7d1f2b11',
  status: 'queued',
  recipientEmail: 'lan.nguyen@example.vn',
  subject: 'Đã nhận khiếu nại',
  bodyText: 'Mã tra cứu …',
  bodyHtml: null,
  attachments: null,
  containsSecret: true,
};

/** The statements the service sends: its read gets the row, its updates are recorded (or fail first). */
function fakes(failingUpdates: number) {
  const updates: { sql: string; params: unknown[] }[] = [];
  let failuresLeft = failingUpdates;
  const query = jest.fn((sql: string, params: unknown[]) => {
    // The statements carry the named-prepared-statement marker comment before their verb.
    if (/^(\/\*.*?\*\/\s*)?SELECT\b/.test(sql)) return Promise.resolve([{ ...row }]);
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      const lost = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      return Promise.reject(lost);
    }
    updates.push({ sql, params });
    return Promise.resolve([]);
  });
  const mailer = { send: jest.fn(() => Promise.resolve({ messageId: '<m1@example>' })) };
  const dataSource = { query } as unknown as DataSource;
  const service = new NotificationDeliveryService(
    dataSource,
    new NotificationRows(dataSource),
    mailer as unknown as SmtpMailer,
  );
  return { service, mailer, updates };
}

describe('recording a sent notification', () => {
  it('retries the record when PostgreSQL fails right after the send, and sends once', async () => {
    const { service, mailer, updates } = fakes(2);
    await expect(service.deliver(row.id, false)).resolves.toEqual({ status: 'sent', messageId: '<m1@example>' });
    expect(mailer.send).toHaveBeenCalledTimes(1);
    expect(updates).toHaveLength(1);
    expect(updates[0].sql).toContain("status = 'sent'");
    expect(updates[0].params).toEqual([[row.id], ['<m1@example>']]);
  });

  it('records a refused send as a failed attempt, not as sent', async () => {
    const { service, mailer, updates } = fakes(0);
    mailer.send.mockRejectedValueOnce(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    await expect(service.deliver(row.id, false)).rejects.toThrow('refused');
    expect(updates).toHaveLength(1);
    expect(updates[0].sql).not.toContain("status = 'sent'");
    // Not the last attempt: the row stays queued for the retry.
    expect(updates[0].params).toEqual([row.id, 'ECONNREFUSED', false]);
  });
});
