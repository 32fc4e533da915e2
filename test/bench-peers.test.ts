/**
 * Peer suites (`"kind": "equiv"` manifests, src/bench/equiv-suite.ts) through `twinmargin bench`:
 * a tiny .nnet twin pair and a VNN-LIB box written by the test, records with verdicts and bounds,
 * the summary table with the peers' column, resuming without re-running, and one-line manifest
 * errors. The committed benchmarks/suites/peers.json parses.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliSpawn } from './helpers/cli.js';
import { tinyNnet } from './helpers/nnet-twin.js';
import t from 'tap';
import { parseEquivSuite } from '../src/bench/equiv-suite.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-bench-peers-'));

const cli = (args: string[]): { code: number; out: string; err: string } => cliSpawn(args);

/** As test/equiv-cli.test.ts: z²₀ − z¹₀ ∈ [0, 0.125] on [0, 4]². */
const nnet = (w00: number): string => tinyNnet(w00);
const A = join(dir, 'a.nnet');
const B = join(dir, 'b.nnet');
writeFileSync(A, nnet(1));
writeFileSync(B, nnet(1.25));
const spec = join(dir, 'p.vnnlib');
writeFileSync(spec, '(declare-const X_0 Real)\n(declare-const X_1 Real)\n(declare-const Y_0 Real)\n(assert (>= X_0 0))\n(assert (<= X_0 4))\n(assert (>= X_1 0))\n(assert (<= X_1 4))\n(assert (>= Y_0 0.5))\n');

t.test('a peer suite runs through bench, records verdicts, summarises, and resumes', async tt => {
  const manifest = join(dir, 'tiny.json');
  writeFileSync(manifest, JSON.stringify({
    suite: 'tiny-peers', kind: 'equiv', defaults: { properties: ['diff:0:0.2', 'diff:0:0.1'], timeLimitSec: 20 },
    entries: [{ name: 'pair', n1: A, n2: B, vnnlib: spec, peer: { NeuroDiff: { 'diff:0:0.2': 1.5 } } }],
  }));
  const out = join(dir, 'r.jsonl');
  const r = cli(['bench', manifest, '--out', out]);
  tt.equal(r.code, 0, r.err);
  const recs = readFileSync(out, 'utf8').trim().split('\n').map(l => JSON.parse(l) as { kind: string; property: string; verdict: string; bounds: { lower: number; upper: number }; outputConstraints?: string[] });
  tt.same(recs.map(x => `${x.kind} ${x.property} ${x.verdict}`), ['equiv-query diff:0:0.2 holds', 'equiv-query diff:0:0.1 violated']);
  tt.ok(recs[0].bounds.lower <= 0 && recs[0].bounds.upper >= 0.125, 'the proven range contains the true [0, 0.125]');
  tt.same(recs[0].outputConstraints, ['Y_0 >= 0.5'], 'the VNN-LIB output assertion is kept');
  tt.match(r.out, /\| entry \| region \| property \| verdict \| seconds \| proven range \| NeuroDiff \(published s\) \|/);
  tt.match(r.out, /\| pair \| 0 \| diff:0:0\.2 \| holds \| [0-9.]+ \| \[[^\]]+\] \| 1\.5 \|/);
  tt.match(r.out, /2 of 2 queries decided \(1 hold, 1 violated\)/);
  const again = cli(['bench', manifest, '--out', out]);
  tt.equal(again.code, 0, again.err);
  tt.notMatch(again.out, /tiny-peers pair region 0/, 'nothing re-runs');
  tt.equal(readFileSync(out, 'utf8').trim().split('\n').length, 2, 'no new records');
});

t.test('manifest errors are one line; the committed peers suite parses', async tt => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ suite: 'x', kind: 'equiv', entries: [{ name: 'e', n1: A, n2: B, vnnlib: spec, properties: ['diff:0'] }] }));
  const r = cli(['bench', bad, '--out', join(dir, 'bad.jsonl')]);
  tt.equal(r.code, 2);
  tt.equal(r.err.trim().split('\n').length, 1, r.err);
  tt.match(r.err, /bad\.json: entry 0 "e": field "properties": /);
  const file = `${ROOT}benchmarks/suites/peers.json`;
  const s = parseEquivSuite(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, file);
  tt.equal(s.entries.length, 6, 'two pairs × properties 1, 3, 4');
  tt.ok(s.entries.every(e => e.properties.join() === 'diff:0:0.05,diff:0:0.01' && e.timeLimitSec * 2 <= 120), 'ε = 0.05 and 0.01, at most 120 s per query');
});
