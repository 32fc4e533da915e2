/** `twinmargin summarize RESULTS.jsonl…`: the study tables of benchmark results, printed and optionally written as Markdown and CSV. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readResults, summarize } from '../bench/summarize.js';

interface RawSummarize {
  md?: string;
  csv?: string;
}

export function addSummarizeCommand(program: Command, log: (line: string) => void): void {
  program
    .command('summarize')
    .description('tables per suite and compression scheme from bench results: N2 ⇒ N1 verdicts, LRSM bounds, exact vs relaxed width, time')
    .argument('<results...>', 'JSONL files written by twinmargin bench')
    .option('--md <file>', 'write the tables as Markdown')
    .option('--csv <file>', 'write the tables as CSV (long format: table, suite, scheme, item, metric, value)')
    .action((files: string[], o: RawSummarize) => {
      const s = summarize(readResults(files));
      log(s.markdown);
      if (o.md) writeFileSync(o.md, s.markdown);
      if (o.csv) writeFileSync(o.csv, s.csv);
    });
}
