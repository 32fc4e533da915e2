/**
 * `twinmargin summarize` on hand-made records: verdict counts per suite and scheme, combined
 * over methods; LRSM quartiles from the tightest bounds; width ratios only where an exact result
 * exists; median times; Markdown and CSV written; manifest validation messages (one line naming
 * file, entry and field).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { parseSuite } from '../src/bench/manifest.js';
import type { PairRecord, QueryRecord } from '../src/bench/records.js';
import { buildTables, inputVerdict } from '../src/bench/summarize.js';
import { quantile } from '../src/bench/stats.js';
import { UserError } from '../src/errors.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-summarize-'));

function pair(lower: number, upper: number, status: PairRecord['status']): PairRecord {
  return { pair: [0, 1], lower, upper, status, minStatus: status, maxStatus: status, minOutcome: status === 'bounded' ? 'timeLimit' : 'none', maxOutcome: status === 'bounded' ? 'optimal' : 'none', lowerWitness: lower, upperWitness: upper, attackLower: lower, attackUpper: upper, seconds: 0 };
}

function rec(entry: string, scheme: string, row: number, method: 'crown' | 'milp', verdict: QueryRecord['verdict'], seconds: number, pairs: PairRecord[]): QueryRecord {
  return {
    kind: 'query', key: `${entry}|row=${row}|eps=0.1|${method}`, suite: 's', entry, scheme, row, eps: 0.1, method, tool: 'twinmargin', version: '0.1.0',
    n1: { path: 'a.onnx', sha256: 'a' }, n2: { path: 'b.onnx', sha256: 'b' }, config: 'c', label: 0, labelSource: 'data', n1Decision: 0, n2Decision: row === 1 ? 1 : 0,
    verdict, implication: null, pairs, binaries: { n1: 0, n2: 0 }, unstable: { n1: 0, n2: 0 }, boundsMethod: 'crown', seconds, finishedAt: '2026-12-01T00:00:00Z',
  };
}

const RECORDS: QueryRecord[] = [
  rec('a', 'quantized', 0, 'crown', 'unknown', 1, [pair(-1, 3, 'relaxed')]),
  rec('a', 'quantized', 0, 'milp', 'holds', 10, [pair(0, 1, 'exact')]),
  rec('a', 'quantized', 1, 'crown', 'refuted-by-attack', 2, [pair(-3, 3, 'relaxed')]),
  rec('a', 'quantized', 1, 'milp', 'violated', 20, [pair(-1, 1, 'bounded')]),
  rec('a', 'quantized', 2, 'crown', 'unknown', 3, [pair(-2, 2, 'relaxed')]),
  rec('a', 'quantized', 2, 'milp', 'unknown', 30, [pair(-1, 1, 'exact')]),
  rec('a', 'quantized', 3, 'crown', 'unknown', 4, [pair(-2, 2, 'relaxed')]),
  rec('a', 'quantized', 3, 'milp', 'vacuous', 40, [pair(-0.5, 0.5, 'exact')]),
  rec('b', 'pruned', 0, 'crown', 'holds', 5, [pair(0.5, 2, 'relaxed')]),
];

const row = (id: string, ...keys: string[]) => {
  const table = buildTables(RECORDS).find(x => x.id === id);
  const hit = table?.rows.find(r => keys.every((k, i) => r[i] === k));
  if (!table || !hit) throw new Error(`no row ${keys.join('/')} in ${id}`);
  return Object.fromEntries(table.columns.map((c, i) => [c, hit[i]]));
};

t.test('verdict counts per suite and scheme, over inputs, methods combined', async tt => {
  tt.equal(inputVerdict([RECORDS[0], RECORDS[1]]), 'proven');
  tt.equal(inputVerdict([RECORDS[2], RECORDS[3]]), 'refuted');
  const q = row('implication', 's', 'quantized');
  tt.match(q, { entries: 1, inputs: 4, proven: 1, vacuous: 1, refuted: 1, tie: 0, unknown: 1, 'proven %': 25, 'refuted %': 25 });
  tt.match(row('implication', 's', 'pruned'), { inputs: 1, proven: 1, unknown: 0, 'proven %': 100 });
  tt.match(row('implication-method', 's', 'quantized', 'crown'), { queries: 4, proven: 0, refuted: 1, unknown: 3 });
  tt.match(row('implication-method', 's', 'quantized', 'milp'), { queries: 4, proven: 1, vacuous: 1, refuted: 1, unknown: 1 });
  tt.match(row('entries', 's', 'quantized', 'a'), { inputs: 4, 'N1≠N2 at x₀': 1, proven: 1, refuted: 1 });
});

t.test('both ends exact per entry and ε: a pair counts once, exact under any method, then per method', async tt => {
  tt.match(row('both-exact', 's', 'a'), { 'ε': 0.1, pairs: 4, 'both ends exact': 3, 'exact %': 75, 'by method': 'crown 0 · milp 3' });
  tt.match(row('both-exact', 's', 'b'), { pairs: 1, 'both ends exact': 0, 'exact %': 0, 'by method': 'crown 0' });
  // A second exact method on the same pair does not count it twice.
  const twice = buildTables([...RECORDS, { ...RECORDS[1], method: 'bab', key: 'a|row=0|eps=0.1|bab' }]).find(x => x.id === 'both-exact');
  tt.same(twice?.rows.find(r => r[1] === 'a')?.slice(3), [4, 3, 75, 'bab 1 · crown 0 · milp 3']);
});

t.test('LRSM quartiles, width ratios where exact, times', async tt => {
  // Tightest bounds per pair: row0 [0,1], row1 [-1,1], row2 [-1,1], row3 [-0.5,0.5].
  tt.match(row('lrsm', 's', 'quantized'), { pairs: 4, 'lower median': -0.75, 'upper median': 1, 'width median': 1.5, 'exact %': 75 });
  tt.match(row('lrsm-entries', 's', 'quantized', 'a'), { pairs: 4, 'width median': 1.5, 'ρ > 0 on D': 0, 'ρ < 0 on D': 0 });
  tt.match(row('lrsm-entries', 's', 'pruned', 'b'), { pairs: 1, 'width median': 1.5, 'midpoint median': 1.25, 'ρ > 0 on D': 1 });
  // Exact widths: row0 1, row2 2, row3 1 (row1 is only bounded). crown widths 4, 4, 4.
  tt.match(row('width-ratio', 's', 'quantized', 'crown'), { pairs: 3, median: 4, q1: 3, max: 4 });
  tt.match(row('width-ratio', 's', 'quantized', 'milp'), { pairs: 3, median: 1 });
  tt.match(row('width-ratio', 's', 'pruned', 'crown'), { pairs: 0, median: null });
  tt.match(row('time', 's', 'quantized', 'crown'), { queries: 4, 'median s': 2.5, 'max s': 4, 'pairs exact %': 0 });
  tt.match(row('time', 's', 'quantized', 'milp'), { queries: 4, 'median s': 25, 'pairs exact %': 75, 'MILP ends at time limit': 1 });
  tt.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  tt.equal(quantile([], 0.5), null);
});

t.test('summarize CLI: several files, a torn tail, Markdown and CSV', async tt => {
  const f1 = join(dir, 'one.jsonl');
  const f2 = join(dir, 'two.jsonl');
  writeFileSync(f1, [{ kind: 'bench' }, ...RECORDS.slice(0, 5)].map(r => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(f2, [{ kind: 'bench' }, ...RECORDS.slice(5)].map(r => JSON.stringify(r)).join('\n') + '\n{"kind":"query","ke');
  const md = join(dir, 'out.md');
  const csv = join(dir, 'out.csv');
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, 'summarize', f1, f2, '--md', md, '--csv', csv], { encoding: 'utf8', cwd: ROOT });
  tt.equal(r.status, 0, r.stderr);
  tt.match(r.stdout, /^9 query records/);
  tt.match(r.stdout, /warning: .*two\.jsonl: ignored 19 bytes after the last complete record/);
  tt.match(r.stdout, /\| s \| quantized \| 1 \| 4 \| 1 \| 1 \| 1 \| 0 \| 1 \| 25 \| 25 \|/);
  tt.equal(readFileSync(md, 'utf8'), r.stdout.replace(/\n$/, ''));
  const lines = readFileSync(csv, 'utf8').trim().split('\n');
  tt.equal(lines[0], 'table,suite,scheme,item,metric,value');
  tt.ok(lines.includes('implication,s,quantized,,proven,1'));
  tt.ok(lines.includes('width-ratio,s,quantized,crown,median,4'));
  tt.ok(lines.includes('time,s,quantized,milp,median s,25'));
  const missing = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, 'summarize', join(dir, 'nope.jsonl')], { encoding: 'utf8', cwd: ROOT });
  tt.equal(missing.status, 2);
  tt.match(missing.stderr, /^twinmargin: error: .*nope\.jsonl: results file not found\n$/);
});

t.test('manifest validation: one line naming file, entry and field', async tt => {
  const entry = { name: 'x', scheme: 'pruned', n1: 'a.onnx', n2: 'b.onnx', data: 'd.csv', domain: [0, 1], rows: [0], eps: [0.1], methods: ['crown'] };
  const cases: [unknown, RegExp][] = [
    [{ suite: 's', entries: [{ ...entry, scheme: 'shrunk' }] }, /^m\.json: entry 0 "x": field "scheme": expected one of quantized, pruned, distilled, fp16, pruned\+quantized, got "shrunk"$/],
    [{ suite: 's', entries: [{ ...entry, domain: [1, 0] }] }, /^m\.json: entry 0 "x": field "domain": 1,0: lo must be below hi$/],
    [{ suite: 's', entries: [{ ...entry, n2: undefined }] }, /^m\.json: entry 0 "x": field "n2": missing$/],
    [{ suite: 's', entries: [{ ...entry, n2: { from: 'a.onnx', twin: { prune: { fraction: 1.5 } } } }] }, /^m\.json: entry 0 "x": field "n2\.twin\.prune\.fraction": expected a number in \(0, 1\)$/],
    [{ suite: 's', entries: [{ ...entry, n2: { from: 'a.onnx', twin: { quantize: { kind: 'int3' } } } }] }, /field "n2\.twin\.quantize\.kind": expected one of int8, int4, fp16/],
    [{ suite: 's', entries: [{ ...entry, methods: ['crown', 'exact'] }] }, /entry 0 "x": field "methods": exact: expected one of interval, crown/],
    [{ suite: 's', entries: [{ ...entry, rows: '3-1' }] }, /entry 0 "x": field "rows": /],
    [{ suite: 's', entries: [{ ...entry, colour: 'red' }] }, /entry 0 "x": unknown field "colour"/],
    [{ suite: 's', entries: [entry, entry] }, /entry 1 "x": field "name": duplicate entry name/],
    [{ suite: 's', entries: [{ ...entry, name: undefined }] }, /^m\.json: entry 0: field "name": missing$/],
    [{ suite: 's', defaults: { timeLimitSec: 0 }, entries: [entry] }, /entry 0 "x": field "timeLimitSec": 0: expected a number of seconds > 0$/],
    [{ suite: 's', entries: [] }, /^m\.json: field "entries": expected a non-empty list$/],
  ];
  for (const [json, re] of cases) {
    let err: unknown = null;
    try {
      parseSuite(JSON.parse(JSON.stringify(json)), 'm.json');
    } catch (e) {
      err = e;
    }
    tt.ok(err instanceof UserError, `rejected: ${JSON.stringify(json)}`);
    const msg = (err as Error).message;
    tt.notMatch(msg, /\n/, 'one line');
    tt.match(msg, re);
  }
  const ok = parseSuite(JSON.parse(JSON.stringify({ suite: 's', defaults: { scale: '1/255', eps: 0.1 }, entries: [{ ...entry, n1: undefined, n2: { from: 'a.onnx', twin: { quantize: { kind: 'int8' } } } }] })), 'm.json');
  tt.equal(ok.entries[0].n1, 'a.onnx', 'n1 defaults to the twin source');
  tt.equal(ok.entries[0].scale, 1 / 255);
  tt.same(ok.entries[0].n2, { kind: 'twin', from: 'a.onnx', twin: { quantize: { kind: 'int8', granularity: 'channel' } } });
});
