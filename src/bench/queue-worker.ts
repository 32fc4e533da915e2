/**
 * `twinmargin worker --queue redis://host:port`: takes benchmark queries from the BullMQ queue of
 * its own twinmargin version (queue.ts) and runs each on the local bench query pool (the same
 * worker threads, one-thread solver and deadlines as a local `twinmargin bench`), so a record is
 * the same whichever machine computed it. The main thread only talks to Redis, which keeps the
 * job locks renewed however long a query computes; a worker that dies (SIGKILL, power) stops
 * renewing them, and BullMQ's stalled-job check on the other workers puts its jobs back.
 *
 * Models come from Redis by SHA-256 (stored there by the coordinator), are checked against the
 * job's hash (a mismatch fails the job with a message naming both hashes) and cached on disk.
 * The worker needs only twinmargin itself: the input row travels in the job.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { KillablePool } from '../solver/pool.js';
import { TOOL, VERSION } from '../version.js';
import type { QueryOutcome, QueryTask } from './queries.js';
import type { QueryRecord } from './records.js';
import { describeRecord, queryHandlers, workerUrl } from './runner.js';
import { connectRedis, modelKey, type QueueJobData, queueName, sha256Hex, shownUrl, watchConnection, wireSample } from './queue.js';

export interface QueueWorkerOptions {
  readonly url: string;
  readonly queueBase: string;
  /** Queries at a time, each on its own thread with a one-thread solver. */
  readonly concurrency: number;
  /** Where fetched models are cached (by SHA-256). */
  readonly cacheDir: string;
  /** A job whose worker stopped renewing its lock for this long is run again. */
  readonly stalledSec: number;
}

/** Models by SHA-256: from the disk cache when its bytes still match, else from Redis, checked. */
class ModelCache {
  private readonly paths = new Map<string, Promise<string>>();

  constructor(private readonly redis: Redis, private readonly dir: string, private readonly url: string, private readonly log: (line: string) => void) {}

  path(sha: string): Promise<string> {
    let p = this.paths.get(sha);
    if (!p) {
      p = this.fetch(sha);
      this.paths.set(sha, p);
      p.catch(() => this.paths.delete(sha));
    }
    return p;
  }

  private async fetch(sha: string): Promise<string> {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error(`job names a model by ${JSON.stringify(sha)}, not a SHA-256`);
    const file = join(this.dir, `${sha}.onnx`);
    if (existsSync(file) && sha256Hex(readFileSync(file)) === sha) return file;
    const t = performance.now();
    const bytes = await this.redis.getBuffer(modelKey(sha));
    if (!bytes) throw new Error(`model ${sha} is not in Redis at ${shownUrl(this.url)} (the coordinator stores it when it starts: restart it)`);
    const got = sha256Hex(bytes);
    if (got !== sha) throw new Error(`model bytes in Redis at ${shownUrl(this.url)} for sha256 ${sha} have sha256 ${got}: refusing them (restart the coordinator to store the model again)`);
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    this.log(`fetched model ${sha.slice(0, 16)} (${bytes.length} bytes) from Redis in ${Math.round(performance.now() - t)} ms`);
    return file;
  }
}

/** Runs until SIGINT or SIGTERM: the first lets the running queries finish, a second exits at once (they run again elsewhere). */
export async function runQueueWorker(o: QueueWorkerOptions, log: (line: string) => void): Promise<void> {
  const redis = await connectRedis(o.url);
  const lost = watchConnection(redis, o.url, log);
  const name = queueName(o.queueBase);
  const me = `${hostname()}:${process.pid}`;
  const models = new ModelCache(redis, o.cacheDir, o.url, log);
  const pool = new KillablePool<QueryTask, QueryOutcome, never>(workerUrl(), o.concurrency);
  const worker = new Worker<QueueJobData, QueryRecord>(
    name,
    async job => {
      const { key, task: w } = job.data;
      log(`started ${key} (job ${job.id}, attempt ${job.attemptsMade + 1})`);
      if (w.identity.tool !== TOOL || w.identity.version !== VERSION) {
        throw new UnrecoverableError(`job of ${w.identity.tool} ${w.identity.version} on the queue of ${TOOL} ${VERSION}`);
      }
      const [n1Path, n2Path] = await Promise.all([models.path(w.n1), models.path(w.n2)]);
      const task: QueryTask = { identity: w.identity, n1Path, n2Path, sample: wireSample(w), pairCount: w.pairCount, classes: w.classes };
      const { result } = await pool.run(task, queryHandlers(task));
      if (!result.ok) throw new Error(result.message);
      log(`finished ${key}: ${describeRecord(result.record)}`);
      return result.record;
    },
    {
      connection: redis,
      concurrency: o.concurrency,
      name: me,
      autorun: false,
      lockDuration: o.stalledSec * 1000,
      stalledInterval: Math.max(1000, o.stalledSec * 500),
      maxStalledCount: 2,
    },
  );
  worker.on('error', lost);
  worker.on('failed', (job, err) => log(`failed ${job?.data.key ?? '?'} (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`));

  let signals = 0;
  const stopped = new Promise<void>(resolve => {
    const onSignal = (sig: string): void => {
      signals++;
      if (signals === 1) {
        log(`${sig}: finishing the running queries (again to stop now; they then run again elsewhere)`);
        void worker.close().then(resolve);
      } else {
        // Now: the running jobs' locks lapse and other workers run them again.
        process.exit(130);
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  log(`worker ${me}: ${o.concurrency} query slot(s) on queue ${name} at ${shownUrl(o.url)}; models cached in ${o.cacheDir}`);
  const running = worker.run();
  await stopped;
  await running.catch(() => undefined);
  await pool.close();
  await redis.quit().catch(() => undefined);
  log(`worker ${me}: stopped`);
}
