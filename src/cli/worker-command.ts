/** `twinmargin worker --queue URL`: run benchmark queries from a coordinator's queue (src/bench/queue-worker.ts). */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { checkQueueBase, checkRedisUrl } from '../bench/queue.js';
import { parseNumber } from '../io/options.js';

interface RawWorker {
  queue: string;
  queueName: string;
  concurrency: string;
  cache?: string;
  stalledSec: string;
}

function defaultCache(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'twinmargin', 'models');
}

export function addWorkerCommand(program: Command, log: (line: string) => void): void {
  program
    .command('worker')
    .description('run the queries of `twinmargin bench --queue` coordinators, taken from a BullMQ queue in Redis, until SIGINT/SIGTERM')
    .requiredOption('--queue <url>', 'Redis URL of the queue (redis://host:port)')
    .option('--queue-name <name>', 'queue base name, as given to the coordinator (the queue is <name>-<version>)', 'twinmargin')
    .option('--concurrency <n>', 'queries at a time, each on its own thread with a one-thread solver', '1')
    .option('--cache <dir>', 'where models fetched from Redis are kept, by SHA-256 (default $XDG_CACHE_HOME/twinmargin/models)')
    .option('--stalled-sec <s>', 'a job whose worker stopped renewing its lock for this long runs again', '30')
    .action(async (o: RawWorker) => {
      const { runQueueWorker } = await import('../bench/queue-worker.js');
      await runQueueWorker({
        url: checkRedisUrl(o.queue),
        queueBase: checkQueueBase(o.queueName),
        concurrency: parseNumber('--concurrency', o.concurrency, v => Number.isInteger(v) && v >= 1 && v <= 64, 'an integer from 1 to 64'),
        cacheDir: o.cache ?? defaultCache(),
        stalledSec: parseNumber('--stalled-sec', o.stalledSec, v => v >= 2 && v <= 3600, 'a number of seconds from 2 to 3600'),
      }, log);
    });
}
