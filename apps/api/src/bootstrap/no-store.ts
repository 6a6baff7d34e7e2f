import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Answers of the api carry personal data more often than not (cases, parties, records): no cache
 * keeps them unless a route says otherwise (public figures set their own Cache-Control, which
 * replaces this one when the handler answers).
 */
export function noStoreByDefault(app: INestApplication, prefix: string): void {
  app.use(`/${prefix}`, (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
}
