/**
 * The query fields (rows, ε, pairs, implication, method(s), time limit, attack, scale, domain,
 * label column) have one schema each (src/io/query-schema.ts), shared by benchmark manifests
 * and --config files.
 *
 * test/fixtures/suites/parsed.json is the parse of every committed LRSM suite made by the
 * hand-written manifest validator before the shared schemas replaced it: the manifest format
 * must stay exactly compatible. When a suite file is changed on purpose, regenerate the
 * snapshot and read its diff: only the edited entries may change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import t from 'tap';
import { loadSuite } from '../src/bench/manifest.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SUITES = `${ROOT}benchmarks/suites/`;

t.test('every committed suite parses exactly as before the shared schemas', async tt => {
  const before = JSON.parse(readFileSync(`${ROOT}test/fixtures/suites/parsed.json`, 'utf8')) as Record<string, unknown>;
  const lrsm = readdirSync(SUITES)
    .filter(f => f.endsWith('.json'))
    .filter(f => (JSON.parse(readFileSync(SUITES + f, 'utf8')) as { kind?: string }).kind !== 'equiv')
    .map(f => f.replace(/\.json$/, ''))
    .sort();
  tt.same(lrsm, Object.keys(before).sort(), 'the snapshot covers every committed LRSM suite');
  for (const name of lrsm) {
    const entries = JSON.parse(JSON.stringify(loadSuite(name).entries)) as unknown;
    tt.strictSame(entries, before[name], `${name}: same entries`);
  }
});
