/** `twinmargin report FILE… --out F.html`: one self-contained HTML report of verify results and/or benchmark records. */
import { renameSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.js';

export function addReportCommand(program: Command, log: (line: string) => void): void {
  program
    .command('report')
    .description('one self-contained HTML file (inline SVG charts, no script, no network, print CSS) from verify results (json/jsonl) and bench records')
    .argument('<results...>', 'files written by twinmargin verify --format json|jsonl --out, or by twinmargin bench')
    .requiredOption('--out <file>', 'the HTML file to write')
    .action(async (files: string[], o: { out: string }) => {
      if (!/\.html?$/i.test(o.out)) throw new UserError(`--out ${o.out}: the report is HTML; name it .html`);
      if (files.includes(o.out)) throw new UserError(`--out ${o.out}: would overwrite one of its inputs`);
      // Loaded on use: the report pulls in Observable Plot and linkedom, about a second of startup for every other command.
      const { reportFiles } = await import('../report/report.js');
      const html = reportFiles(files);
      const tmp = `${o.out}.tmp`;
      writeFileSync(tmp, html);
      renameSync(tmp, o.out);
      log(`wrote ${o.out} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB) from ${files.length} file${files.length > 1 ? 's' : ''}`);
    });
}
