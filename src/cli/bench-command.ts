/** `twinmargin bench SUITE`: run a benchmark suite (src/bench/), resumably, then print its summary tables. */
import type { Command } from 'commander';
import { runBench } from '../bench/runner.js';
import { readResults, summarize } from '../bench/summarize.js';
import { parseChoice, parseNumber } from '../io/options.js';
import { VERIFY_METHODS } from '../verify/methods.js';

interface RawBench {
  out?: string;
  workers: string;
  entry?: string[];
  method?: string[];
  summary: boolean;
}

export function addBenchCommand(program: Command, log: (line: string) => void, setExitCode: (code: number) => void): void {
  program
    .command('bench')
    .description('run a benchmark suite (a name in benchmarks/suites/ or a manifest path); resumes an interrupted run')
    .argument('<suite>', 'suite name (benchmarks/suites/<suite>.json) or manifest path')
    .option('--out <file>', 'results JSONL (default out/bench/<suite>.jsonl); generated twins are cached in twins/ next to it')
    .option('--workers <n>', 'query worker threads, each with a one-thread solver', '2')
    .option('--entry <name...>', 'run only these entries')
    .option('--method <m...>', 'run only the queries of these methods now (resume runs the rest later)')
    .option('--no-summary', 'do not print the summary tables at the end')
    .action(async (suite: string, o: RawBench) => {
      const workers = parseNumber('--workers', o.workers, v => Number.isInteger(v) && v >= 1 && v <= 64, 'an integer from 1 to 64');
      const stats = await runBench({ suite, workers, ...(o.out ? { out: o.out } : {}), ...(o.entry ? { only: o.entry } : {}), ...(o.method ? { methods: o.method.map(m => parseChoice('--method', m, VERIFY_METHODS)) } : {}) }, log);
      if (o.summary) log(summarize(readResults([stats.out])).markdown);
      if (stats.failed) setExitCode(1);
    });
}
