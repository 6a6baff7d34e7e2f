import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
export const BUILT = {
  api: join(ROOT, 'dist/apps/api/src/main.js'),
  worker: join(ROOT, 'dist/apps/worker/src/main.js'),
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

/** Runs a built app with exactly the given environment (plus PATH) until it exits. */
export function runToExit(app: keyof typeof BUILT, env: Record<string, string>, timeoutMs = 30_000): Promise<Finished> {
  const started = Date.now();
  const child = spawnApp(app, env);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${app} did not exit within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: child.stdoutText, stderr: child.stderrText, elapsedMs: Date.now() - started });
    });
  });
}

export type AppProcess = ChildProcess & { stdoutText: string; stderrText: string };

export function spawnApp(app: keyof typeof BUILT, env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [BUILT[app]], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as AppProcess;
  child.stdoutText = '';
  child.stderrText = '';
  child.stdout?.on('data', (chunk: Buffer) => (child.stdoutText += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (child.stderrText += chunk.toString()));
  return child;
}

/** Waits until the process has printed `text` on stdout. */
export async function waitForOutput(child: AppProcess, text: string | RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const found = () => (typeof text === 'string' ? child.stdoutText.includes(text) : text.test(child.stdoutText));
  while (!found()) {
    if (child.exitCode !== null)
      throw new Error(`exited (${child.exitCode}) before printing ${text}: ${child.stderrText}`);
    if (Date.now() > deadline) throw new Error(`no ${text} within ${timeoutMs} ms; stderr: ${child.stderrText}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The exit code (null when a signal ended it), also for a process that has already ended. */
export function exited(child: ChildProcess): Promise<number | null> {
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
