/**
 * `twinmargin bench --queue` and `twinmargin worker` against a real redis-server on 127.0.0.1
 * (test/helpers/redis.ts), on a tiny suite written here (the smoke suite's two twin pairs, one of
 * them generated, with relaxation methods whose results do not depend on timing):
 *   - two worker processes give the same records as the local run (timing fields aside);
 *   - a worker SIGKILLed mid-query: its job runs again on the other worker, each key once;
 *   - the coordinator SIGKILLed and restarted: it records what finished meanwhile, re-runs nothing;
 *   - a corrupted model in Redis: the worker refuses it, the queries become `failed` records
 *     with the error, and a rerun (which stores the model again) completes them;
 *   - Redis restarted mid-study: coordinator and worker reconnect and the study completes;
 *   - Redis unreachable: one line naming the URL, exit 2.
 * Waits are bounded, and fail with what was awaited; nothing asserts a duration.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { Redis } from 'ioredis';
import type { FailedRecord, QueryRecord } from '../src/bench/records.js';
import { freePort, redisServerInstalled, type RedisServer, startRedis } from './helpers/redis.js';

const ROOT = new URL('..', import.meta.url).pathname;
const EMB = join(ROOT, 'benchmarks', 'embedded', 'ecg-mitbih260');
/** Bounded waits: generous, since the machine may be shared and slow. */
const WAIT_MS = 300_000;

const dir = mkdtempSync(join(tmpdir(), 'twinmargin-queue-'));
const MANIFEST = join(dir, 'tiny.json');
writeFileSync(MANIFEST, JSON.stringify({
  suite: 'tinyqueue',
  description: 'the smoke pairs, one row each, relaxations only (results independent of timing)',
  defaults: {
    data: join(EMB, 'mitbih260_beats_subset.csv'),
    labelColumn: 'last', scale: 1, domain: null, rows: [0], eps: [0.0002], methods: ['interval', 'crown'],
    timeLimitSec: 20, attack: '1x5', implication: 'sound',
  },
  entries: [
    { name: 'file', scheme: 'quantized', n1: join(EMB, 'ecg_mitbih260_cnn_fp32.onnx'), n2: join(EMB, 'ecg_mitbih260_cnn_int8w.onnx') },
    { name: 'twin', scheme: 'quantized', n2: { from: join(EMB, 'ecg_mitbih260_cnn_fp32.onnx'), twin: { quantize: { kind: 'int8', granularity: 'channel' } } }, rows: [100] },
  ],
}));
const QUERIES = 4;
const TWIN_KEYS = ['twin|row=100|eps=0.0002|interval', 'twin|row=100|eps=0.0002|crown'];

class Proc {
  readonly child: ChildProcess;
  out = '';
  private readonly done: Promise<number | null>;

  constructor(readonly label: string, args: string[]) {
    this.child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', d => (this.out += d.toString()));
    this.child.stderr?.on('data', d => (this.out += d.toString()));
    this.done = new Promise(resolve => this.child.once('exit', code => resolve(code)));
  }

  /** Resolves when the output matches; rejects after WAIT_MS or when the process exits first. */
  async waitFor(re: RegExp, what: string): Promise<RegExpMatchArray> {
    let m: RegExpMatchArray | null = null;
    await this.waitUntil(() => (m = re.exec(this.out)) !== null, what);
    if (!m) throw new Error(`${this.label}: ${what}: no match`);
    return m;
  }

  async waitUntil(ok: () => boolean, what: string): Promise<void> {
    const start = Date.now();
    for (;;) {
      if (ok()) return;
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`${this.label} exited (${this.child.exitCode ?? this.child.signalCode}) before ${what}; its output:\n${this.out}`);
      if (Date.now() - start > WAIT_MS) throw new Error(`${this.label}: no ${what} within ${WAIT_MS / 1000} s; its output:\n${this.out}`);
      await new Promise(r => setTimeout(r, 100));
    }
  }

  async exit(): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), WAIT_MS);
    const code = await this.done;
    clearTimeout(timer);
    return code;
  }

  /** Stops a worker (SIGTERM, then SIGKILL if it hangs) and waits for it. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await this.done;
    clearTimeout(timer);
  }
}

function records(path: string): (QueryRecord | FailedRecord)[] {
  return readFileSync(path, 'utf8').split('\n').filter(l => l !== '').map(l => JSON.parse(l) as { kind: string }).filter((r): r is QueryRecord | FailedRecord => r.kind === 'query' || r.kind === 'failed');
}
const queries = (path: string): QueryRecord[] => records(path).filter((r): r is QueryRecord => r.kind === 'query');

/** A record without its timing fields, for comparing runs. */
function timeless(r: QueryRecord): unknown {
  const { seconds: _s, finishedAt: _f, pairs, ...rest } = r;
  return { ...rest, pairs: pairs.map(({ seconds: _p, ...p }) => p) };
}
const byKey = (rs: QueryRecord[]): Map<string, unknown> => new Map(rs.map(r => [r.key, timeless(r)]));

const worker = (server: RedisServer, name: string, queue: string, extra: string[] = []): Proc =>
  new Proc(`worker ${name}`, ['worker', '--queue', server.url, '--queue-name', queue, '--cache', join(dir, `cache-${queue}-${name}`), ...extra]);
const coordinator = (server: RedisServer, queue: string, out: string, extra: string[] = []): Proc =>
  new Proc(`coordinator ${queue}`, ['bench', MANIFEST, '--queue', server.url, '--queue-name', queue, '--out', out, '--no-summary', ...extra]);

function startedCount(p: Proc, key: string): number {
  return p.out.split('\n').filter(l => l.startsWith(`started ${key} `)).length;
}

/** Query records: one per key, all of the suite's. */
function checkComplete(tt: Test, out: string): QueryRecord[] {
  const rs = queries(out);
  tt.equal(rs.length, QUERIES, `${QUERIES} query records in ${out}`);
  tt.equal(new Set(rs.map(r => r.key)).size, rs.length, 'no key recorded twice');
  return rs;
}

async function jobsLeft(server: RedisServer, queue: string): Promise<number> {
  const r = new Redis(server.url);
  try {
    const keys = await r.keys(`bull:${queue}-*:*`);
    const jobs = keys.filter(k => /:[0-9a-f]{40}$/.test(k));
    return jobs.length;
  } finally {
    r.disconnect();
  }
}

// Many Node processes (coordinators, workers) on 2 shared cores: more than tap's 600 s per file
// may be needed under load; the waits inside are bounded on their own.
t.setTimeout(25 * 60_000);

const haveRedis = redisServerInstalled();
if (!haveRedis && process.env.CI) throw new Error('redis-server is not installed: .ci/run must apt-get install redis-server');

t.test('queue runs against a real redis-server', { skip: haveRedis ? false : 'redis-server not installed (apt-get install redis-server); .ci/run installs it' }, async t => {
  const server = await startRedis();
  t.teardown(() => server.stop());

  // The local run first: the reference records (its generated twin lands in dir/twins, shared by every run below).
  const local = new Proc('local bench', ['bench', MANIFEST, '--out', join(dir, 'local.jsonl'), '--no-summary']);
  t.equal(await local.exit(), 0, local.out);
  const reference = byKey(queries(join(dir, 'local.jsonl')));
  t.equal(reference.size, QUERIES);

  await t.test('two workers give the local records', async tt => {
    const out = join(dir, 'two.jsonl');
    const c = coordinator(server, 'two', out);
    const w = [worker(server, 'a', 'two'), worker(server, 'b', 'two')];
    try {
      tt.equal(await c.exit(), 0, c.out);
    } finally {
      await Promise.all(w.map(p => p.stop()));
    }
    tt.match(c.out, /stored 3 model\(s\)/, 'the three distinct models stored once each');
    const got = byKey(checkComplete(tt, out));
    for (const [key, rec] of reference) tt.same(got.get(key), rec, `${key}: same record as the local run`);
    tt.equal(await jobsLeft(server, 'two'), 0, 'no job left in Redis');
  });

  await t.test('a worker SIGKILLed mid-query: its job runs again elsewhere, recorded once', async tt => {
    const out = join(dir, 'kill-worker.jsonl');
    const c = coordinator(server, 'kw', out);
    await c.waitFor(/enqueued \d+ queries/, 'enqueue line');
    const a = worker(server, 'a', 'kw', ['--stalled-sec', '4']);
    const m = await a.waitFor(/^started (\S+) \(job/m, 'first started job');
    a.child.kill('SIGKILL');
    await a.exit();
    const killedKey = m[1];
    tt.notMatch(a.out, new RegExp(`^finished ${killedKey.replace(/[|.]/g, '\\$&')}:`, 'm'), 'the killed worker had not finished its query');
    const b = worker(server, 'b', 'kw', ['--stalled-sec', '4']);
    try {
      tt.equal(await c.exit(), 0, c.out);
    } finally {
      await b.stop();
    }
    tt.equal(startedCount(b, killedKey), 1, `the other worker ran ${killedKey} again`);
    const got = byKey(checkComplete(tt, out));
    tt.same(got.get(killedKey), reference.get(killedKey), 'the re-run gives the local record');
  });

  await t.test('the coordinator killed and restarted: resumes, re-runs nothing', async tt => {
    const out = join(dir, 'kill-coord.jsonl');
    const c1 = coordinator(server, 'kc', out);
    const w = worker(server, 'a', 'kc');
    try {
      await c1.waitFor(/^\[1\/4\]/m, 'first record');
      c1.child.kill('SIGKILL');
      await c1.exit();
      const before = queries(out).length;
      tt.ok(before >= 1, `${before} record(s) written before the kill`);
      // Let the worker finish one more job while no coordinator runs (when there is one left).
      if (before < QUERIES - 1) await w.waitUntil(() => w.out.split('\n').filter(l => l.startsWith('finished ')).length > before, `${before + 1} finished queries`);
      const c2 = coordinator(server, 'kc', out);
      tt.equal(await c2.exit(), 0, c2.out);
      tt.match(c2.out, new RegExp(`${before} already in`), 'the restart resumes what the first run recorded');
    } finally {
      await w.stop();
    }
    const rs = checkComplete(tt, out);
    for (const r of rs) tt.equal(startedCount(w, r.key), 1, `${r.key} ran once`);
    tt.equal(await jobsLeft(server, 'kc'), 0, 'no job left in Redis');
  });

  await t.test('a corrupted model in Redis: refused, recorded as failed; a rerun completes', async tt => {
    const out = join(dir, 'poison.jsonl');
    const c = coordinator(server, 'po', out, ['--attempts', '2']);
    await c.waitFor(/enqueued \d+ queries/, 'enqueue line');
    const twinFile = readdirSync(join(dir, 'twins')).find(f => f.endsWith('.onnx'));
    if (!twinFile) throw new Error(`no generated twin in ${join(dir, 'twins')}`);
    const sha = createHash('sha256').update(readFileSync(join(dir, 'twins', twinFile))).digest('hex');
    const r = new Redis(server.url);
    tt.equal(await r.exists(`twinmargin:model:${sha}`), 1, 'the twin is stored under its SHA-256');
    await r.set(`twinmargin:model:${sha}`, Buffer.from('not an onnx model'));
    r.disconnect();
    const w = worker(server, 'a', 'po');
    try {
      tt.equal(await c.exit(), 1, `exit 1 when queries failed: ${c.out}`);
      const failed = records(out).filter((x): x is FailedRecord => x.kind === 'failed');
      tt.same(failed.map(f => f.key).sort(), [...TWIN_KEYS].sort(), 'the twin entry\'s queries are recorded as failed');
      for (const f of failed) {
        tt.match(f.error, new RegExp(`for sha256 ${sha} have sha256 [0-9a-f]{64}: refusing them`), 'the error names both hashes');
        tt.equal(f.attempts, 2, 'after 2 attempts');
      }
      tt.equal(queries(out).length, QUERIES - TWIN_KEYS.length, 'the other queries are recorded');
      tt.match(w.out, /refusing them/, 'the worker says why');
      const c2 = coordinator(server, 'po', out, ['--attempts', '2']);
      tt.equal(await c2.exit(), 0, c2.out);
      tt.match(c2.out, /2 queries run, 2 resumed, 0 failed/, 'the rerun runs just the failed ones');
    } finally {
      await w.stop();
    }
    const got = byKey(checkComplete(tt, out));
    for (const k of TWIN_KEYS) tt.same(got.get(k), reference.get(k), `${k}: the local record after the rerun`);
  });

  await t.test('Redis restarted mid-study: coordinator and worker reconnect', async tt => {
    const out = join(dir, 'restart.jsonl');
    const c = coordinator(server, 'rr', out);
    const w = worker(server, 'a', 'rr');
    try {
      await c.waitFor(/^\[1\/4\]/m, 'first record');
      await server.restart();
      tt.equal(await c.exit(), 0, c.out);
    } finally {
      await w.stop();
    }
    const rs = checkComplete(tt, out);
    const got = byKey(rs);
    for (const [key, rec] of reference) tt.same(got.get(key), rec, `${key}: same record as the local run`);
    tt.match(c.out, /lost Redis at redis:\/\/127\.0\.0\.1:\d+ .*\n(.*\n)*reconnected to Redis/, 'the coordinator saw the restart and reconnected');
  });
});

t.test('Redis unreachable: one line naming the URL, exit 2', async tt => {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  for (const args of [['bench', MANIFEST, '--queue', url, '--out', join(dir, 'unreachable.jsonl')], ['worker', '--queue', url]]) {
    const p = new Proc(args[0], args);
    tt.equal(await p.exit(), 2, `${args[0]}: exit 2`);
    const lines = p.out.trim().split('\n');
    tt.equal(lines.length, 1, `${args[0]}: one line: ${p.out}`);
    tt.match(lines[0], new RegExp(`^twinmargin: error: redis://127\\.0\\.0\\.1:${port}: cannot reach Redis`));
  }
  tt.notOk(existsSync(join(dir, 'unreachable.jsonl')), 'no results file is made');
  const bad = new Proc('bench', ['bench', MANIFEST, '--queue', 'http://127.0.0.1:1']);
  tt.equal(await bad.exit(), 2);
  tt.match(bad.out, /--queue http:\/\/127\.0\.0\.1:1: expected a redis:\/\/ or rediss:\/\/ URL/);
});
