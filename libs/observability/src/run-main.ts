import { ConfigError } from '@app/config';
import { StartupError } from './startup-checks';

/**
 * Runs an entrypoint. Configuration and start-up failures print one readable message (no stack
 * trace) and exit non-zero; anything else is a bug and prints its stack.
 */
export function runMain(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof StartupError) {
      process.stderr.write(`${name} cannot start. ${error.message}\n`);
    } else {
      process.stderr.write(
        `${name} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exit(1);
  });
}
