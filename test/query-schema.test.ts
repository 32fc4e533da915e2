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
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { loadSuite, parseSuite } from '../src/bench/manifest.js';
import { parseEquivSuite } from '../src/bench/equiv-suite.js';
import { readConfig } from '../src/cli/config.js';
import { UserError } from '../src/errors.js';

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

const dir = mkdtempSync(join(tmpdir(), 'twinmargin-query-schema-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const ENTRY = { name: 'x', scheme: 'pruned', n1: 'a.onnx', n2: 'b.onnx', data: 'd.csv', domain: [0, 1], rows: [0], eps: [0.1], methods: ['crown'] };
type Json = null | number | string | Json[] | { [k: string]: Json };

/** The message of a UserError thrown by `f`, or a failure. */
function userError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.message;
    throw e;
  }
  return '(no error)';
}

/** The message core of a manifest whose one entry has `field: value`, after `m.json: entry 0 "x": field "F": `. */
function manifestCore(field: string, value: Json): string {
  const msg = userError(() => parseSuite({ suite: 's', entries: [{ ...ENTRY, [field]: value }] }, 'm.json'));
  const prefix = `m.json: entry 0 "x": field "${field}": `;
  return msg.startsWith(prefix) ? msg.slice(prefix.length) : `(not a field error: ${msg})`;
}

/** The message core of a YAML config file `text` about `key`, after `--config FILE: key K: `. */
function configCore(key: string, text: string): string {
  const file = join(dir, 'run.yaml');
  writeFileSync(file, `${text}\n`);
  const msg = userError(() => readConfig(file));
  const prefix = `--config ${file}: key ${key}: `;
  return msg.startsWith(prefix) ? msg.slice(prefix.length) : `(not a key error: ${msg})`;
}

t.test('a bad value of each shared field: the same message core from a manifest and from a config file', async tt => {
  // [manifest field, its value, config key, its YAML line, the core both must give]
  const cases: [string, Json, string, string, RegExp][] = [
    ['rows', '0-x', 'rows', 'rows: 0-x', /^invalid row selection "0-x": "0-x" is not a row number or a range a-b$/],
    ['rows', [0, 0], 'rows', 'rows: 0,0', /^invalid row selection "0,0": row 0 is selected twice$/],
    ['eps', [-1], 'eps', 'eps: -1', /^-1: expected a number ≥ 0$/],
    ['pairs', '0:0', 'pairs', 'pairs: 0:0', /^0:0: pair 0:0 compares a class with itself$/],
    ['pairs', [[0, 0]], 'pairs', "pairs: '0:0'", /^0:0: pair 0:0 compares a class with itself$/],
    ['implication', 'maybe', 'implication', 'implication: maybe', /^maybe: expected one of exact, sound, off$/],
    ['methods', ['exact'], 'method', 'method: exact', /^exact: expected one of interval, crown, .*attack$/],
    ['timeLimitSec', 0, 'time-limit', 'time-limit: 0', /^0: expected a number of seconds > 0$/],
    ['attack', '4y20', 'attack', 'attack: 4y20', /^4y20: expected restarts x steps like 8x50/],
    ['scale', -2, 'scale', 'scale: -2', /^-2: expected a positive number or a fraction like 1\/255$/],
    ['domain', '1,0', 'domain', 'domain: 1,0', /^1,0: lo must be below hi$/],
    ['domain', [1, 0], 'domain', "domain: '1,0'", /^1,0: lo must be below hi$/],
    ['labelColumn', 'middle', 'label-col', 'label-col: middle', /^middle: expected one of first, last, none$/],
  ];
  for (const [field, value, key, line, core] of cases) {
    const fromManifest = manifestCore(field, value);
    tt.match(fromManifest, core, `manifest ${field}: ${JSON.stringify(value)}`);
    tt.equal(configCore(key, line), fromManifest, `config ${line}: the manifest's message`);
  }
  const peers = { suite: 'p', kind: 'equiv', entries: [{ name: 'e', n1: 'a.nnet', n2: 'b.nnet', vnnlib: 'p.vnnlib', properties: ['diff:0:0.1'], timeLimitSec: 0 }] };
  tt.equal(userError(() => parseEquivSuite(peers, 'p.json')), `p.json: entry 0 "e": field "timeLimitSec": ${manifestCore('timeLimitSec', 0)}`, 'a peer suite: the same time limit check');
});

t.test('the command-line text and the JSON forms of a manifest field parse alike', async tt => {
  const entry = (fields: Record<string, Json>) => parseSuite({ suite: 's', entries: [{ ...ENTRY, ...fields }] }, 'm.json').entries[0];
  const text = entry({ rows: '0-2', pairs: '0:1,2:3', domain: '-1,1', attack: '4x20', scale: '1/255', eps: '0.1' });
  const json = entry({ rows: [0, 1, 2], pairs: [[0, 1], [2, 3]], domain: [-1, 1], attack: '4x20', scale: 1 / 255, eps: [0.1] });
  tt.same(text, json);
  tt.same(text.rows, [0, 1, 2]);
  tt.same(text.pairs, [[0, 1], [2, 3]]);
  tt.same(text.domain, { lo: -1, hi: 1 });
  tt.same(text.attack, { restarts: 4, steps: 20 });
  tt.same(entry({ domain: 'none' }).domain, null);
  tt.same(entry({ attack: 0 }).attack, { restarts: 0, steps: 0 });
  tt.equal(entry({}).attack, null, 'no attack: the method default');
  tt.match(userError(() => entry({ rows: 'all' })), /field "rows": "all" is not allowed in a suite; list the rows$/);
  tt.match(userError(() => entry({ eps: [0.1, 0.1] })), /field "eps": a value is listed twice$/);
  const { domain: _given, ...noDomain } = ENTRY;
  tt.match(userError(() => parseSuite({ suite: 's', entries: [noDomain] }, 'm.json')), /field "domain": missing \(give \[lo, hi\], or null for z-scored signals\)$/);
});

t.test('a good query value in a config file is handed on as its text', async tt => {
  const file = join(dir, 'good.yaml');
  writeFileSync(file, 'rows: 3\neps: 0.01\nscale: 1/255\npairs: 0:1\ntime-limit: 5\nthreads: 2\n');
  tt.same(readConfig(file), { rows: '3', eps: '0.01', scale: '1/255', pairs: '0:1', timeLimit: '5', threads: '2' });
});
