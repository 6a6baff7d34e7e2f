import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { JobQueueService } from '@app/queue';
import { render, TemplateData, TemplateName } from './templates';

export interface MailRequest {
  to: string | null | undefined;
  language: 'vi' | 'en';
  template: TemplateName;
  data: Omit<TemplateData, 'link'> & { link?: string };
}

/**
 * Renders a case email and queues it for the worker to send. Called after the transaction that
 * caused it has committed. (The transactional outbox of the notifications issue replaces this.)
 */
@Injectable()
export class CaseMailer {
  private readonly logger = new Logger(CaseMailer.name);

  constructor(
    private readonly jobs: JobQueueService,
    private readonly config: AppConfig,
  ) {}

  consumerLink(trackingCode: string): string {
    return `${this.config.publicBaseUrl}/complaints/${trackingCode}`;
  }

  businessLink(token: string): string {
    return `${this.config.publicBaseUrl}/business/${token}`;
  }

  async send(request: MailRequest): Promise<void> {
    if (!request.to) return;
    const data = { ...request.data, link: request.data.link ?? this.consumerLink(request.data.trackingCode) };
    const rendered = render(request.template, request.language, data);
    try {
      await this.jobs.enqueue('mail.send', { to: request.to, subject: rendered.subject, text: rendered.text });
    } catch (error) {
      // The case change is committed; a lost email must not turn it into an error for the caller.
      this.logger.error({ template: request.template, error: (error as Error).message }, 'email not queued');
    }
  }
}
