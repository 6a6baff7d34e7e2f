import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { ForbiddenException, HttpException, INestApplication, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { JobQueueService, QUEUE_NAMES } from '@app/queue';
import { bearerToken, cookieToken, staffFromToken } from '../common/auth/staff-token';
import { onlyRetryAndClean } from './queue-board-writes';

/** Outside the api prefix: the board is a page for a browser, not part of the versioned api. */
export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * The BullMQ dashboard for administrators: every queue of the catalogue, read-only but for retry and clean.
 * Mount after helmet, so that the board's own content security policy replaces the global one.
 */
export function mountQueueBoard(app: INestApplication): void {
  const jobs = app.get(JobQueueService);
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(jobs.queue(name), { readOnlyMode: false })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Queues — consumer complaints' } },
  });
  app.use(
    QUEUE_BOARD_PATH,
    adminsOnly(app.get(JwtService), app.get(DataSource)),
    noStoreExceptStatics,
    onlyRetryAndClean,
    boardContentSecurityPolicy,
    serverAdapter.getRouter(),
  );
}

// The board's UI loads its bundled scripts and styles from its own path, sets inline styles,
// and pulls its fonts from Google Fonts; nothing else may load.
const boardContentSecurityPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
    'font-src': ["'self'", 'data:', 'https://fonts.gstatic.com'],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  },
});

// Job data holds personal data (e-mail addresses): no cache may keep the pages or the api answers.
const noStoreExceptStatics: RequestHandler = (req, res, next) => {
  if (!req.path.startsWith('/static/')) res.setHeader('Cache-Control', 'no-store');
  next();
};

/** 401 without a valid token of an active account (bearer header, or the cc_staff cookie), 403 unless an admin. */
function adminsOnly(jwt: JwtService, dataSource: DataSource): RequestHandler {
  const logger = new Logger('QueueBoard');
  const check = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const token = bearerToken(req.headers.authorization) ?? cookieToken(req.headers.cookie);
      const staff = await staffFromToken(jwt, dataSource, token);
      if (staff.role !== 'admin') throw new ForbiddenException('Only administrators may open the queue board');
    } catch (error) {
      if (error instanceof HttpException) {
        res.status(error.getStatus()).json(error.getResponse());
      } else {
        logger.error(`Queue board sign-in check failed: ${error instanceof Error ? error.message : 'unknown error'}`);
        res.status(500).json({ statusCode: 500, message: 'Internal server error' });
      }
      return;
    }
    next();
  };
  return (req, res, next) => void check(req, res, next);
}
