import type { RequestHandler } from 'express';

// What an administrator may change from the queue board: retry failed jobs and clean finished ones,
// for one job or a whole status. Pausing, emptying, adding, editing or promoting jobs would change
// when legal notices go out, so the board does not do it (issue 12 item 9).
const ALLOWED_WRITES = [
  /^\/api\/queues\/[^/]+\/(retry|clean)\/[a-z]+$/,
  /^\/api\/queues\/[^/]+\/[^/]+\/(retry|clean)$/,
];

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** 403 for every change the board offers except retry and clean. */
export const onlyRetryAndClean: RequestHandler = (req, res, next) => {
  if (READS.has(req.method) || ALLOWED_WRITES.some((route) => route.test(req.path))) {
    next();
    return;
  }
  res.status(403).json({ statusCode: 403, message: 'The queue board only retries and cleans jobs' });
};
