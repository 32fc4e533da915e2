/**
 * Regenerates README's CLI reference of `twinmargin verify` from src/cli/verify-options.ts.
 *   node --import tsx scripts/cli-reference.ts          write README.md
 *   node --import tsx scripts/cli-reference.ts --check  exit 1 when README.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from '../src/cli/cli-reference.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const next = withReference(readme);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    process.stderr.write('README.md: the CLI reference is out of date; run node --import tsx scripts/cli-reference.ts\n');
    process.exitCode = 1;
  }
} else if (next !== readme) writeFileSync(path, next);
