/**
 * The GLPK backend (src/solver/glpk*.ts) and its agreement with HiGHS.
 *   - hand-solved LPs and MILPs, both senses, offsets; infeasible / unbounded / empty models;
 *   - GLPK's statuses and messages mapped to outcomes (pure function, every branch), with the
 *     gap-stop dual bound on the sound side of the incumbent;
 *   - a real time limit: a hard MILP stops at about 1 s with no dual bound;
 *   - a missing glpk.js is a one-line UserError saying how to install it;
 *   - HiGHS and GLPK agree on every exact value: the hand-computed tiny twins (every pair, both
 *     ends, implication verdicts) and shared mnist784 / mnist8x8 teacher-student cases, which
 *     must also match ../shared/reference-lrsm (skipped when ../shared is absent).
 * glpk.js is an optional dependency, but `npm ci` installs it, so these tests require it.
 */
import t, { type Test } from 'tap';
import { readFileSync } from 'node:fs';
import { intervalMethod } from '../src/bounds/interval.js';
import { diffMethod } from '../src/bounds/diff.js';
import { readSamples } from '../src/data/read.js';
import { UserError } from '../src/errors.js';
import { denseNetwork } from '../src/ir/build.js';
import { ModelBuilder, type MilpModel, type Sense } from '../src/milp/model.js';
import { loadOnnx } from '../src/onnx/load.js';
import { type RowResult, verifyRow } from '../src/verify/verify.js';
import { type VerifyOptions } from '../src/verify/options.js';
import { checkGlpkAvailable, createGlpkSolver } from '../src/solver/glpk.js';
import { type GlpkConstants, glpkOutcome } from '../src/solver/glpk-model.js';
import { createHighsSolver } from '../src/solver/highs.js';
import type { MilpSolver, SolveOutcome } from '../src/solver/types.js';
import { needShared, sharedPath } from './helpers/shared.js';

const glpk: Promise<MilpSolver> = createGlpkSolver({ threads: 1 });
const highs = createHighsSolver({ threads: 1 });
t.teardown(async () => {
  await (await glpk).close();
  await highs.close();
});

const solve = async (model: MilpModel, timeLimitSec = 10, mipRelGap = 0): Promise<SolveOutcome> => (await glpk).solve({ model, timeLimitSec, mipRelGap, mipAbsGap: 0 });

/** sense scale·(x+y)+offset s.t. x+2y ≤ 4, 3x+y ≤ 6, x,y ≥ 0: LP optimum 2.8 (scale 1), integer optimum 2. */
function twoVar(sense: Sense, integer: boolean, scale = 1, offset = 0): MilpModel {
  const b = new ModelBuilder();
  const x = b.addCol(0, Infinity, 'x');
  const y = b.addCol(0, Infinity, 'y');
  b.addRow([x, y], [1, 2], -Infinity, 4, 'r0');
  b.addRow([x, y], [3, 1], -Infinity, 6, 'r1');
  const m = b.build(sense, new Map([[x, scale], [y, scale]]), offset);
  return integer ? { ...m, integrality: Int32Array.from([1, 1]) } : m;
}

function expectOptimal(tt: Test, out: SolveOutcome, value: number, m: MilpModel): void {
  tt.equal(out.kind, 'optimal', out.kind === 'error' ? out.message : out.kind);
  if (out.kind !== 'optimal') return;
  tt.ok(Math.abs(out.incumbent.objective - value) < 1e-7, `objective ${out.incumbent.objective} ≈ ${value}`);
  tt.ok(Math.abs(out.dualBound - value) < 1e-7, `dual bound ${out.dualBound} ≈ ${value}`);
  let v = m.objOffset;
  for (let j = 0; j < m.numCols; j++) v += m.colCost[j] * out.incumbent.colValue[j];
  tt.ok(Math.abs(v - out.incumbent.objective) < 1e-9, 'the objective is that of the returned columns');
}

t.test('GLPK: LPs and MILPs with hand-known optima, both senses, offsets', async tt => {
  expectOptimal(tt, await solve(twoVar('maximize', false)), 2.8, twoVar('maximize', false));
  expectOptimal(tt, await solve(twoVar('maximize', true, 1, 10)), 12, twoVar('maximize', true, 1, 10));
  expectOptimal(tt, await solve(twoVar('minimize', false, -1, 0.5)), -2.3, twoVar('minimize', false, -1, 0.5));
  expectOptimal(tt, await solve(twoVar('minimize', true, -1)), -2, twoVar('minimize', true, -1));
  // A free column and a general integer with negative bounds: min x s.t. x ≥ g − 0.5, g ∈ {−3..7}.
  const b = new ModelBuilder();
  const x = b.addCol(-Infinity, Infinity, 'x');
  const g = b.addCol(-3, 7, 'g');
  b.addRow([x, g], [1, -1], -0.5, Infinity, 'r');
  const m0 = b.build('minimize', new Map([[x, 1]]));
  const m = { ...m0, integrality: Int32Array.from([0, 1]) };
  expectOptimal(tt, await solve(m), -3.5, m);
});

t.test('GLPK: infeasible, unbounded and empty models', async tt => {
  const inf = new ModelBuilder();
  const z = inf.addBinary('z');
  inf.addRow([z], [1], 2, Infinity, 'r');
  tt.equal((await solve(inf.build('minimize', new Map([[z, 1]])))).kind, 'infeasible', 'MILP infeasible (presolver)');
  const infLp = inf.build('minimize', new Map([[z, 1]]));
  tt.equal((await solve({ ...infLp, integrality: new Int32Array(1) })).kind, 'infeasible', 'LP infeasible (presolver says UNDEF)');
  // Integer-infeasible but LP-feasible: 2z = 1.
  const half = new ModelBuilder();
  const h = half.addBinary('h');
  half.addRow([h], [2], 1, 1, 'r');
  tt.equal((await solve(half.build('minimize', new Map([[h, 1]])))).kind, 'infeasible', 'no integer point');
  const unb = new ModelBuilder();
  const f = unb.addCol(-Infinity, Infinity, 'f');
  const d = unb.addBinary('d');
  unb.addRow([f, d], [1, 1], 0.5, Infinity, 'r');
  tt.equal((await solve(unb.build('maximize', new Map([[f, 1]])))).kind, 'unbounded', 'MILP unbounded');
  const unbLp = unb.build('maximize', new Map([[f, 1]]));
  tt.equal((await solve({ ...unbLp, integrality: new Int32Array(2) })).kind, 'unbounded', 'LP unbounded');
  const empty = new ModelBuilder().build('minimize', new Map(), 4);
  const out = await solve(empty);
  tt.ok(out.kind === 'optimal' && out.dualBound === 4, 'empty model: its offset');
});

const K: GlpkConstants = { GLP_MIN: 1, GLP_MAX: 2, GLP_FR: 1, GLP_LO: 2, GLP_UP: 3, GLP_DB: 4, GLP_FX: 5, GLP_MSG_ALL: 3, GLP_UNDEF: 1, GLP_FEAS: 2, GLP_INFEAS: 3, GLP_NOFEAS: 4, GLP_OPT: 5, GLP_UNBND: 6 };

t.test('GLPK statuses and messages become outcomes; bounds never cross the incumbent', async tt => {
  for (const sense of ['minimize', 'maximize'] as const) {
    const m = { ...twoVar(sense, true, 1, 1), integrality: Int32Array.from([1, 1]) };
    const vars = { c0: 1, c1: 1 };
    const at = (status: number, log: string[], mipGap = 0.01) => glpkOutcome(K, m, { isMip: true, result: { status, z: 2, vars }, log, mipGap });
    const opt = at(K.GLP_OPT, ['INTEGER OPTIMAL SOLUTION FOUND']);
    tt.ok(opt.kind === 'optimal' && opt.dualBound === 3 && opt.incumbent.objective === 3, `${sense}: OPT → optimal, bound = z + offset`);
    const gap = at(K.GLP_FEAS, ['+ 23: mip = 2 <= 2.01', 'RELATIVE MIP GAP TOLERANCE REACHED; SEARCH TERMINATED']);
    tt.equal(gap.kind, 'optimal', `${sense}: FEAS after the gap test → optimal`);
    if (gap.kind === 'optimal') {
      const expected = sense === 'minimize' ? 3 - 0.01 * (2 + 2 ** -52) : 3 + 0.01 * (2 + 2 ** -52);
      tt.equal(gap.dualBound, expected, `${sense}: bound is z ∓ gap·(|z| + ε), beyond the incumbent`);
    }
    const tl = at(K.GLP_FEAS, ['TIME LIMIT EXCEEDED; SEARCH TERMINATED']);
    tt.ok(tl.kind === 'timeLimit' && tl.dualBound === null && tl.incumbent?.objective === 3, `${sense}: FEAS at the time limit → timeLimit, incumbent, no bound`);
    const none = at(K.GLP_UNDEF, ['TIME LIMIT EXCEEDED; SEARCH TERMINATED']);
    tt.ok(none.kind === 'timeLimit' && none.incumbent === null && none.dualBound === null, `${sense}: UNDEF at the time limit → nothing`);
    tt.equal(at(K.GLP_FEAS, ['glp_intopt: something else']).kind, 'error', `${sense}: FEAS without a known reason is an error, not a bound`);
    tt.equal(at(K.GLP_FEAS, ['RELATIVE MIP GAP TOLERANCE REACHED'], 0).kind, 'error', `${sense}: a gap message with gap 0 is not trusted`);
    tt.equal(at(K.GLP_UNDEF, ['PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION']).kind, 'infeasible');
    tt.equal(at(K.GLP_UNDEF, ['LP RELAXATION HAS NO DUAL FEASIBLE SOLUTION']).kind, 'unbounded');
    tt.equal(at(K.GLP_NOFEAS, []).kind, 'infeasible');
    const weird = at(K.GLP_UNDEF, ['glp_intopt: optimal basis to initial LP relaxation not provided']);
    tt.ok(weird.kind === 'error' && weird.message.includes('optimal basis'), 'an unknown UNDEF is an error quoting GLPK');
  }
});

/** Market split: hard for branch and bound (see highs.test.ts). */
function marketSplit(seed: number, rows = 4, n = 40): MilpModel {
  let s = seed >>> 0;
  const rand = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const b = new ModelBuilder();
  const xs = Array.from({ length: n }, (_, j) => b.addBinary(`x${j}`));
  const cost = new Map<number, number>();
  for (let i = 0; i < rows; i++) {
    const a = xs.map(() => Math.floor(rand() * 100));
    const rhs = Math.floor(a.reduce((p, q) => p + q, 0) / 2);
    const sp = b.addCol(0, Infinity, `sp${i}`);
    const sm = b.addCol(0, Infinity, `sm${i}`);
    cost.set(sp, 1).set(sm, 1);
    b.addRow([...xs, sp, sm], [...a, 1, -1], rhs, rhs, `row${i}`);
  }
  return b.build('minimize', cost);
}

t.test('GLPK time limit: GLPK itself stops a hard MILP at its limit, with no dual bound', async tt => {
  // The hard kill is an hour after the limit, so timeLimit here is GLPK's own stop (a GLPK that
  // ignored tmlim would hang this test into tap's timeout); no assertion on how fast.
  const patient = await createGlpkSolver({ threads: 1, graceSec: 3600 });
  tt.teardown(() => patient.close());
  const out = await patient.solve({ model: marketSplit(7), timeLimitSec: 1, mipRelGap: 0, mipAbsGap: 0 });
  tt.equal(out.kind, 'timeLimit');
  if (out.kind === 'timeLimit') {
    tt.equal(out.dualBound, null, 'GLPK gives no global bound of an unfinished search');
    if (out.incumbent) tt.ok(out.incumbent.objective >= 0, 'the incumbent is a feasible point (slacks ≥ 0)');
  }
});

t.test('a missing glpk.js is a one-line UserError with the install command', async tt => {
  await tt.rejects(checkGlpkAvailable('glpk-js-not-installed-here/node'), UserError);
  try {
    await checkGlpkAvailable('glpk-js-not-installed-here/node');
  } catch (e) {
    tt.match((e as Error).message, /^--solver glpk: .*npm install glpk\.js@5\.0\.0[^\n]*$/);
  }
  await tt.resolves(checkGlpkAvailable(), 'glpk.js is installed here');
});

// ---- Agreement on the tiny twins and shared pairs ----

/** N1: z = [relu(x1+x2), relu(x1−x2)]; N2: z = [x1, 0] (test/tiny-twins.test.ts). A 3-class pair too. */
const n1 = denseNetwork('tiny-n1', 2, [
  { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);
const n2 = denseNetwork('tiny-n2', 2, [{ weights: [[1, 0], [0, 0]], bias: [0, 0], relu: false }]);
const m1 = denseNetwork('tiny3-n1', 2, [
  { weights: [[1, -1], [0.5, 1], [-1, 0.25]], bias: [0.1, -0.2, 0], relu: true },
  { weights: [[1, 0, -1], [0, 1, 0.5], [-0.5, 0.5, 1]], bias: [0, 0.1, -0.1], relu: false },
]);
const m2 = denseNetwork('tiny3-n2', 2, [
  { weights: [[1, -1], [0.5, 1]], bias: [0.1, -0.2], relu: true },
  { weights: [[1, 0], [0, 1], [-0.5, 0.5]], bias: [0, 0.1, -0.1], relu: false },
]);

const AGREE = 1e-6;
function agree(tt: Test, a: RowResult, b: RowResult, what: string): void {
  tt.equal(a.pairs.length, b.pairs.length);
  for (let k = 0; k < a.pairs.length; k++) {
    const p = a.pairs[k];
    const q = b.pairs[k];
    tt.equal(p.status, 'exact', `${what} ${p.pair} HiGHS exact`);
    tt.equal(q.status, 'exact', `${what} ${q.pair} GLPK exact`);
    tt.ok(Math.abs(p.lower - q.lower) <= AGREE * (1 + Math.abs(p.lower)), `${what} ${p.pair} min: HiGHS ${p.lower}, GLPK ${q.lower}`);
    tt.ok(Math.abs(p.upper - q.upper) <= AGREE * (1 + Math.abs(p.upper)), `${what} ${p.pair} max: HiGHS ${p.upper}, GLPK ${q.upper}`);
  }
  tt.equal(a.implication?.exact?.verdict, b.implication?.exact?.verdict, `${what}: same implication verdict (${a.implication?.exact?.verdict})`);
}

const tinyOpts = (eps: number): VerifyOptions => ({ eps, domain: null, pairs: 'all', implication: 'exact', timeLimitSec: 30, mipRelGap: 1e-9, mipAbsGap: 1e-9, bounds: intervalMethod });

t.test('HiGHS and GLPK agree on the hand-computed tiny twins', async tt => {
  const g = await glpk;
  for (const [x0, eps, name] of [[[0, 0], 1, 'relu box'], [[3, 0.5], 0.25, 'stable'], [[0.2, -0.1], 0.3, 'near origin']] as const) {
    const s = { row: 0, x: Float64Array.from(x0), label: 0 };
    const a = await verifyRow(n1, n2, s, tinyOpts(eps), highs);
    const b = await verifyRow(n1, n2, s, tinyOpts(eps), g);
    agree(tt, a, b, `tiny ${name}`);
    if (name === 'relu box') tt.ok(Math.abs(b.pairs[0].lower + 3) < 1e-6 && Math.abs(b.pairs[0].upper - 1) < 1e-6, 'GLPK finds the hand values [−3, 1]');
  }
  for (const [x0, eps] of [[[0.3, 0.4], 0.5], [[-0.2, 0.6], 0.2]] as const) {
    const s = { row: 1, x: Float64Array.from(x0), label: null };
    agree(tt, await verifyRow(m1, m2, s, tinyOpts(eps), highs), await verifyRow(m1, m2, s, tinyOpts(eps), g), `3-class x0=${x0}`);
  }
});

interface Case { name: string; n1: string; n2: string; index: number; label: number; eps: number; domain: [number, number]; pair: [number, number]; min: { value: number }; max: { value: number } }

t.test('HiGHS and GLPK agree on shared teacher/student pairs and with reference-lrsm', async tt => {
  const [casesPath] = needShared(tt, 'reference-lrsm/cases.json') ?? [];
  if (!casesPath) return;
  const g = await glpk;
  const cases = (JSON.parse(readFileSync(casesPath, 'utf8')) as Case[]).filter(c => c.n1.includes('mnist784') || (c.n1.includes('mnist8x8') && c.index === 1 && c.pair[1] === 1));
  tt.ok(cases.length >= 5, `${cases.length} cases`);
  for (const c of cases) {
    const is8x8 = c.n1.includes('mnist8x8');
    const data = sharedPath(is8x8 ? 'data/mnist/mnist8x8_test_first1000.csv' : 'data/mnist/mnist_test_first100.csv');
    const [sample] = readSamples(data, [c.index], { labelColumn: 'first', scale: is8x8 ? 1 : 1 / 255 });
    const nets = [loadOnnx(sharedPath(`data/${c.n1}`)), loadOnnx(sharedPath(`data/${c.n2}`))] as const;
    const opts: VerifyOptions = { eps: c.eps, domain: { lo: c.domain[0], hi: c.domain[1] }, pairs: [c.pair], implication: 'off', timeLimitSec: 120, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: diffMethod };
    const a = await verifyRow(nets[0], nets[1], sample, opts, highs);
    const b = await verifyRow(nets[0], nets[1], sample, opts, g);
    const what = `${c.name} row ${c.index} ${c.pair.join(':')}`;
    agree(tt, a, b, what);
    const p = b.pairs[0];
    tt.ok(Math.abs(p.lower - c.min.value) <= 1e-5 && Math.abs(p.upper - c.max.value) <= 1e-5, `${what}: GLPK [${p.lower}, ${p.upper}] vs reference [${c.min.value}, ${c.max.value}]`);
    tt.ok(p.lower <= c.min.value + 1e-6 * (1 + Math.abs(c.min.value)) && p.upper >= c.max.value - 1e-6 * (1 + Math.abs(c.max.value)), `${what}: reference optima inside GLPK's sound bounds`);
  }
});

t.test('verify --solver glpk: the run header records the backend', async tt => {
  const [n1p, n2p, data] = needShared(tt, 'data/models/mnist/mnist784_teacher_32_16_10.onnx', 'data/models/mnist/mnist784_student_36_10.onnx', 'data/mnist/mnist_test_first100.csv') ?? [];
  if (!n1p) return;
  const { runVerify } = await import('../src/cli/verify-command.js');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/tm-glpk-`);
  tt.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const out = `${dir}/r.json`;
  await runVerify({
    n1: n1p, n2: n2p, data, rows: '1', labelColumn: 'first', scale: 1 / 255,
    domain: { lo: 0, hi: 1 }, eps: 0.01, pairs: [[2, 3]], implication: 'exact', method: 'milp', solver: 'glpk', timeLimitSec: 60, threads: 1, format: 'json', out,
  }, { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false });
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { solver: string; results: { lower: number; upper: number; status: string }[] };
  tt.equal(doc.solver, 'glpk');
  tt.equal(doc.results[0].status, 'exact');
  tt.ok(Math.abs(doc.results[0].lower - -4.6721113929927505) < 1e-5 && Math.abs(doc.results[0].upper - -1.2413114750379872) < 1e-5, 'reference values');
});
