/**
 * Tests of the HiGHS backend (src/solver/highs.ts): hand-solved LPs and MILPs in both senses,
 * offsets, infeasible / unbounded / empty / broken models, MIP starts, dual bounds, the hard
 * wall-clock kill (with what the killed worker reported), parallel solves, and process exit.
 * No assertion is on how fast anything ran: a loaded machine must not fail a correct backend.
 */
import t, { type Test } from 'tap';
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ModelBuilder, type MilpModel, type Sense } from '../src/milp/model.js';
import { createHighsSolver } from '../src/solver/highs.js';
import type { SolveOutcome, SolveRequest } from '../src/solver/types.js';

const EPS = 1e-6;

function req(model: MilpModel, extra: Partial<SolveRequest> = {}): SolveRequest {
  return { model, timeLimitSec: 10, mipRelGap: 0, mipAbsGap: 0, ...extra };
}

/**
 * sense scale·(x+y) + offset s.t. x+2y ≤ 4, 3x+y ≤ 6, x,y ≥ 0: LP optimum 2.8 at (1.6, 1.2);
 * integer optimum 2. ModelBuilder only makes binaries, so general integers are set by hand.
 */
function twoVar(sense: Sense, integer: boolean, scale = 1, offset = 0): MilpModel {
  const b = new ModelBuilder();
  const x = b.addCol(0, Infinity, 'x');
  const y = b.addCol(0, Infinity, 'y');
  b.addRow([x, y], [1, 2], -Infinity, 4, 'r0');
  b.addRow([x, y], [3, 1], -Infinity, 6, 'r1');
  const m = b.build(sense, new Map([[x, scale], [y, scale]]), offset);
  if (integer) m.integrality.fill(1);
  return m;
}

/** max 5x+4y s.t. 6x+4y ≤ 24, x+2y ≤ 6, x,y ∈ ℤ≥0: LP optimum 21 at (3, 1.5), integer optimum 20 at (4, 0). */
function knapsack(sense: Sense): MilpModel {
  const b = new ModelBuilder();
  const x = b.addCol(0, Infinity, 'x');
  const y = b.addCol(0, Infinity, 'y');
  b.addRow([x, y], [6, 4], -Infinity, 24, 'a');
  b.addRow([x, y], [1, 2], -Infinity, 6, 'b');
  const s = sense === 'maximize' ? 1 : -1;
  const m = b.build(sense, new Map([[x, 5 * s], [y, 4 * s]]));
  m.integrality.fill(1);
  return m;
}

/**
 * Market split (Cornuéjols–Dawande) with slacks: min Σ(s⁺+s⁻) s.t. Σ_j a_ij x_j + s⁺_i − s⁻_i =
 * ⌊Σ_j a_ij / 2⌋, x binary, a_ij uniform in [0, 99]. Notoriously hard for branch and bound;
 * x = 0 with slacks is feasible, so incumbents appear early.
 */
function marketSplit(seed: number, rows = 4, n = 30): MilpModel {
  let s = seed >>> 0;
  const rand = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
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
  return b.build('minimize', cost, 0.5);
}

/** cost·x + offset, to check that an incumbent's objective matches its columns. */
function evalObjective(m: MilpModel, x: Float64Array): number {
  let v = m.objOffset;
  for (let j = 0; j < m.numCols; j++) v += m.colCost[j] * x[j];
  return v;
}

function expectOptimal(tt: Test, out: SolveOutcome, objective: number, model: MilpModel): void {
  tt.equal(out.kind, 'optimal', out.kind === 'error' ? out.message : 'optimal');
  if (out.kind !== 'optimal') return;
  tt.ok(Math.abs(out.incumbent.objective - objective) < EPS, `objective ${out.incumbent.objective} ≈ ${objective}`);
  tt.ok(Math.abs(out.dualBound - objective) < EPS, `dual bound ${out.dualBound} ≈ ${objective}`);
  tt.ok(out.incumbent.colValue instanceof Float64Array);
  tt.equal(out.incumbent.colValue.length, model.numCols);
  tt.ok(Math.abs(evalObjective(model, out.incumbent.colValue) - objective) < EPS, 'objective matches colValue');
  tt.ok(out.seconds >= 0 && out.nodes >= 0);
}

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

t.test('LP and MILP with hand-known optima, both senses, offsets', async (tt) => {
  for (const [sense, s] of [['maximize', 1], ['minimize', -1]] as const) {
    const lp = twoVar(sense, false, s);
    expectOptimal(tt, await solver.solve(req(lp)), 2.8 * s, lp);
    const lpOff = twoVar(sense, false, s, 10);
    expectOptimal(tt, await solver.solve(req(lpOff)), 2.8 * s + 10, lpOff);
    const mip = twoVar(sense, true, s, -3);
    expectOptimal(tt, await solver.solve(req(mip)), 2 * s - 3, mip);
    const ks = knapsack(sense);
    const out = await solver.solve(req(ks));
    expectOptimal(tt, out, 20 * s, ks);
    if (out.kind === 'optimal') tt.same(Array.from(out.incumbent.colValue, Math.round), [4, 0]);
  }
});

t.test('infeasible, unbounded and empty models', async (tt) => {
  for (const integer of [false, true]) {
    const b = new ModelBuilder();
    const x = integer ? b.addBinary('x') : b.addCol(0, 1, 'x');
    b.addRow([x], [1], 2, 3, 'r');
    const out = await solver.solve(req(b.build('minimize', new Map([[x, 1]]))));
    tt.equal(out.kind, 'infeasible', `infeasible (integer: ${integer})`);
    const u = new ModelBuilder();
    const y = u.addCol(0, Infinity, 'y');
    const z = u.addCol(0, 1, 'z');
    u.addRow([y, z], [1, 1], 1, Infinity, 'r');
    const um = u.build('maximize', new Map([[y, 1]]));
    if (integer) um.integrality.fill(1);
    tt.equal((await solver.solve(req(um))).kind, 'unbounded', `unbounded (integer: ${integer})`);
  }
  const empty = new ModelBuilder().build('minimize', new Map(), 4);
  expectOptimal(tt, await solver.solve(req(empty)), 4, empty);
});

t.test('MIP start: an optimal start is kept', async (tt) => {
  const ks = knapsack('maximize');
  const out = await solver.solve(req(ks, { start: new Float64Array([4, 0]) }));
  expectOptimal(tt, out, 20, ks);
});

t.test('invalid requests are errors', async (tt) => {
  const ks = knapsack('maximize');
  const bad: Partial<SolveRequest>[] = [{ start: new Float64Array([1]) }, { timeLimitSec: 0 }, { timeLimitSec: Infinity }, { mipRelGap: NaN }];
  for (const extra of bad) tt.equal((await solver.solve(req(ks, extra))).kind, 'error');
});

t.test('dual bound is on the right side of the incumbent under a gap', async (tt) => {
  for (const sense of ['minimize', 'maximize'] as const) {
    const m = marketSplit(7, 2, 12);
    const model = sense === 'minimize' ? m : { ...m, sense, colCost: m.colCost.map((c) => -c) };
    const out = await solver.solve(req(model, { mipRelGap: 0.5, mipAbsGap: 1 }));
    tt.ok(out.kind === 'optimal' || out.kind === 'timeLimit', out.kind);
    if (out.kind !== 'optimal') continue;
    const obj = out.incumbent.objective;
    if (sense === 'minimize') tt.ok(out.dualBound <= obj + EPS, `min: ${out.dualBound} ≤ ${obj}`);
    else tt.ok(out.dualBound >= obj - EPS, `max: ${out.dualBound} ≥ ${obj}`);
    tt.ok(Math.abs(evalObjective(model, out.incumbent.colValue) - obj) < EPS);
  }
});

t.test('a model that throws inside highs returns a short error, and the pool goes on', async (tt) => {
  const m = twoVar('maximize', false);
  // NaN is rejected by highs-js's input validation; a 1e300 coefficient by HiGHS's passModel.
  const broken: MilpModel[] = [{ ...m, colCost: new Float64Array([NaN, 1]) }, { ...m, values: m.values.map((v) => v * 1e300) }];
  for (const model of broken) {
    const out = await solver.solve(req(model));
    tt.equal(out.kind, 'error');
    if (out.kind === 'error') tt.ok(out.message.length < 400, out.message);
  }
  expectOptimal(tt, await solver.solve(req(m)), 2.8, m);
});

t.test('time limit: HiGHS itself stops a hard MILP at its limit', async (tt) => {
  // The hard kill is an hour after the limit, so a timeLimit outcome here is HiGHS's own stop;
  // a HiGHS that ignored its limit would hang this test into tap's timeout.
  const patient = createHighsSolver({ graceSec: 3600 });
  tt.teardown(() => patient.close());
  const m = marketSplit(1);
  const out = await patient.solve(req(m, { timeLimitSec: 1 }));
  tt.equal(out.kind, 'timeLimit');
  if (out.kind === 'timeLimit' && out.incumbent) {
    tt.ok(Math.abs(evalObjective(m, out.incumbent.colValue) - out.incumbent.objective) < 1e-6);
    if (out.dualBound !== null) tt.ok(out.dualBound <= out.incumbent.objective + EPS);
  }
  const small = twoVar('maximize', true);
  expectOptimal(tt, await solver.solve(req(small)), 2, small);
});

t.test('hard kill: the worker is terminated and what it reported is returned', async (tt) => {
  const hard = createHighsSolver({ softLimit: false, graceSec: 0.5 });
  tt.teardown(() => hard.close());
  const small = knapsack('minimize');
  // A first solve starts the worker, so that the deadlines below are spent in HiGHS.
  expectOptimal(tt, await hard.solve(req(small)), -20, small);
  const m = marketSplit(2);
  const start = new Float64Array(m.numCols); // x = 0, slacks = rhs: feasible
  for (let i = 0; i < m.numRows; i++) start[m.numCols - 2 * m.numRows + 2 * i] = m.rowUpper[i];
  // softLimit: false gives HiGHS no limit, so only the kill ends this solve. What the worker had
  // reported by then (the MIP start or better, a dual bound, a node count) must come back and be
  // consistent. How much it reports depends on the machine's speed, not on the code: the limit
  // doubles until an incumbent was reported, instead of asserting one within a fixed time.
  let reported = 0;
  for (let limit = 1; reported === 0 && limit <= 16; limit *= 2) {
    const out = await hard.solve(req(m, { timeLimitSec: limit, start }));
    tt.equal(out.kind, 'timeLimit', `limit ${limit} s: ended by the kill`);
    if (out.kind !== 'timeLimit') break;
    if (out.incumbent) {
      reported++;
      tt.equal(out.incumbent.colValue.length, m.numCols);
      tt.ok(out.incumbent.objective <= evalObjective(m, start) + EPS, 'no worse than the start');
      tt.ok(Math.abs(evalObjective(m, out.incumbent.colValue) - out.incumbent.objective) < 1e-6, 'the objective is that of the reported columns');
    }
    if (out.dualBound !== null) tt.ok(out.dualBound <= (out.incumbent?.objective ?? Infinity) + EPS, `bound ${out.dualBound} below the incumbent`);
    tt.ok(out.nodes >= 0, `nodes ${out.nodes}`);
    // The killed worker was replaced: the solver goes on.
    expectOptimal(tt, await hard.solve(req(small)), -20, small);
  }
  tt.equal(reported, 1, 'an incumbent reported before a kill came back');
});

t.test('two solves run in parallel on a 2-worker pool', { skip: availableParallelism() < 2 && 'one core: the pool has one worker' }, async (tt) => {
  // A solve that nothing but close() ends (no HiGHS limit, the kill an hour away), then a small
  // one: with two workers the small one finishes while the first still runs; with one it would
  // wait behind it until the test times out. No clock is read.
  const pool = createHighsSolver({ threads: 2, softLimit: false, graceSec: 3600 });
  const long = pool.solve(req(marketSplit(11, 8, 60), { timeLimitSec: 3600 }));
  let longSettled = false;
  void long.then(() => (longSettled = true));
  const small = knapsack('minimize');
  expectOptimal(tt, await pool.solve(req(small)), -20, small);
  tt.notOk(longSettled, 'the long solve is still running while the small one finished');
  await pool.close();
  const out = await long;
  tt.ok(out.kind === 'error' && /pool closed/.test(out.message), `close() ends the long solve (${out.kind})`);
});

t.test('the process exits without close(), and solve() rejects after close()', async (tt) => {
  const src = fileURLToPath(new URL('../src/solver/highs.ts', import.meta.url));
  // A generous limit: the deadline counts from dispatch, and a fresh process under load can
  // take seconds to start its worker; this test is about exiting, not about the limit.
  const script = `const { createHighsSolver } = await import(${JSON.stringify(src)});
    const { ModelBuilder } = await import(${JSON.stringify(fileURLToPath(new URL('../src/milp/model.ts', import.meta.url)))});
    const b = new ModelBuilder(); const x = b.addBinary('x');
    const s = createHighsSolver({ threads: 2 });
    const o = await s.solve({ model: b.build('maximize', new Map([[x, 1]])), timeLimitSec: 600, mipRelGap: 0, mipAbsGap: 0 });
    console.log(o.kind);`;
  const res = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = execFile(process.execPath, ['--import=tsx', '--input-type=module', '-e', script], { timeout: 30_000 }, (err, stdout) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, out: stdout.trim() }),
    );
    child.stdin?.end();
  });
  tt.same(res, { code: 0, out: 'optimal' });
  const s = createHighsSolver();
  await s.close();
  await tt.rejects(s.solve(req(knapsack('maximize'))));
});
