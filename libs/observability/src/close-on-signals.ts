import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: stop taking new work, let what is in flight finish (app.close runs the
 * shutdown hooks: the HTTP server drains, queue workers wait for active jobs), then exit 0.
 */
export function closeOnSignals(app: INestApplicationContext, name: string): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`${name} received ${signal}, finishing work in flight\n`);
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`${name} did not shut down cleanly: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
