/**
 * What the queue coordinator (`twinmargin bench --queue`) and the queue workers (`twinmargin
 * worker`) share: the Redis connection, the BullMQ queue's name, the job's wire format, and the
 * model store.
 *
 * - The queue is named `<base>-<version>`: a worker only ever takes jobs of its own twinmargin
 *   version, so a record never claims a version that did not compute it.
 * - A job is one query. Its data is the query's identity (as in its record), its input row (the
 *   float64 bytes, base64: exact, where JSON would turn −0 into 0), and the SHA-256 of both
 *   models. Its id hashes the study (coordinator host and results file), the query key and that
 *   identity, so re-enqueueing a query is a no-op while its job exists.
 * - Models are stored once per content in Redis (`twinmargin:model:<sha256>`, the file's bytes);
 *   a worker fetches each once, checks its SHA-256 against the job's and refuses a mismatch.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';
import type { QueryIdentity } from './records.js';
import type { QueryTask } from './queries.js';

export const DEFAULT_QUEUE = 'twinmargin';

/** The BullMQ queue of a base name: one per twinmargin version. */
export function queueName(base: string): string {
  return `${base}-${VERSION}`;
}

export function checkQueueBase(base: string): string {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(base)) throw new UserError(`--queue-name: expected 1 to 64 letters, digits, _ . or -; got ${JSON.stringify(base)}`);
  return base;
}

export function modelKey(sha256: string): string {
  return `twinmargin:model:${sha256}`;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A query as it travels in a job. */
export interface WireTask {
  readonly identity: QueryIdentity;
  readonly n1: string;
  readonly n2: string;
  readonly sample: { readonly row: number; readonly x: string; readonly label: number | null };
  readonly pairCount: number;
  readonly classes: number;
}

export interface QueueJobData {
  /** Which coordinator's study the job belongs to. */
  readonly study: string;
  readonly key: string;
  readonly task: WireTask;
}

export function toWire(q: QueryTask, n1Sha: string, n2Sha: string): WireTask {
  const x = Buffer.from(q.sample.x.buffer, q.sample.x.byteOffset, q.sample.x.byteLength).toString('base64');
  return { identity: q.identity, n1: n1Sha, n2: n2Sha, sample: { row: q.sample.row, x, label: q.sample.label }, pairCount: q.pairCount, classes: q.classes };
}

/** The input row of a wire task (copied, so the Float64Array is aligned). */
export function wireSample(w: WireTask): QueryTask['sample'] {
  const bytes = Buffer.from(w.sample.x, 'base64');
  if (bytes.length % 8 !== 0) throw new Error(`job input row of ${bytes.length} bytes is not a float64 vector`);
  const x = new Float64Array(bytes.length / 8);
  new Uint8Array(x.buffer).set(bytes);
  return { row: w.sample.row, x, label: w.sample.label };
}

/** The job id: the study, the query's key and everything its record claims to come from. */
export function jobId(study: string, key: string, id: QueryIdentity): string {
  const identity = JSON.stringify([study, key, id.tool, id.version, id.n1.sha256, id.n2.sha256, id.config, id.suite]);
  return sha256Hex(identity).slice(0, 40);
}

/** A Redis URL as given on the command line, checked. */
export function checkRedisUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`--queue: expected a URL like redis://host:6379, got ${JSON.stringify(url)}`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new UserError(`--queue ${url}: expected a redis:// or rediss:// URL`);
  return url;
}

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** How long the first connection may take before Redis counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * A connection that reconnects for ever after it has been up once (BullMQ needs
 * maxRetriesPerRequest: null). The first connection must succeed within a few seconds: otherwise
 * one UserError naming the URL.
 */
export async function connectRedis(url: string): Promise<Redis> {
  checkRedisUrl(url);
  // Loaded here, so that the CLI's option checks above do not load ioredis for local runs.
  const { Redis: RedisClient } = await import('ioredis');
  let up = false;
  const redis = new RedisClient(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // No retry before the first connection (that is the error below); for ever after it.
    retryStrategy: times => (up ? Math.min(200 * times, 2000) : null),
  });
  const firstErrors: string[] = [];
  const onError = (e: Error): void => {
    firstErrors.push(e.message);
  };
  redis.on('error', onError);
  try {
    await redis.connect();
    await redis.ping();
    up = true;
  } catch (e) {
    redis.disconnect();
    const why = firstErrors.at(-1) || (e as Error).message || 'unreachable';
    throw new UserError(`${shownUrl(url)}: cannot reach Redis (${why.split('\n')[0]})`);
  } finally {
    redis.off('error', onError);
  }
  return redis;
}

/**
 * Logs connection trouble once per outage (and when the link is back), instead of once per
 * reconnect attempt. Returns the handler for the 'error' events of BullMQ's own clients.
 */
export function watchConnection(redis: Redis, url: string, log: (line: string) => void): (e: Error) => void {
  let down = false;
  const lost = (e: Error): void => {
    if (down) return;
    down = true;
    log(`lost Redis at ${shownUrl(url)} (${e.message.split('\n')[0]}); reconnecting`);
  };
  redis.on('error', lost);
  redis.on('reconnecting', () => lost(new Error('connection closed')));
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log(`reconnected to Redis at ${shownUrl(url)}`);
  });
  return lost;
}
