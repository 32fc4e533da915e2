/** `twinmargin bench SUITE`: run a benchmark suite (src/bench/), resumably, then print its summary tables. */
import type { Command } from 'commander';
import { runBench } from '../bench/runner.js';
import { checkQueueBase, checkRedisUrl, DEFAULT_QUEUE } from '../bench/queue.js';
import { readResults, summarize } from '../bench/summarize.js';
import { parseChoice, parseNumber } from '../io/options.js';
import { VERIFY_METHODS } from '../verify/methods.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isEquivManifest, parseEquivSuite, runEquivSuite, summarizeEquiv } from '../bench/equiv-suite.js';
import { suiteFile } from '../bench/manifest.js';

/** A peer suite (`"kind": "equiv"`, src/bench/equiv-suite.ts) as parsed JSON, or null for an LRSM suite (or an unreadable file: loadSuite reports it). */
function equivManifest(suite: string): { json: Record<string, unknown>; file: string } | null {
  const file = suiteFile(suite);
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return isEquivManifest(json) ? { json: json as Record<string, unknown>, file } : null;
  } catch {
    return null;
  }
}

interface RawBench {
  out?: string;
  workers: string;
  entry?: string[];
  method?: string[];
  summary: boolean;
  queue?: string;
  queueName: string;
  attempts: string;
  repair?: boolean;
}

export function addBenchCommand(program: Command, log: (line: string) => void, setExitCode: (code: number) => void): void {
  program
    .command('bench')
    .description('run a benchmark suite (a name in benchmarks/suites/ or a manifest path); resumes an interrupted run')
    .argument('<suite>', 'suite name (benchmarks/suites/<suite>.json) or manifest path')
    .option('--out <file>', 'results JSONL (default out/bench/<suite>.jsonl); generated twins are cached in twins/ next to it')
    .option('--workers <n>', 'query worker threads, each with a one-thread solver (local runs)', '2')
    .option('--entry <name...>', 'run only these entries')
    .option('--method <m...>', 'run only the queries of these methods now (resume runs the rest later)')
    .option('--queue <url>', 'coordinate the run on a BullMQ queue in Redis (redis://host:port): `twinmargin worker` processes run the queries')
    .option('--queue-name <name>', 'queue base name shared with the workers (the queue is <name>-<version>)', 'twinmargin')
    .option('--attempts <n>', 'with --queue: attempts per query before it is recorded as failed', '3')
    .option('--no-summary', 'do not print the summary tables at the end')
    .option('--repair', 'move unreadable lines of the results file to <out>.corrupt.jsonl instead of stopping')
    .action(async (suite: string, o: RawBench) => {
      const peer = equivManifest(suite);
      if (peer) {
        const s = parseEquivSuite(peer.json, peer.file);
        const records = await runEquivSuite(s, resolve(o.out ?? `out/bench/${s.name}.jsonl`), o.entry, log);
        if (o.summary) log(summarizeEquiv(s, records));
        return;
      }
      const workers = parseNumber('--workers', o.workers, v => Number.isInteger(v) && v >= 1 && v <= 64, 'an integer from 1 to 64');
      const common = { suite, ...(o.out ? { out: o.out } : {}), ...(o.entry ? { only: o.entry } : {}), ...(o.method ? { methods: o.method.map(m => parseChoice('--method', m, VERIFY_METHODS)) } : {}), repair: o.repair === true };
      // BullMQ and ioredis are loaded only for queue runs: a local run needs no Redis.
      const stats = o.queue
        ? await (await import('../bench/coordinator.js')).runQueuedBench({
            ...common,
            url: checkRedisUrl(o.queue),
            queueBase: checkQueueBase(o.queueName || DEFAULT_QUEUE),
            attempts: parseNumber('--attempts', o.attempts, v => Number.isInteger(v) && v >= 1 && v <= 100, 'an integer from 1 to 100'),
          }, log)
        : await runBench({ ...common, workers }, log);
      if (o.summary) log(summarize(readResults([stats.out])).markdown);
      if (stats.failed) setExitCode(1);
    });
}
