/**
 * Runs the twinmargin CLI's `main()` in this process, capturing what it writes to stdout and
 * stderr and the exit code it returns, instead of spawning `node --import tsx` per case (which
 * costs about 2 s of module loading each). `main()` never calls process.exit: it returns the
 * code the binary would exit with, so the captured code is the real one.
 *
 * Runs are serialised (stdout/stderr are process-wide); `env` is applied for the run only.
 * Cases that need a separate process (two concurrent writers, a run that could hang) spawn one.
 */
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs the CLI as its own process (node --import tsx), from the repository root. */
export function cliSpawn(args: string[], timeoutMs = 120_000): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, ...args], { encoding: 'utf8', cwd: ROOT, timeout: timeoutMs });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

let queue: Promise<unknown> = Promise.resolve();

export function cliInProcess(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const run = queue.then(() => runOnce(args, env));
  queue = run.catch(() => undefined);
  return run;
}

async function runOnce(args: string[], env: Record<string, string>): Promise<Run> {
  let out = '';
  let err = '';
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  const capture = (append: (s: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const cb = rest.find(r => typeof r === 'function') as (() => void) | undefined;
      if (cb) cb();
      return true;
    }) as typeof process.stdout.write;
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  const exitCode = process.exitCode;
  process.stdout.write = capture(s => (out += s));
  process.stderr.write = capture(s => (err += s));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    process.exitCode = exitCode;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
