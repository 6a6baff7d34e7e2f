import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWebRoute, NOT_WEB, WEB_FILES } from './web-routes';

/**
 * The app's own policy: scripts and styles only from this origin (no inline script or style), the
 * api on the same origin, pictures previewed from the browser's memory (`blob:`) before upload.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const YEAR_S = 365 * 24 * 3600;

/**
 * Serves the built web app (`WEB_DIR`) on the api's origin: hashed assets cached for a year, the
 * HTML never cached, every page path answered with the app's HTML (200 for the contract's pages,
 * 404 for any other path outside the api). Without a build it serves nothing and says so once.
 */
export function mountWebApp(app: INestApplication, webDir: string): void {
  const indexFile = join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').warn(`no web app at ${webDir}: run \`npm run build\` to serve it at /`);
    return;
  }
  const html = readFileSync(indexFile);
  const webHeaders = (res: Response) => {
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
  };
  app.use(
    '/assets',
    express.static(join(webDir, 'assets'), {
      immutable: true,
      maxAge: YEAR_S * 1000,
      index: false,
      fallthrough: false,
      setHeaders: (res) => webHeaders(res),
    }),
  );
  for (const file of WEB_FILES) {
    app.use(file, (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      webHeaders(res);
      res.sendFile(join(webDir, file), { maxAge: 24 * 3600 * 1000 });
    });
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_WEB.test(req.path)) return next();
    webHeaders(res);
    // The page may show an access key or a link token taken from the URL's fragment: never cache it.
    res.setHeader('Cache-Control', 'no-store');
    res
      .status(isWebRoute(req.path) ? 200 : 404)
      .type('html')
      .send(html);
  });
}
