/**
 * Makes the V8 coverage that `tap` collected under tsx readable by c8 (run by `npm test` between
 * `tap` and `tap report`).
 *
 * tsx hands Node an inline source map whose `sourcesContent` is `[null]`. Node copies it into the
 * coverage files' `source-map-cache`, and v8-to-istanbul then takes that null as the original
 * source instead of reading the .ts file from disk: every file counts as one covered line and the
 * report says 100 %. Dropping the null `sourcesContent` makes it read the file. Nothing else in
 * the coverage data is changed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface CoverageFile {
  readonly 'source-map-cache'?: Record<string, { data?: { sourcesContent?: (string | null)[] } | null }>;
}

const dir = join(process.cwd(), '.tap', 'coverage');
let files = 0;
let maps = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.json')) continue;
  const path = join(dir, name);
  const cov = JSON.parse(readFileSync(path, 'utf8')) as CoverageFile;
  let changed = false;
  for (const entry of Object.values(cov['source-map-cache'] ?? {})) {
    const content = entry.data?.sourcesContent;
    if (entry.data && content && content.every(c => c === null)) {
      delete entry.data.sourcesContent;
      changed = true;
      maps++;
    }
  }
  if (changed) {
    writeFileSync(path, JSON.stringify(cov));
    files++;
  }
}
console.log(`# coverage: dropped null sourcesContent from ${maps} source maps in ${files} of the coverage files`);
