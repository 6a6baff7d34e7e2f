import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { JobQueueService } from '@app/queue';
import { QueuedDto, TestMailDto } from './dto/test-mail.dto';

/** Lets an administrator check the whole mail path (api → queue → worker → SMTP) after installing. */
@Injectable()
export class MailCheckService {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly config: AppConfig,
  ) {}

  async sendTestMail({ to }: TestMailDto): Promise<QueuedDto> {
    const jobId = await this.jobs.enqueue('mail.send', {
      to,
      subject: 'Thư kiểm tra / Test message',
      text:
        `Hệ thống tiếp nhận khiếu nại người tiêu dùng gửi được thư điện tử.\n` +
        `The consumer complaint system can send email.\n\n${this.config.publicBaseUrl}\n`,
    });
    return { jobId };
  }
}
