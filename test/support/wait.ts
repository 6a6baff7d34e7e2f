/**
 * How long a test waits for something that should happen "soon" (a worker's email, a clock firing,
 * a process's output) before it gives up. Generous on purpose: CI machines on shared CPUs can be
 * several times slower than a developer's, and a test that waits on the event itself costs nothing
 * more on a fast machine. It is still below the e2e tier's jest timeout (test/support/timeouts).
 */
export const PATIENCE_MS = 60_000;

type Falsy = undefined | null | false | 0 | '';

export interface WaitOptions {
  /** Give up after this long (PATIENCE_MS by default). */
  timeoutMs?: number;
  /** Check again after this long. */
  intervalMs?: number;
  /** What was seen instead, for the error when it times out. */
  describe?: () => unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Calls `check` until it returns a truthy value, and returns that value. An error thrown by `check`
 * ends the wait at once (e.g. the process being waited on has died). On giving up it throws
 * `timed out after N ms waiting for <what>`, with what `describe` reports having seen instead.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | Falsy | Promise<T | Falsy>,
  { timeoutMs = PATIENCE_MS, intervalMs = 50, describe }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() >= deadline) break;
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
  let seen = '';
  if (describe) {
    try {
      seen = `; saw instead: ${text(await describe())}`;
    } catch (error) {
      seen = `; and could not tell what was seen instead: ${(error as Error).message}`;
    }
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`);
}

/**
 * Reads a value until `done` accepts it, and returns it; on giving up the error shows the last
 * value read (as JSON).
 */
export async function readUntil<T>(
  what: string,
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  options: Omit<WaitOptions, 'describe'> = {},
): Promise<T> {
  let last: { value: T } | undefined;
  const found = await waitFor(
    what,
    async () => {
      last = { value: await read() };
      return done(last.value) && last;
    },
    { ...options, describe: () => (last ? last.value : 'nothing read') },
  );
  return found.value;
}
