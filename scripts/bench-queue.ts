/**
 * Benchmark of distributed studies (not a test): one suite (default smoke) run locally with 1 and
 * 2 query threads, and through `bench --queue` with 1 and 2 `twinmargin worker` processes of
 * one query slot each, on a redis-server this script starts on a free loopback port
 * (test/helpers/redis.ts) and stops. Per run: wall-clock seconds, and whether its records equal
 * the local one-thread run's (timing fields aside; a difference is reported with whether a
 * solver time limit was involved, the only way two runs can differ).
 * Then the model store: every ONNX model in ../shared/data/models and benchmarks/embedded stored
 * in Redis by SHA-256 and fetched back (checked), as the coordinator and the workers do: MB and ms.
 * Writes benchmarks/results/queue-<stamp>.json with machine info and the load average.
 * `--relaxations`: instead of a suite, the smoke suite's two pairs on the 5 beats of `npm start`
 * with interval and CROWN only (20 queries whose results do not depend on timing, so that the
 * records must match on a loaded machine too).
 * Usage: node --import tsx scripts/bench-queue.ts [suite] [--models-only | --relaxations] [--models DIR (default ../shared/data/models)]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueryRecord } from '../src/bench/records.js';
import { connectRedis, modelKey, sha256Hex } from '../src/bench/queue.js';
import { startRedis } from '../test/helpers/redis.js';
import { writeResults } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const modelsOnly = args.includes('--models-only');
const relaxations = args.includes('--relaxations');
const modelsAt = args.indexOf('--models');
const modelsDir = modelsAt >= 0 ? args[modelsAt + 1] : `${ROOT}../shared/data/models`;
const suite = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--models') ?? 'smoke';
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-bench-queue-'));

function run(args: string[]): { done: Promise<number | null>; kill: () => void; out: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', d => (out += d.toString()));
  child.stderr.on('data', d => (out += d.toString()));
  return { done: new Promise(r => child.once('exit', c => r(c))), kill: () => child.kill('SIGTERM'), out: () => out };
}

function timeless(r: QueryRecord): string {
  const { seconds: _s, finishedAt: _f, pairs, ...rest } = r;
  return JSON.stringify({ ...rest, pairs: pairs.map(({ seconds: _p, ...p }) => p) });
}

function records(path: string): Map<string, QueryRecord> {
  const rs = readFileSync(path, 'utf8').split('\n').filter(l => l).map(l => JSON.parse(l) as QueryRecord).filter(r => r.kind === 'query');
  return new Map(rs.map(r => [r.key, r]));
}

/** A record some solve of which the time limit (or the deadline kill) cut short, in either of its ends or the implication. */
function timeLimited(r: QueryRecord): boolean {
  const cut = (outcome: string, status: string): boolean => outcome === 'timeLimit' || outcome === 'error' || status === 'bounded';
  return r.pairs.some(p => cut(p.minOutcome, p.minStatus) || cut(p.maxOutcome, p.maxStatus)) || r.implication?.exact === 'unknown';
}

function onnxFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap(f => {
    const p = join(root, f);
    return statSync(p).isDirectory() ? onnxFiles(p) : f.endsWith('.onnx') ? [p] : [];
  });
}

/** Stores every model in Redis (as the coordinator) and fetches each back, checked (as a worker). */
async function modelStore(url: string): Promise<Record<string, unknown>> {
  const files = [...onnxFiles(modelsDir), ...onnxFiles(`${ROOT}benchmarks/embedded`)];
  const redis = await connectRedis(url);
  try {
    const blobs = files.map(f => readFileSync(f));
    const shas = blobs.map(b => sha256Hex(b));
    const t0 = performance.now();
    for (let k = 0; k < blobs.length; k++) await redis.set(modelKey(shas[k]), blobs[k]);
    const storeMs = performance.now() - t0;
    const t1 = performance.now();
    for (const sha of shas) {
      const got = await redis.getBuffer(modelKey(sha));
      if (!got || sha256Hex(got) !== sha) throw new Error(`model ${sha} did not come back intact`);
    }
    const fetchMs = performance.now() - t1;
    const mb = blobs.reduce((a, b) => a + b.length, 0) / 1e6;
    return { models: files.length, megabytes: Math.round(mb * 100) / 100, storeMs: Math.round(storeMs), fetchAndCheckMs: Math.round(fetchMs), largestMB: Math.round(Math.max(...blobs.map(b => b.length)) / 1e4) / 100 };
  } finally {
    await redis.quit();
  }
}

/** The smoke suite with the 5 demo beats and relaxation methods only, written to the temporary folder. */
function relaxationSuite(): string {
  const smoke = JSON.parse(readFileSync(`${ROOT}benchmarks/suites/smoke.json`, 'utf8')) as { suite: string; description: string; defaults: Record<string, unknown>; entries: Record<string, unknown>[] };
  const manifest = {
    suite: 'smoke-relaxations',
    description: `${smoke.description} Rows 0, 100, 200, 300, 317; interval and CROWN only.`,
    defaults: { ...smoke.defaults, data: `${ROOT}${String(smoke.defaults.data)}`, rows: [0, 100, 200, 300, 317], methods: ['interval', 'crown'] },
    entries: smoke.entries.map(e => {
      const { rows: _r, ...rest } = e;
      const abs = (v: unknown): unknown => (typeof v === 'string' ? `${ROOT}${v}` : v);
      const n2 = rest.n2 && typeof rest.n2 === 'object' ? { ...(rest.n2 as Record<string, unknown>), from: abs((rest.n2 as Record<string, unknown>).from) } : abs(rest.n2);
      return { ...rest, ...(rest.n1 ? { n1: abs(rest.n1) } : {}), n2 };
    }),
  };
  const path = join(dir, 'smoke-relaxations.json');
  writeFileSync(path, JSON.stringify(manifest, null, 1));
  return path;
}

async function main(): Promise<void> {
  const target = relaxations ? relaxationSuite() : suite;
  const server = await startRedis();
  const runs: Record<string, unknown>[] = [];
  let reference: Map<string, QueryRecord> | null = null;
  let models: Record<string, unknown> = {};
  try {
    models = await modelStore(server.url);
    process.stdout.write(`model store: ${JSON.stringify(models)}\n`);
    const plan: { name: string; workers: number; queue: boolean }[] = [
      { name: 'local-1', workers: 1, queue: false },
      { name: 'local-2', workers: 2, queue: false },
      { name: 'queue-1', workers: 1, queue: true },
      { name: 'queue-2', workers: 2, queue: true },
    ];
    for (const p of modelsOnly ? [] : plan) {
      const out = join(dir, `${p.name}.jsonl`);
      const load = loadavg()[0];
      const t0 = performance.now();
      const workers = p.queue ? Array.from({ length: p.workers }, (_, k) => run(['worker', '--queue', server.url, '--queue-name', p.name, '--cache', join(dir, `cache-${p.name}-${k}`)])) : [];
      const bench = run(['bench', target, '--out', out, '--no-summary', ...(p.queue ? ['--queue', server.url, '--queue-name', p.name] : ['--workers', String(p.workers)])]);
      const code = await bench.done;
      const seconds = (performance.now() - t0) / 1000;
      for (const w of workers) w.kill();
      await Promise.all(workers.map(w => w.done));
      if (code !== 0) throw new Error(`${p.name}: bench exited ${code}:\n${bench.out()}`);
      const recs = records(out);
      reference ??= recs;
      const differing = [...reference.keys()].filter(k => {
        const r = recs.get(k);
        return !r || timeless(r) !== timeless(reference?.get(k) as QueryRecord);
      });
      const row = {
        run: p.name,
        mode: p.queue ? `bench --queue, ${p.workers} worker process(es) × 1 slot` : `local bench --workers ${p.workers}`,
        seconds: Math.round(seconds * 10) / 10,
        queries: recs.size,
        sameRecordsAsLocal1: differing.length === 0,
        differing: differing.map(k => ({ key: k, timeLimitedHere: timeLimited(recs.get(k) as QueryRecord), timeLimitedInLocal1: timeLimited(reference?.get(k) as QueryRecord) })),
        loadAverageAtStart: Math.round(load * 10) / 10,
        loadAverageAtEnd: Math.round(loadavg()[0] * 10) / 10,
      };
      runs.push(row);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
  } finally {
    await server.stop();
  }
  const path = writeResults('queue', { suite: modelsOnly ? null : relaxations ? 'smoke-relaxations (smoke pairs, rows 0,100,200,300,317, interval + crown)' : suite, runs, modelStore: models });
  process.stdout.write(`results in ${path}\n`);
}

await main();
