import { Injectable } from '@nestjs/common';
import { MailMessage, SmtpMailer } from '@app/mail';
import { JobHandler, JobHandlerContract, JobResult } from '@app/queue';

/** Sends one rendered message. A failure throws, and BullMQ retries with the queue's backoff. */
@Injectable()
@JobHandler('mail.send')
export class MailSendHandler implements JobHandlerContract<'mail.send'> {
  constructor(private readonly mailer: SmtpMailer) {}

  async handle(message: MailMessage): Promise<JobResult> {
    const { messageId } = await this.mailer.send(message);
    return { status: 'done', detail: { messageId } };
  }
}
