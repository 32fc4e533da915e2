/**
 * LP/MPS export (src/milp/lp-format.ts, mps-format.ts, names.ts) and `twinmargin encode`:
 *   - HiGHS's own MPS parser reads back exactly our model (every bound, cost, coefficient and
 *     integrality bit, in our column order) on a model with every feature the writers handle;
 *   - HiGHS's LP parser gives the same optimum as the in-memory model;
 *   - the committed encodings/ files re-solve, with both backends, to their sidecar optimum
 *     and to the hand-computed / reference values;
 *   - `encode` writes the three files and rejects bad options with exit code 2.
 */
import t from 'tap';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ModelBuilder, type MilpModel } from '../src/milp/model.js';
import { toLpFormat } from '../src/milp/lp-format.js';
import { toMpsFormat } from '../src/milp/mps-format.js';
import { sanitizeName, uniqueNames } from '../src/milp/names.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { createGlpkSolver } from '../src/solver/glpk.js';
import type { MilpSolver, SolveOutcome } from '../src/solver/types.js';
import { highs, readModel } from './helpers/highs-read.js';
import { needShared } from './helpers/shared.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENCODINGS = join(ROOT, 'encodings');

/**
 * A model with everything: free, negative, fixed, half-bounded and [0, 1] columns, a general
 * integer in [-3, 7], an integer with no upper bound, ranged / equality / ≤ / ≥ rows, an empty
 * column, awkward numbers (0.1, 1/3, 1e-7; HiGHS drops entries below 1e-9 on reading) and an objective offset; names that
 * need repair (a repeated name, a space, a leading digit, a keyword).
 *   max x + y + 2z − w + 0.5 g − 3 + …  (optimum computed by HiGHS in memory)
 */
function featureModel(): MilpModel {
  const b = new ModelBuilder();
  const x = b.addCol(-Infinity, Infinity, 'x');
  const y = b.addCol(-5, 1 / 3, 'y');
  const z = b.addBinary('z');
  const w = b.addCol(0.1, 0.1, 'w w');
  const g = b.addCol(-3, 7, '3g');
  const h = b.addCol(0, Infinity, 'free');
  const e = b.addCol(-Infinity, 4, 'x');
  b.addRow([x, y], [1, 1], -1, 2.5, 'range');
  b.addRow([x, z, g], [1, -2.5e21 / 1e21, 1e-7], -Infinity, 3, 'le');
  b.addRow([y, g, h], [0.1, 1, -1], 1, Infinity, 'ge');
  b.addRow([x, w], [1, -1], 0.7, 0.7, 'eq');
  b.addRow([h, e], [1, 1], -Infinity, 10, 'le');
  const m = b.build('maximize', new Map([[x, 1], [y, 1], [z, 2], [w, -1], [g, 0.5], [e, 1]]), -3);
  const integrality = m.integrality.slice();
  integrality[g] = 1;
  integrality[h] = 1;
  return { ...m, integrality };
}

function optimum(out: SolveOutcome): number {
  if (out.kind !== 'optimal') throw new Error(`status ${out.kind}`);
  return out.incumbent.objective;
}

const close = (a: number, b: number, tol = 1e-6): boolean => Math.abs(a - b) <= tol * (1 + Math.abs(b));

const highsSolver = createHighsSolver({ threads: 1 });
const glpkSolver: Promise<MilpSolver> = createGlpkSolver({ threads: 1 });
t.teardown(async () => {
  await highsSolver.close();
  await (await glpkSolver).close();
});
const solveWith = (s: MilpSolver, model: MilpModel) => s.solve({ model, timeLimitSec: 60, mipRelGap: 1e-9, mipAbsGap: 1e-9 });

t.test('names: sanitized, unique, never a keyword or exponent-like', async tt => {
  tt.equal(sanitizeName('n1_l2_relu_17'), 'n1_l2_relu_17', 'encoder names are kept');
  tt.equal(sanitizeName('a b:c'), 'a_b_c');
  tt.equal(sanitizeName('3g'), '_3g');
  tt.equal(sanitizeName('e12'), '_e12');
  tt.equal(sanitizeName('Free'), '_Free');
  tt.same(uniqueNames(['x', 'x', 'x_2', 'X']), ['x', 'x_2', 'x_2_2', 'X_3']);
  tt.same(uniqueNames(['obj', 'a'], ['obj']), ['_obj', 'a']);
});

t.test('MPS: HiGHS reads back exactly our model', async tt => {
  const m = featureModel();
  const back = await readModel('mps', toMpsFormat(m, 'features'));
  tt.equal(back.sense, m.sense);
  tt.equal(back.numCols, m.numCols);
  tt.equal(back.numRows, m.numRows);
  tt.equal(back.objOffset, m.objOffset, 'objective offset');
  for (const key of ['colCost', 'colLower', 'colUpper', 'integrality', 'starts', 'indices'] as const) {
    tt.same(Array.from(back[key]), Array.from(m[key]), key);
  }
  tt.same(Array.from(back.values), Array.from(m.values), 'coefficients bit for bit (round-trip decimals)');
  tt.same(Array.from(back.rowLower), Array.from(m.rowLower), 'row lower bounds');
  // A ranged row's upper bound is lo + (hi − lo): exact here, in general within an ulp.
  tt.same(Array.from(back.rowUpper), Array.from(m.rowUpper), 'row upper bounds');
});

t.test('LP and MPS text give the in-memory optimum (HiGHS parsers, both backends)', async tt => {
  const m = featureModel();
  const ref = optimum(await solveWith(highsSolver, m));
  tt.ok(Number.isFinite(ref));
  const h = await highs();
  const lpSol = h.solve(toLpFormat(m), {});
  tt.equal(lpSol.Status, 'Optimal');
  tt.ok(close(lpSol.ObjectiveValue, ref, 1e-9), `LP file optimum ${lpSol.ObjectiveValue} = in-memory ${ref}`);
  const fromLp = await readModel('lp', toLpFormat(m));
  tt.equal(fromLp.numRows, m.numRows + 1, 'the ranged row became two rows');
  const fromMps = await readModel('mps', toMpsFormat(m, 'features'));
  tt.ok(close(optimum(await solveWith(highsSolver, fromMps)), ref, 1e-9), 'MPS re-solved by HiGHS');
  tt.ok(close(optimum(await solveWith(await glpkSolver, fromMps)), ref, 1e-7), 'MPS re-solved by GLPK');
  tt.ok(close(optimum(await solveWith(await glpkSolver, fromLp)), ref, 1e-7), 'LP re-solved by GLPK');
});

interface Sidecar {
  query: { sense: 'minimize' | 'maximize'; relaxed: boolean };
  objective: { sense: string; coefficients: Record<string, number> };
  inputs: { column: string; input: number; lower: number; upper: number }[];
  n1: { sha256: string };
  n2: { sha256: string };
  byHand?: number;
  size: { integers: number };
  solve: { status: string; objective: number };
  files: { lp: string; mps: string };
}

const sidecars = existsSync(ENCODINGS) ? readdirSync(ENCODINGS).filter(f => f.endsWith('.json')).sort() : [];
t.ok(sidecars.length >= 5, `encodings/ holds the reference exports (${sidecars.length} sidecars)`);
const REFERENCE: Record<string, number> = { 'mnist8x8-ts-r1-2_1-min.json': -3.738366052270438 };

for (const file of sidecars) {
  t.test(`encodings/${file}: both backends reproduce the sidecar optimum`, async tt => {
    const side = JSON.parse(readFileSync(join(ENCODINGS, file), 'utf8')) as Sidecar;
    tt.equal(side.solve.status, 'optimal');
    tt.match(side.n1.sha256, /^[0-9a-f]{64}$/);
    tt.equal(side.objective.sense, side.query.sense);
    const want = side.solve.objective;
    if (side.byHand !== undefined) tt.ok(close(want, side.byHand), `sidecar ${want} = hand value ${side.byHand}`);
    if (REFERENCE[file] !== undefined) tt.ok(close(want, REFERENCE[file]), `sidecar ${want} = reference-lrsm ${REFERENCE[file]}`);
    const mpsText = readFileSync(join(ENCODINGS, side.files.mps), 'utf8');
    const lpText = readFileSync(join(ENCODINGS, side.files.lp), 'utf8');
    const model = await readModel('mps', mpsText);
    tt.equal(model.sense, side.query.sense);
    const integers = model.integrality.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
    tt.equal(integers, side.size.integers, `${integers} integer columns, as the sidecar says`);
    if (side.query.relaxed) tt.equal(integers, 0, 'an LP relaxation has no integer column');
    for (const inp of side.inputs.slice(0, 5)) {
      tt.equal(model.colLower[inp.input], inp.lower, `input ${inp.input} lower bound`);
      tt.equal(model.colUpper[inp.input], inp.upper, `input ${inp.input} upper bound`);
    }
    const hv = optimum(await solveWith(highsSolver, model));
    const gv = optimum(await solveWith(await glpkSolver, model));
    tt.ok(close(hv, want), `HiGHS on the MPS file: ${hv} vs sidecar ${want}`);
    tt.ok(close(gv, want), `GLPK on the MPS file: ${gv} vs sidecar ${want}`);
    const lpSol = (await highs()).solve(lpText, { mip_rel_gap: 1e-9, mip_abs_gap: 1e-9 });
    tt.equal(lpSol.Status, 'Optimal');
    tt.ok(close(lpSol.ObjectiveValue, want), `HiGHS on the LP file: ${lpSol.ObjectiveValue} vs sidecar ${want}`);
  });
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

t.test('twinmargin encode writes LP, MPS and sidecar; bad options exit 2 with one line', async tt => {
  const [n1, n2, data] = needShared(tt, 'data/models/mnist/mnist784_teacher_32_16_10.onnx', 'data/models/mnist/mnist784_student_36_10.onnx', 'data/mnist/mnist_test_first100.csv') ?? [];
  if (!n1) return;
  const dir = mkdtempSync(join(tmpdir(), 'tm-encode-'));
  tt.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const base = ['encode', '--n1', n1, '--n2', n2,
    '--data', data, '--label-col', 'first', '--scale', '1/255', '--rows', '1', '--eps', '0.01', '--out', dir];
  const ok = await cli([...base, '--pair', '2:3', '--sense', 'max', '--name', 'q', '--solve']);
  tt.equal(ok.code, 0, ok.stderr);
  const side = JSON.parse(readFileSync(join(dir, 'q.json'), 'utf8')) as Sidecar;
  tt.ok(close(side.solve.objective, -1.2413114750379872), `max ρ(2, 3) ${side.solve.objective} = reference −1.2413114750379872`);
  tt.equal(side.inputs.length, 784);
  tt.ok(existsSync(join(dir, 'q.lp')) && existsSync(join(dir, 'q.mps')));
  for (const [args, what] of [[['--pair', '2:2'], '--pair 2:2'], [['--pair', '2:12'], '--pair 2:12'], [['--pair', '2:3', '--sense', 'up'], '--sense up']] as const) {
    const bad = await cli([...base, ...args]);
    tt.equal(bad.code, 2, `${what} exits 2`);
    tt.match(bad.stderr, new RegExp(`^twinmargin: error: ${what.replace(/[-:]/g, '\\$&')}[^\\n]*\\n$`), 'one line naming the option');
  }
});
