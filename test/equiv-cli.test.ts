/**
 * `twinmargin equiv` as a user meets it: a .nnet twin pair written by the test, regions from a
 * box file, a VNN-LIB file and data rows, JSON records with verdicts and bounds, the one-word
 * result line, and one-line errors with exit code 2. Then the ACAS Xu pairs of ../shared on a
 * small sub-box of property 1 (skipped when ../shared is absent; failing then if
 * TWINMARGIN_REQUIRE_SHARED=1).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliSpawn } from './helpers/cli.js';
import { tinyNnet } from './helpers/nnet-twin.js';
import t, { type Test } from 'tap';

const ROOT = new URL('..', import.meta.url).pathname;
const ACAS = `${process.env.TWINMARGIN_SHARED_DIR ?? `${ROOT}../shared`}/data/peers/acas/`;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-equiv-'));

const cli = (args: string[]): { code: number; out: string; err: string } => cliSpawn(args, 300_000);

/** Twins that differ only in w00 (test/helpers/nnet-twin.ts). */
const nnet = (w00: number): string => tinyNnet(w00);

const A = join(dir, 'a.nnet');
const B = join(dir, 'b.nnet');
writeFileSync(A, nnet(1));
writeFileSync(B, nnet(1.25));
// x̃ = (x − 2)/4; z = relu(W x̃); z²₀ − z¹₀ = relu(1.25·x̃0 + x̃1) − relu(x̃0 + x̃1), at most 0.25·0.5 = 0.125 on [0, 4]².

function expectUserError(tt: Test, args: string[], pattern: RegExp): void {
  const r = cli(args);
  tt.equal(r.code, 2, `exit code 2 for ${args.join(' ')}`);
  const lines = r.err.trim().split('\n');
  tt.equal(lines.length, 1, `one line on stderr: ${r.err.trim()}`);
  tt.match(lines[0], /^twinmargin: error: /);
  tt.match(lines[0], pattern);
}

t.test('equiv on a .nnet pair: box file and VNN-LIB regions, JSON records, result line', async tt => {
  const box = join(dir, 'box.json');
  writeFileSync(box, JSON.stringify([{ lower: [0, 0], upper: [4, 4] }, { lo: [2, 2], hi: [2, 2] }]));
  const out = join(dir, 'r.json');
  const r = cli(['equiv', '--n1', A, '--n2', B, '--box', box, '--property', 'diff:0:0.2', '--property', 'diff:0:0.1', '--format', 'json', '--out', out, '--time-limit', '20']);
  tt.equal(r.code, 0, r.err);
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { results: { region: string; property: string; verdict: string; bounds: { lower: number; upper: number }; counterexample?: { x: number[]; z1: number[]; z2: number[] } }[] };
  tt.same(doc.results.map(x => `${x.property} ${x.verdict}`), ['diff:0:0.2 holds', 'diff:0:0.1 violated', 'diff:0:0.2 holds', 'diff:0:0.1 holds']);
  tt.ok(doc.results[0].bounds.upper >= 0.125 && doc.results[0].bounds.lower <= 0, `proven [${doc.results[0].bounds.lower}, ${doc.results[0].bounds.upper}] contains [0, 0.125]`);
  const c = doc.results[1].counterexample;
  tt.ok(c && c.z2[0] - c.z1[0] >= 0.1, 'the counterexample has both logits and violates ε = 0.1');

  const spec = join(dir, 'p.vnnlib');
  writeFileSync(spec, '(declare-const X_0 Real)\n(declare-const X_1 Real)\n(declare-const Y_0 Real)\n(assert (>= X_0 0))\n(assert (<= X_0 4))\n(assert (>= X_1 0))\n(assert (<= X_1 4))\n(assert (>= Y_0 0.5))\n');
  const t2 = cli(['equiv', '--n1', A, '--n2', B, '--vnnlib', spec, '--property', 'linf:0.2']);
  tt.equal(t2.code, 0, t2.err);
  tt.match(t2.out, /output constraints in 1 of 1 region\(s\) \(e\.g\. Y_0 >= 0\.5\); they state a single-network property and are NOT used/);
  // With JSON on stdout the note goes to stderr, and each record keeps the assertions.
  const tj = cli(['equiv', '--n1', A, '--n2', B, '--vnnlib', spec, '--property', 'linf:0.2', '--method', 'relaxed', '--format', 'json']);
  tt.equal(tj.code, 0, tj.err);
  tt.match(tj.err, /NOT used: equiv checks --property on each input box; each record keeps them as outputConstraints/);
  const d3 = JSON.parse(tj.out.slice(tj.out.indexOf('{'))) as { results: { outputConstraints?: string[] }[] };
  tt.same(d3.results.map(x => x.outputConstraints), [['Y_0 >= 0.5']]);
  tt.match(t2.out, /linf:0\.2: HOLDS/);
  tt.equal(t2.out.trim().split('\n').at(-1), 'holds', 'the last line is the one-word verdict');
  const t3 = cli(['equiv', '--n1', A, '--n2', B, '--vnnlib', spec, '--property', 'linf:0.05', '--format', 'jsonl']);
  const recs = t3.out.trim().split('\n').filter(l => l.startsWith('{')).map(l => JSON.parse(l) as { kind: string; verdict?: string; regions?: { path: string; sha256: string; regions: number } });
  tt.same(recs.map(x => x.kind), ['run', 'result']);
  const specSha = createHash('sha256').update(readFileSync(spec)).digest('hex');
  tt.same(recs[0].regions && { path: recs[0].regions.path, sha256: recs[0].regions.sha256, regions: recs[0].regions.regions }, { path: spec, sha256: specSha, regions: 1 }, 'the run header names the VNN-LIB file with its sha256');
  tt.equal(recs[1].verdict, 'violated');

  const data = join(dir, 'x.csv');
  writeFileSync(data, '1,1\n3,3\n');
  const t4 = cli(['equiv', '--n1', A, '--n2', B, '--data', data, '--label-col', 'none', '--domain', '0,4', '--rows', '0-1', '--eps', '0.5', '--property', 'top1', '--format', 'json']);
  tt.equal(t4.code, 0, t4.err);
  tt.equal((JSON.parse(t4.out) as { results: unknown[] }).results.length, 2, 'one record per data row');
});

t.test('equiv errors: one line, exit 2', async tt => {
  const box = join(dir, 'box2.json');
  writeFileSync(box, JSON.stringify({ lower: [0, 0], upper: [1, 1] }));
  expectUserError(tt, ['equiv', '--n1', A, '--n2', B, '--box', box, '--property', 'diff:7:0.1'], /--property diff:7:0\.1: output 7 does not exist \(the networks have 2 outputs\)/);
  expectUserError(tt, ['equiv', '--n1', A, '--n2', B, '--box', box, '--property', 'linf'], /--property linf: expected linf:EPS/);
  expectUserError(tt, ['equiv', '--n1', A, '--n2', B, '--box', box, '--property', 'delta-top1:1.5'], /δ must lie strictly between 0 and 1/);
  expectUserError(tt, ['equiv', '--n1', A, '--n2', B, '--box', box, '--property', 'top5'], /unknown property 'top5'/);
  expectUserError(tt, ['equiv', '--n1', A, '--n2', B, '--property', 'top1'], /give exactly one region source/);
  const bad = join(dir, 'bad.vnnlib');
  writeFileSync(bad, '(declare-const X_0 Real)\n(assert (<== X_0 1))\n');
  expectUserError(tt, ['equiv', '--n1', A, '--n2', B, '--vnnlib', bad, '--property', 'top1'], /bad\.vnnlib: line 2, column 10: unexpected token '<=='/);
  const one = join(dir, 'one.vnnlib');
  writeFileSync(one, '(declare-const X_0 Real)\n(assert (<= X_0 1))\n(assert (>= X_0 0))\n');
  expectUserError(tt, ['equiv', '--n1', A, '--n2', B, '--vnnlib', one, '--property', 'top1'], /one\.vnnlib: declares 1 inputs X_i, the networks take 2/);
  const broken = join(dir, 'broken.nnet');
  writeFileSync(broken, nnet(1).replace('1.0,-1.0,', '1.0,abc,'));
  expectUserError(tt, ['equiv', '--n1', broken, '--n2', B, '--box', box, '--property', 'top1'], /broken\.nnet: line 10: 'abc' is not a finite number/);
  // verify reads .nnet too (the loader dispatches on the extension).
  const data = join(dir, 'v.csv');
  writeFileSync(data, '1,1,0\n');
  const v = cli(['verify', '--n1', A, '--n2', B, '--data', data, '--domain', '0,4', '--eps', '0.1', '--format', 'json', '--time-limit', '20']);
  tt.equal(v.code, 0, `verify accepts .nnet twins: ${v.err}`);
});

const acasMissing = !existsSync(ACAS);
const requireShared = process.env.TWINMARGIN_REQUIRE_SHARED === '1';

t.test('ACAS Xu pairs of ../shared: diff:0:0.05 on a 1 % sub-box of property 1 holds by relaxation', { skip: acasMissing && !requireShared && `../shared/data/peers/acas not found at ${ACAS}` }, async tt => {
  if (acasMissing) {
    tt.fail(`TWINMARGIN_REQUIRE_SHARED=1 but ${ACAS} is missing`);
    return;
  }
  const lo = [55947.691, -Math.PI, -Math.PI, 1145, 0];
  const hi = [60760, Math.PI, Math.PI, 1200, 60];
  const box = join(dir, 'acas-box.json');
  writeFileSync(box, JSON.stringify({ lower: lo, upper: lo.map((l, i) => l + 0.01 * (hi[i] - l)) }));
  for (const p of ['1_1', '2_1']) {
    const r = cli(['equiv', '--n1', `${ACAS}ACASXU_run2a_${p}_batch_2000.nnet`, '--n2', `${ACAS}ACASXU_run2a_${p}_batch_2000_16bit.nnet`, '--box', box, '--property', 'diff:0:0.05', '--property', 'linf:0.05', '--method', 'relaxed', '--format', 'json']);
    tt.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out.slice(r.out.indexOf('{'))) as { results: { verdict: string; bounds: { upper: number } }[] };
    tt.same(doc.results.map(x => x.verdict), ['holds', 'holds'], `pair ${p}: both hold on the sub-box`);
  }
});
