import { INestApplication, RequestMethod } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Application } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { CaseActionErrorFilter } from '../common/errors/case-action-error.filter';
import { RejectNulPipe } from '../common/validation/reject-nul.pipe';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { ValidationExceptionFilter } from '../common/validation/validation-exception.filter';
import { AppConfig } from '@app/config';
import { mountWebApp } from '../web/mount-web-app';
import { noStoreByDefault } from './no-store';
import { mountQueueBoard } from './queue-board';

export const API_PREFIX = 'api/v1';

/** Everything main.ts sets on the app, shared with the end-to-end tests so that they test the same thing. */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  // The client address behind a reverse proxy (the abuse limits count per address): as configured.
  (app.getHttpAdapter().getInstance() as Application).set('trust proxy', app.get(AppConfig).trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy(app.get(AppConfig)) } }));
  mountQueueBoard(app);
  mountWebApp(app, app.get(AppConfig).webDir);
  noStoreByDefault(app, API_PREFIX);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(new RejectNulPipe(), createValidationPipe());
  app.useGlobalFilters(new ValidationExceptionFilter(), new CaseActionErrorFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Consumer complaints and mediation — Thái Nguyên')
      .setDescription(
        'Reception, consultation, negotiation with the business, mediation and resolution of consumer complaints ' +
          '(Law 19/2023/QH15; Plan 126/KH-UBND).',
      )
      .setVersion('1')
      .addBearerAuth()
      // The web app's session cookie (apps/api/src/auth): writes signed by it need X-CSRF-Token.
      .addCookieAuth('cc_staff', { type: 'apiKey', in: 'cookie', name: 'cc_staff' }, 'cc_staff')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * The web app and the api docs load scripts only from this origin; images also from the browser's
 * own blobs (evidence previews before upload); nothing may frame the pages. The queue board sets
 * its own (bootstrap/queue-board.ts).
 */
function contentSecurityPolicy(config: AppConfig): Record<string, string[] | null> {
  return {
    'img-src': ["'self'", 'data:', 'blob:'],
    'frame-ancestors': ["'none'"],
    // Behind TLS in production every request is https anyway; on http://localhost it would break the app.
    'upgrade-insecure-requests': config.env === 'production' ? [] : null,
  };
}
