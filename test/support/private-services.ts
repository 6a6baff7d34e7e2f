import { ChildProcess, execFile, spawn } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { closedPort } from './processes';
import { PATIENCE_MS, waitFor } from './wait';

// A PostgreSQL server and a Redis server of a test's own, for fault tests that stop and restart
// them: the shared servers (5432, 6379) serve every other test file running at the same time.

const run = promisify(execFile);
const PG_BIN = process.env.TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const PG_USER = 'postgres';

/** Runs a PostgreSQL program as the postgres user (initdb and pg_ctl refuse to run as root). */
async function asPostgres(program: string, args: string[]): Promise<string> {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot
    ? ['runuser', ['-u', PG_USER, '--', join(PG_BIN, program), ...args]]
    : [join(PG_BIN, program), args];
  try {
    const { stdout, stderr } = await run(file, argv, { timeout: PATIENCE_MS });
    return stdout + stderr;
  } catch (error) {
    const failed = error as Error & { stdout?: string; stderr?: string };
    throw new Error(
      `${program} ${args.join(' ')} failed: ${failed.message}\n${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    );
  }
}

export interface PrivatePostgres {
  port: number;
  /** The server's URL without a database, e.g. postgres://postgres@127.0.0.1:5499 */
  serverUrl: string;
  start: () => Promise<void>;
  /** A fast shutdown (open sessions are ended), as an operator's restart does. */
  stop: () => Promise<void>;
  /** Stops the server if it runs and removes its data directory. Safe to call more than once. */
  destroy: () => Promise<void>;
}

/** initdb into a fresh temporary directory (trust authentication, listening on 127.0.0.1 only). */
export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const port = await closedPort();
  const root = mkdtempSync(join(tmpdir(), 'cc-pg-'));
  const data = join(root, 'data');
  const socketDir = join(root, 'sock');
  // The directory is the postgres user's (initdb refuses a data directory it does not own).
  const owner = process.getuid?.() === 0 ? await postgresIds() : undefined;
  mkdirSync(socketDir);
  if (owner) for (const dir of [root, socketDir]) chownSync(dir, owner.uid, owner.gid);
  let running = false;
  const ctl = (...args: string[]) => asPostgres('pg_ctl', ['-D', data, ...args]);
  const server: PrivatePostgres = {
    port,
    serverUrl: `postgres://${PG_USER}@127.0.0.1:${port}`,
    start: async () => {
      await ctl(
        '-o',
        `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`,
        '-l',
        join(root, 'log'),
        '-w',
        'start',
      );
      running = true;
    },
    stop: async () => {
      await ctl('-m', 'fast', '-w', 'stop');
      running = false;
    },
    destroy: async () => {
      try {
        if (running) await server.stop();
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
  try {
    await asPostgres('initdb', [
      '-D',
      data,
      '-U',
      PG_USER,
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    await server.start();
  } catch (error) {
    await server.destroy();
    throw error;
  }
  return server;
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', PG_USER]), run('id', ['-g', PG_USER])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** Starts redis-server on the same port again (empty: it keeps nothing on disk). */
  start: () => Promise<void>;
  /** Kills the server (SIGKILL: everything in it is lost). */
  kill: () => Promise<void>;
}

/** A redis-server (from PATH) on a free port, keeping nothing on disk. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await closedPort();
  let child: ChildProcess | undefined;
  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const redis: PrivateRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      if (alive()) return;
      const started = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = started;
      let output = '';
      started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      let failure: Error | undefined;
      started.once('error', (error) => (failure = new Error(`redis-server could not be run: ${error.message}`)));
      await waitFor(
        `redis-server on port ${port} to accept connections`,
        () => {
          if (failure) throw failure;
          if (started.exitCode !== null) throw new Error(`redis-server exited (${started.exitCode}): ${output}`);
          return output.includes('Ready to accept connections');
        },
        { describe: () => output },
      );
    },
    kill: async () => {
      const current = child;
      if (!current || !alive()) return;
      const exited = new Promise((resolve) => current.once('exit', resolve));
      current.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}
