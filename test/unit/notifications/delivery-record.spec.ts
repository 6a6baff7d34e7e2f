import type { SmtpMailer } from '@app/mail';
import { NOTIFICATION_ATTEMPTS, notificationBackoffMs } from '@app/queue';
import {
  ABANDONED,
  NotificationDeliveryService,
} from '../../../apps/worker/src/notifications/notification-delivery.service';
import type {
  Claimed,
  FailedAttempt,
  NotificationRows,
} from '../../../apps/worker/src/notifications/notification-rows';

// A message the SMTP server has taken is recorded as sent even if PostgreSQL is briefly away (a
// restart): the record is retried, not the send, which would mail the message a second time
// (test/e2e/fault-services-restart.spec.ts shows it end to end). A refused send is recorded as an
// attempt with the backoff of the retry policy, or given up on the last attempt.

const row: Claimed = {
  id: '5f0c6a3e-2f3b-4c55-9d3a-0a8e7d1f2b11',
  recipientEmail: 'lan.nguyen@example.vn',
  subject: 'Đã nhận khiếu nại',
  bodyText: 'Mã tra cứu …',
  bodyHtml: null,
  attachments: null,
  containsSecret: true,
  attempts: 1,
};

/** The outbox's records: the sent-record fails `failingRecords` times first (PostgreSQL away). */
function fakes(failingRecords: number) {
  const sent: [string, string][] = [];
  const failed: FailedAttempt[] = [];
  let failuresLeft = failingRecords;
  const rows = {
    recordSent: jest.fn((id: string, messageId: string) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        return Promise.reject(Object.assign(new Error('terminating connection'), { code: '57P01' }));
      }
      sent.push([id, messageId]);
      return Promise.resolve();
    }),
    recordFailed: jest.fn((attempt: FailedAttempt) => {
      failed.push(attempt);
      return Promise.resolve();
    }),
  };
  const mailer = { send: jest.fn(() => Promise.resolve({ messageId: '<m1@example>' })) };
  const service = new NotificationDeliveryService(rows as unknown as NotificationRows, mailer as unknown as SmtpMailer);
  return { service, mailer, sent, failed };
}

describe('recording a notification’s send', () => {
  it('retries the record when PostgreSQL fails right after the send, and sends once', async () => {
    const { service, mailer, sent, failed } = fakes(2);
    await expect(service.deliver(row)).resolves.toEqual({ status: 'sent', messageId: '<m1@example>' });
    expect(mailer.send).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([[row.id, '<m1@example>']]);
    expect(failed).toEqual([]);
  });

  it('records a refused send as an attempt tried again after the backoff, not as sent', async () => {
    const { service, mailer, sent, failed } = fakes(0);
    mailer.send.mockRejectedValueOnce(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    await expect(service.deliver({ ...row, attempts: 3 })).resolves.toEqual({
      status: 'failed',
      error: 'ECONNREFUSED',
      final: false,
    });
    expect(sent).toEqual([]);
    // The third failure waits 2 s × 2² = 8 s, as BullMQ's exponential backoff did for the jobs.
    expect(failed).toEqual([{ id: row.id, error: 'ECONNREFUSED', retryInMs: 8_000, final: false }]);
    expect(notificationBackoffMs(3)).toBe(8_000);
  });

  it('gives up on the last attempt, and at once on a permanent refusal (5xx)', async () => {
    const { service, mailer, failed } = fakes(0);
    mailer.send.mockRejectedValueOnce(Object.assign(new Error('down'), { code: 'ESOCKET' }));
    await service.deliver({ ...row, attempts: NOTIFICATION_ATTEMPTS });
    mailer.send.mockRejectedValueOnce(Object.assign(new Error('no such user'), { responseCode: 550 }));
    await service.deliver({ ...row, attempts: 1 });
    expect(failed.map((f) => [f.error, f.final])).toEqual([
      ['ESOCKET', true],
      ['Error 550', true],
    ]);
  });

  it('does not send a row whose worker died on its last attempt (claimed once more than the attempts allowed)', async () => {
    const { service, mailer, failed } = fakes(0);
    await expect(service.deliver({ ...row, attempts: NOTIFICATION_ATTEMPTS + 1 })).resolves.toMatchObject({
      status: 'failed',
      final: true,
    });
    expect(mailer.send).not.toHaveBeenCalled();
    expect(failed.map((f) => f.error)).toEqual([ABANDONED]);
  });
});
