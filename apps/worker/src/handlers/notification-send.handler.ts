import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { JobHandler, JobHandlerContract, JobPayloads, JobResult } from '@app/queue';
import { isPermanent, NotificationDeliveryService } from '../notifications/notification-delivery.service';

/** Sends one notification; a failure throws and BullMQ retries with the backoff of the retry policy. */
@Injectable()
@JobHandler('notification.send')
export class NotificationSendHandler implements JobHandlerContract<'notification.send'> {
  constructor(private readonly delivery: NotificationDeliveryService) {}

  async handle({ notificationId }: JobPayloads['notification.send'], job: Job): Promise<JobResult> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const outcome = await this.delivery.deliver(notificationId, lastAttempt);
      if (outcome.status === 'skipped') return { status: 'skipped', reason: outcome.reason };
      return { status: 'done', detail: { messageId: outcome.messageId } };
    } catch (error) {
      if (isPermanent(error))
        throw new UnrecoverableError(
          `permanent SMTP refusal ${String((error as { responseCode?: number }).responseCode)}`,
        );
      throw error;
    }
  }
}
