/**
 * `twinmargin verify` on --box / --vnnlib regions (region k = row k): the results header names
 * the region file with its SHA-256, each row records its box and (VNN-LIB) its output
 * assertions, which are also named in a note on stderr; the LRSM bounds contain ρ at sampled
 * points of each box; --data/--eps are not needed, and mixing the sources is a one-line error.
 * A tiny .nnet twin pair written by the test (2 inputs, 2 hidden ReLUs, 2 classes).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliSpawn } from './helpers/cli.js';
import { tinyNnet } from './helpers/nnet-twin.js';
import t, { type Test } from 'tap';
import { loadNnet } from '../src/onnx/nnet.js';
import { rhoAt } from '../src/rsm/objective.js';

const dir = mkdtempSync(join(tmpdir(), 'twinmargin-verify-regions-'));

const cli = (args: string[]): { code: number; out: string; err: string } => cliSpawn(args);

/** Twins that differ only in w00, with biases and an output weight of their own. */
const nnet = (w00: number): string => tinyNnet(w00, { hiddenBias: [0.1, 0], outWeights: [[1, 0.5], [0, 1]], outBias: [0, 0.05] });
const A = join(dir, 'a.nnet');
const B = join(dir, 'b.nnet');
writeFileSync(A, nnet(1));
writeFileSync(B, nnet(1.25));
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

interface Doc {
  regions: { flag: string; path: string; sha256: string; regions: number; outputs?: number };
  data: unknown;
  eps: unknown;
  results: { row: number; label: number; pair: [number, number]; lower: number; upper: number }[];
  rows: { row: number; label: number; labelSource: string; box: { lower: number[]; upper: number[] }; outputConstraints?: string[] }[];
}

function oneLineError(tt: Test, args: string[], pattern: RegExp): void {
  const r = cli(args);
  tt.equal(r.code, 2, `exit 2: ${args.join(' ')}`);
  const lines = r.err.trim().split('\n');
  tt.equal(lines.length, 1, `one line: ${r.err.trim()}`);
  tt.match(lines[0], pattern);
}

t.test('verify --box: region k is row k, the header names the file and its sha256, bounds contain sampled ρ', async tt => {
  const boxes = [{ lower: [0, 0], upper: [4, 4] }, { lo: [1, 2.5], hi: [1.5, 3] }];
  const box = join(dir, 'boxes.json');
  writeFileSync(box, JSON.stringify(boxes));
  const r = cli(['verify', '--n1', A, '--n2', B, '--box', box, '--pairs', 'all', '--format', 'json', '--time-limit', '20']);
  tt.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out.slice(r.out.indexOf('{'))) as Doc;
  tt.same(doc.regions, { flag: '--box', path: box, sha256: sha(box), regions: 2 });
  tt.equal(doc.data, null);
  tt.equal(doc.eps, null);
  tt.same(doc.rows.map(x => x.row), [0, 1]);
  tt.same(doc.rows[1].box, { lower: [1, 2.5], upper: [1.5, 3] });
  tt.equal(doc.rows[0].outputConstraints, undefined, 'a box file has no output constraints');
  const n1 = loadNnet(A, { outputs: 'raw' });
  const n2 = loadNnet(B, { outputs: 'raw' });
  let checked = 0;
  for (const p of doc.results) {
    const b = doc.rows[p.row].box;
    for (let s = 0; s <= 20; s++) {
      for (let q = 0; q <= 20; q++) {
        const x = [b.lower[0] + (s / 20) * (b.upper[0] - b.lower[0]), b.lower[1] + (q / 20) * (b.upper[1] - b.lower[1])];
        const v = rhoAt(n1, n2, x, p.pair);
        if (!(v >= p.lower - 1e-9 && v <= p.upper + 1e-9)) tt.fail(`row ${p.row} pair ${p.pair}: ρ(${x}) = ${v} outside [${p.lower}, ${p.upper}]`);
        checked++;
      }
    }
  }
  tt.equal(checked, doc.results.length * 441, `ρ at ${checked} grid points inside the proven bounds`);
  tt.equal(doc.results.length, 2, 'one pair (0, 1) per row with --pairs all and 2 classes');
});

t.test('verify --vnnlib: output assertions named on stderr and kept per row as outputConstraints', async tt => {
  const spec = join(dir, 'p.vnnlib');
  writeFileSync(spec, '(declare-const X_0 Real)\n(declare-const X_1 Real)\n(declare-const Y_0 Real)\n(declare-const Y_1 Real)\n'
    + '(assert (or (and (>= X_0 0) (<= X_0 1) (>= X_1 0) (<= X_1 1) (>= Y_0 Y_1)) (and (>= X_0 3) (<= X_0 4) (>= X_1 3) (<= X_1 4))))\n');
  const out = join(dir, 'v.jsonl');
  const r = cli(['verify', '--n1', A, '--n2', B, '--vnnlib', spec, '--format', 'jsonl', '--out', out, '--time-limit', '20']);
  tt.equal(r.code, 0, r.err);
  tt.match(r.err, /output constraints in 1 of 2 region\(s\) \(e\.g\. Y_0 >= Y_1\); they state a single-network property and are NOT used: verify bounds the LRSM on each input box/);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map(l => JSON.parse(l) as Record<string, unknown>);
  tt.same(lines[0].regions, { flag: '--vnnlib', path: spec, sha256: sha(spec), regions: 2, outputs: 2 });
  const rows = lines.filter(l => l.kind === 'row') as unknown as Doc['rows'];
  tt.same(rows.map(x => x.outputConstraints ?? []), [['Y_0 >= Y_1'], []]);
  tt.same(rows[1].box, { lower: [3, 3], upper: [4, 4] });
  tt.ok(rows.every(x => x.labelSource === 'n1'), "a region's label is N1's decision at its centre");
});

t.test('region sources: --data/--eps not required with a region file, mixing them is a one-line error', async tt => {
  const box = join(dir, 'one.json');
  writeFileSync(box, JSON.stringify({ lower: [0, 0], upper: [1, 1] }));
  const spec = join(dir, 'one.vnnlib');
  writeFileSync(spec, '(declare-const X_0 Real)\n(declare-const X_1 Real)\n(assert (<= X_0 1))\n(assert (>= X_0 0))\n(assert (<= X_1 1))\n(assert (>= X_1 0))\n');
  const data = join(dir, 'd.csv');
  writeFileSync(data, '1,1,0\n');
  oneLineError(tt, ['verify', '--n1', A, '--n2', B, '--box', box, '--vnnlib', spec], /not both/);
  oneLineError(tt, ['verify', '--n1', A, '--n2', B, '--box', box, '--data', data], /--box gives the input boxes itself: drop --data/);
  oneLineError(tt, ['verify', '--n1', A, '--n2', B, '--vnnlib', spec, '--eps', '0.1'], /drop --eps/);
  oneLineError(tt, ['verify', '--n1', A, '--n2', B, '--data', data], /verify needs --eps/);
  oneLineError(tt, ['verify', '--n1', A, '--n2', B], /verify needs --data FILE .* or --box FILE\.json \/ --vnnlib FILE/);
  const bad = join(dir, 'three.json');
  writeFileSync(bad, JSON.stringify({ lower: [0, 0, 0], upper: [1, 1, 1] }));
  oneLineError(tt, ['verify', '--n1', A, '--n2', B, '--box', bad], /three\.json: box 0 has 3 values, the networks take 2 inputs/);
  const ok = cli(['verify', '--n1', A, '--n2', B, '--vnnlib', spec, '--time-limit', '20']);
  tt.equal(ok.code, 0, ok.err);
});
