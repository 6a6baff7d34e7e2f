import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_DATA_KEYS } from './test-env';
import { PATIENCE_MS, waitFor } from './wait';

const ROOT = join(__dirname, '..', '..');
/** The build the process tests run: dist/ (npm run build), or another build's directory. */
const DIST = process.env.TEST_BUILT_DIR ?? join(ROOT, 'dist');
export const BUILT = {
  api: join(DIST, 'apps/api/src/main.js'),
  worker: join(DIST, 'apps/worker/src/main.js'),
};

export function assertBuilt(): void {
  for (const file of Object.values(BUILT)) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does it)`);
  }
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs a built app with exactly the given environment (plus PATH and, unless given, the tests' data key) until it exits. */
export function runToExit(
  app: keyof typeof BUILT,
  env: Record<string, string>,
  timeoutMs = PATIENCE_MS,
): Promise<Finished> {
  const started = Date.now();
  const child = spawnApp(app, env);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${app} to exit; stderr: ${child.stderrText}`));
    }, timeoutMs);
    // 'close', not 'exit': the output is complete only once stdout and stderr are drained.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: child.stdoutText, stderr: child.stderrText, elapsedMs: Date.now() - started });
    });
  });
}

export type AppProcess = ChildProcess & {
  stdoutText: string;
  stderrText: string;
  /** Settles with the exit code (null for a signal) once the process has ended and its output is read. */
  closed: Promise<number | null>;
};

export function spawnApp(app: keyof typeof BUILT, env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [BUILT[app]], {
    // The tests' data key unless the test sets its own: a process must read what the test process
    // (or another process of the test) encrypted.
    env: { PATH: process.env.PATH ?? '', DATA_ENCRYPTION_KEYS: TEST_DATA_KEYS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as AppProcess;
  child.stdoutText = '';
  child.stderrText = '';
  child.stdout?.on('data', (chunk: Buffer) => (child.stdoutText += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (child.stderrText += chunk.toString()));
  child.closed = new Promise((resolve) => child.once('close', (code: number | null) => resolve(code)));
  return child;
}

/** Waits until the process has printed `text` on stdout; fails at once if it ends without. */
export async function waitForOutput(child: AppProcess, text: string | RegExp, timeoutMs = PATIENCE_MS): Promise<void> {
  const printed = () => (typeof text === 'string' ? child.stdoutText.includes(text) : text.test(child.stdoutText));
  await waitFor(
    `${String(text)} on stdout`,
    async () => {
      if (printed()) return true;
      if (child.exitCode === null && child.signalCode === null) return false;
      await child.closed; // what it printed last may still be in the pipe
      if (printed()) return true;
      throw new Error(`exited (${child.exitCode ?? child.signalCode}) before printing ${text}: ${child.stderrText}`);
    },
    { timeoutMs, describe: () => `stderr: ${child.stderrText}` },
  );
}

/**
 * The exit code (null when a signal ended it), also for a process that has already ended. For an
 * AppProcess, once its output has been read to the end as well.
 */
export function exited(child: ChildProcess | AppProcess): Promise<number | null> {
  if ('closed' in child) return child.closed;
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.on('exit', resolve));
}

/** A port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts a built app and waits until it says it is ready ("api listening on", "worker started").
 * The process is added to `started` at once, so that a test's afterAll ends it even if it never got ready.
 */
export async function startApp(
  app: keyof typeof BUILT,
  env: Record<string, string>,
  started: AppProcess[],
): Promise<AppProcess> {
  const child = spawnApp(app, env);
  started.push(child);
  // Several processes loading Node and Nest at once on a busy machine took over a minute.
  await waitForOutput(child, app === 'api' ? 'api listening on' : 'worker started', 3 * PATIENCE_MS);
  return child;
}

/** Ends the processes still running (SIGTERM: a graceful stop) and waits until each has exited. */
export async function stopApps(children: readonly AppProcess[]): Promise<void> {
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill('SIGTERM');
  await Promise.all(running.map((child) => exited(child)));
}
