import { INestApplication, RequestMethod } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
  app.use(helmet({ contentSecurityPolicy: false }));
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
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
