/**
 * A real redis-server for the queue tests: on a free loopback port (127.0.0.1 only), with its
 * files in a temporary folder (append-only file fsynced on every write, so a restart keeps the
 * queue), stopped by the test. `.ci/run` installs Debian's redis-server.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  /** Stops the server (SIGTERM) and starts it again on the same port and folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** A loopback port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Sends PING; true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const s = new Socket();
    let got = '';
    const done = (ok: boolean): void => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1000, () => done(false));
    s.on('error', () => done(false));
    s.on('data', d => {
      got += d.toString();
      if (got.includes('\r\n')) done(got.startsWith('+PONG'));
    });
    s.connect(port, '127.0.0.1', () => s.write('PING\r\n'));
  });
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

function exited(p: ChildProcess): Promise<void> {
  return p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise(r => p.once('exit', () => r()));
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'twinmargin-redis-'));
  let proc: ChildProcess;
  let log = '';
  const launch = async (): Promise<void> => {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--logfile', join(dir, 'redis.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout?.on('data', d => (log += d.toString()));
    proc.stderr?.on('data', d => (log += d.toString()));
    // Bounded wait for the server to answer (a slow, shared machine may take a few seconds).
    for (let k = 0; k < 150; k++) {
      if (await ping(port)) return;
      if (proc.exitCode !== null) break;
      await sleep(100);
    }
    proc.kill('SIGKILL');
    throw new Error(`redis-server on 127.0.0.1:${port} did not answer PING within 15 s: ${log.slice(0, 500)} (see ${join(dir, 'redis.log')})`);
  };
  const halt = async (): Promise<void> => {
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await exited(proc);
    clearTimeout(timer);
  };
  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    restart: async () => {
      await halt();
      await launch();
    },
    stop: halt,
  };
}
