/**
 * `twinmargin bench SUITE --queue redis://host:port`: the coordinator of a study whose queries run
 * on `twinmargin worker` processes anywhere (BullMQ on Redis, see queue.ts).
 *
 * It prepares the suite and resumes the results file exactly as the local run does (planBench),
 * stores the models once in Redis by SHA-256, and enqueues every query still to do as one job
 * whose id is fixed by the study and the query (re-enqueueing an existing job is a no-op). It
 * is the only writer of the results file: it polls the queue's finished jobs, appends the record
 * of each job it is waiting for (one per query key: a job that somehow finished twice, or a
 * leftover of an earlier run of the same study, is written at most once), and then removes the
 * job from Redis. A job that failed on all its attempts becomes a `failed` record with its
 * error. Killed and restarted, it picks up the jobs that finished meanwhile, and re-enqueues
 * nothing that is recorded. Jobs that vanished (Redis restarted without persistence) are
 * enqueued again.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { TOOL, VERSION } from '../version.js';
import type { QueryTask } from './queries.js';
import { type FailedRecord, isQueryRecord, type QueryRecord } from './records.js';
import { type BenchOptions, type BenchStats, closingLine, describeRecord, finishReporter, planBench, taskKey } from './runner.js';
import { connectRedis, DEFAULT_QUEUE, jobId, modelKey, type QueueJobData, queueName, sha256Hex, shownUrl, toWire, watchConnection } from './queue.js';

export interface QueuedBenchOptions extends Omit<BenchOptions, 'workers'> {
  readonly url: string;
  /** Queue base name (the queue is `<base>-<version>`). */
  readonly queueBase: string;
  /** Attempts per job before it is recorded as failed. */
  readonly attempts: number;
}

const POLL_MS = 500;
const SWEEP_MS = 30_000;
const PAGE = 200;
const BULK = 500;

type BenchQueue = Queue<QueueJobData, QueryRecord>;

/** The study: this coordinator's results file on this host. */
function studyId(out: string): string {
  return sha256Hex(`${hostname()}\n${out}`).slice(0, 16);
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

export async function runQueuedBench(o: QueuedBenchOptions, log: (line: string) => void): Promise<BenchStats> {
  const t0 = performance.now();
  const redis = await connectRedis(o.url);
  const lost = watchConnection(redis, o.url, log);
  const plan = planBench(o, log);
  const { out, store, all, resumed, todo } = plan;
  const name = queueName(o.queueBase);
  const study = studyId(out);
  log(`bench ${plan.suiteName}: ${plan.prepared.length} entries, ${all.length} queries${resumed ? `, ${resumed} already in ${out}` : ''}; ${todo.length} to run on queue ${name} at ${shownUrl(o.url)} (study ${study}) → ${out}`);

  const queue: BenchQueue = new Queue<QueueJobData, QueryRecord>(name, { connection: redis });
  queue.on('error', lost);
  let ran = 0;
  let failed = 0;
  try {
    if (todo.length) {
      const models = await storeModels(redis, plan.prepared.filter(p => todo.some(q => q.identity.entry.name === p.entry.name)), log);
      /** The jobs still to record, by id; `known`: the ids of every query of the study, to clean up leftovers. */
      const pending = new Map<string, QueryTask>(todo.map(q => [jobId(study, taskKey(q), q.identity), q]));
      const known = new Set(all.map(q => jobId(study, taskKey(q), q.identity)));
      const report = finishReporter(todo.length, plan.suiteName, log);
      const dataOf = (q: QueryTask): QueueJobData => ({ study, key: taskKey(q), task: toWire(q, q.identity.n1.sha256, q.identity.n2.sha256) });

      /** Records every finished job we wait for, removes it (and leftovers of recorded queries). */
      const collect = async (): Promise<void> => {
        const finished: { state: 'completed' | 'failed'; job: Job<QueueJobData, QueryRecord> }[] = [];
        for (const state of ['completed', 'failed'] as const) {
          for (let start = 0; ; start += PAGE) {
            const page = await queue.getJobs([state], start, start + PAGE - 1, true);
            for (const job of page) if (job?.id !== undefined && known.has(job.id)) finished.push({ state, job });
            if (page.length < PAGE) break;
          }
        }
        for (const { state, job } of finished) {
          const id = job.id ?? '';
          const q = pending.get(id);
          if (q) {
            const record: unknown = job.returnvalue;
            if (state === 'completed' && isRecordOf(record, q)) {
              store.append(record);
              ran++;
              report.finished(`${describeRecord(record)}${job.processedBy ? ` [${job.processedBy}]` : ''}`, true);
            } else {
              const error = state === 'failed' ? job.failedReason || 'failed without a reason' : 'the worker returned no record of this query';
              store.append(failedRecord(q, error, job.attemptsMade));
              failed++;
              report.finished(`${q.identity.entry.name} row ${q.identity.row} ε=${q.identity.eps} ${q.identity.method}: FAILED after ${job.attemptsMade} attempt(s) (${error}); recorded as failed, a rerun retries it`, false);
            }
            pending.delete(id);
          }
          await job.remove();
        }
      };

      /** Enqueues the pending queries whose job does not exist (a no-op for those that do). */
      const enqueue = async (tasks: readonly QueryTask[]): Promise<void> => {
        for (let k = 0; k < tasks.length; k += BULK) {
          await queue.addBulk(tasks.slice(k, k + BULK).map(q => ({
            name: taskKey(q),
            data: dataOf(q),
            opts: { jobId: jobId(study, taskKey(q), q.identity), attempts: o.attempts, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: false, removeOnFail: false },
          })));
        }
      };

      try {
        // Jobs that finished while no coordinator was running are recorded first.
        await collect();
        await enqueue([...pending.values()]);
        const workers = await queue.getWorkersCount();
        log(`enqueued ${pending.size} queries (jobs already queued are kept); ${workers} worker(s) on ${name}${workers ? '' : `: start \`twinmargin worker --queue ${shownUrl(o.url)}${o.queueBase === DEFAULT_QUEUE ? '' : ` --queue-name ${o.queueBase}`}\` on each machine`}`);
        let lastSweep = performance.now();
        while (pending.size) {
          await sleep(POLL_MS);
          await collect();
          if (pending.size && performance.now() - lastSweep > SWEEP_MS) {
            lastSweep = performance.now();
            const vanished: QueryTask[] = [];
            for (const [id, q] of pending) if ((await queue.getJobState(id)) === 'unknown') vanished.push(q);
            if (vanished.length) {
              log(`${vanished.length} job(s) are gone from Redis (restarted without persistence?); storing the models and enqueuing them again`);
              await storeModels(redis, plan.prepared.filter(p => vanished.some(q => q.identity.entry.name === p.entry.name)), log, models);
              await enqueue(vanished);
            }
          }
        }
      } finally {
        report.stop();
      }
    }
  } finally {
    store.close();
    await queue.close();
    await redis.quit().catch(() => undefined);
  }
  const seconds = (performance.now() - t0) / 1000;
  log(closingLine(plan, ran, failed, seconds));
  return { out, queries: all.length, resumed, ran, failed, skippedEntries: [...plan.skipped], seconds };
}

/** A record the worker returned for exactly this query (key and the models and settings it claims). */
function isRecordOf(r: unknown, q: QueryTask): r is QueryRecord {
  if (!r || typeof r !== 'object' || Array.isArray(r) || !isQueryRecord(r as Record<string, unknown>)) return false;
  const rec = r as QueryRecord;
  const id = q.identity;
  return rec.key === taskKey(q) && rec.n1.sha256 === id.n1.sha256 && rec.n2.sha256 === id.n2.sha256 && rec.config === id.config && rec.version === id.version;
}

function failedRecord(q: QueryTask, error: string, attempts: number): FailedRecord {
  const id = q.identity;
  return { kind: 'failed', key: taskKey(q), suite: id.suite, entry: id.entry.name, row: id.row, eps: id.eps, method: id.method, tool: TOOL, version: VERSION, error, attempts, failedAt: new Date().toISOString() };
}

/**
 * Stores each model of these entries in Redis under its SHA-256 (overwriting: a restarted
 * coordinator repairs a damaged copy). The bytes are checked against the SHA-256 the loader
 * recorded. Returns (and fills) a cache of models already stored by this run, to skip on a
 * later call only when their key still exists.
 */
async function storeModels(redis: Redis, entries: readonly { n1Path: string; n2Path: string; n1: { sha256: string }; n2: { sha256: string } }[], log: (line: string) => void, stored = new Set<string>()): Promise<Set<string>> {
  const files = new Map<string, string>();
  for (const e of entries) {
    files.set(e.n1.sha256, e.n1Path);
    files.set(e.n2.sha256, e.n2Path);
  }
  const t = performance.now();
  let bytes = 0;
  let count = 0;
  for (const [sha, path] of files) {
    if (stored.has(sha) && (await redis.exists(modelKey(sha)))) continue;
    const data = readFileSync(path);
    const got = sha256Hex(data);
    if (got !== sha) throw new Error(`${path}: changed while the run was being prepared (sha256 ${got}, loaded as ${sha})`);
    await redis.set(modelKey(sha), data);
    stored.add(sha);
    bytes += data.length;
    count++;
  }
  if (count) log(`stored ${count} model(s), ${(bytes / 1e6).toFixed(2)} MB, in Redis by SHA-256 in ${Math.round(performance.now() - t)} ms`);
  return stored;
}
