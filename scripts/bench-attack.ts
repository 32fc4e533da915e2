/**
 * Benchmark of the attacks (not a test). For each query (twin pair, row, class pair, end):
 *   - the attack's inner value and its cost (ms, evaluations), at the side budget (4×20, used
 *     beside the MILP) and the full budget (8×50, --method attack);
 *   - the exact optimum by the joint MILP, solved twice in one run, once started at the attack
 *     point and once at x₀ (the order alternates between queries), with their seconds;
 *   - whether the attack is within 1 % of the optimum, relative to |opt| and relative to the
 *     exact width (max − min) of the pair.
 * Writes benchmarks/results/attack-<stamp>.json with machine info, medians and ratios.
 * Usage: node --import tsx scripts/bench-attack.ts [--quick]
 */
import { existsSync, readFileSync } from 'node:fs';
import { attackRho } from '../src/attack/rho.js';
import { DEFAULT_BUDGET, SIDE_BUDGET } from '../src/attack/pgd.js';
import { diffMethod } from '../src/bounds/diff.js';
import { readSamples } from '../src/data/read.js';
import { encodeJoint } from '../src/encoding/joint.js';
import { loadOnnx } from '../src/onnx/load.js';
import { clipToBox, type InputDomain, neighbourhood } from '../src/rsm/domain.js';
import { type Pair, rhoRelaxed } from '../src/rsm/objective.js';
import { solveEnd } from '../src/rsm/solve-end.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { median, writeResults } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SHARED = `${ROOT}../shared/`;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const quick = process.argv.includes('--quick');
const TIME_LIMIT = 60;
const SEED = 'bench-attack';

interface Query {
  readonly name: string;
  readonly n1: string;
  readonly n2: string;
  readonly data: string;
  readonly labelColumn: 'first' | 'last';
  readonly scale: number;
  readonly domain: InputDomain | null;
  readonly row: number;
  readonly eps: number;
  readonly pair: Pair | null;
}

const queries: Query[] = [];
for (const row of quick ? [0, 200] : [0, 100, 200, 300, 317]) {
  queries.push({ name: 'ecg260 fp32/int8w', n1: `${ECG}ecg_mitbih260_cnn_fp32.onnx`, n2: `${ECG}ecg_mitbih260_cnn_int8w.onnx`, data: `${ECG}mitbih260_beats_subset.csv`, labelColumn: 'last', scale: 1, domain: null, row, eps: 0.0002, pair: null });
}
interface Case { name: string; n1: string; n2: string; index: number; eps: number; domain: [number, number]; pair: [number, number] }
const casesPath = `${SHARED}reference-lrsm/cases.json`;
const skipped: string[] = [];
if (existsSync(casesPath)) {
  const cases = (JSON.parse(readFileSync(casesPath, 'utf8')) as Case[]).filter(c => c.name.startsWith('mnist784') || c.name.startsWith('mnist8x8'));
  for (const c of quick ? cases.filter((_, k) => k % 2 === 0) : cases) {
    const is8x8 = c.n1.includes('mnist8x8');
    queries.push({
      name: c.name,
      n1: `${SHARED}data/${c.n1}`,
      n2: `${SHARED}data/${c.n2}`,
      data: is8x8 ? `${SHARED}data/mnist/mnist8x8_test_first1000.csv` : `${SHARED}data/mnist/mnist_test_first100.csv`,
      labelColumn: 'first',
      scale: is8x8 ? 1 : 1 / 255,
      domain: { lo: c.domain[0], hi: c.domain[1] },
      row: c.index,
      eps: c.eps,
      pair: c.pair,
    });
  }
} else skipped.push(`mnist pairs: ${casesPath} not found`);

interface EndRecord {
  query: string;
  row: number;
  pair: Pair;
  sense: 'minimize' | 'maximize';
  optimum: number | null;
  exactWidth: number | null;
  attackSide: number;
  attackFull: number;
  attackSideMs: number;
  attackFullMs: number;
  milpAttackStartSec: number;
  milpX0StartSec: number;
  milpAttackStartStatus: string;
  milpX0StartStatus: string;
  firstRun: 'attack' | 'x0';
}

const solver = createHighsSolver({ threads: 1 });
const records: EndRecord[] = [];
let k = 0;
let warmedUp = false;
for (const q of queries) {
  if (!existsSync(q.n1) || !existsSync(q.n2) || !existsSync(q.data)) {
    skipped.push(`${q.name}: files not found`);
    continue;
  }
  const n1 = loadOnnx(q.n1);
  const n2 = loadOnnx(q.n2);
  const [s] = readSamples(q.data, [q.row], { labelColumn: q.labelColumn, scale: q.scale });
  const label = s.label ?? 0;
  const pair: Pair = q.pair ?? [label, label === 0 ? 1 : 0];
  const box = neighbourhood(s.x, q.eps, q.domain);
  const x0 = clipToBox(s.x, box);
  const bounds = diffMethod.compute(n1, n2, box);
  const joint = encodeJoint(n1, n2, box, bounds);
  const relaxed = rhoRelaxed(n1, n2, bounds.n1, bounds.n2, pair, bounds.diff);
  if (!warmedUp) {
    // Warm-up: the first solve of a worker pays for loading HiGHS; keep it out of the timings.
    await solveEnd({ joint, pair, sense: 'minimize', x0, relaxedBound: relaxed.lower, solver, timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6, lpOnly: true });
    warmedUp = true;
  }
  const seed = `${SEED}:${q.name}:${q.row}:${pair.join(':')}`;
  const side = attackRho(n1, n2, box, x0, pair, SIDE_BUDGET, seed);
  const full = attackRho(n1, n2, box, x0, pair, DEFAULT_BUDGET, seed);
  const ends: EndRecord[] = [];
  for (const sense of ['minimize', 'maximize'] as const) {
    const w = sense === 'minimize' ? side.lower : side.upper;
    const common = { joint, pair, sense, x0, relaxedBound: sense === 'minimize' ? relaxed.lower : relaxed.upper, solver, timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6 };
    const firstRun = k++ % 2 === 0 ? 'attack' : 'x0';
    const runAttack = () => solveEnd({ ...common, start: Float64Array.from(w.x) });
    const runX0 = () => solveEnd(common);
    const withAttack = firstRun === 'attack' ? await runAttack() : null;
    const withX0 = await runX0();
    const attackRun = withAttack ?? (await runAttack());
    const exact = attackRun.status === 'exact' ? attackRun : withX0.status === 'exact' ? withX0 : null;
    ends.push({
      query: q.name,
      row: q.row,
      pair,
      sense,
      optimum: exact ? exact.bound : null,
      exactWidth: null,
      attackSide: w.value,
      attackFull: sense === 'minimize' ? full.lower.value : full.upper.value,
      attackSideMs: side.info.ms / 2,
      attackFullMs: full.info.ms / 2,
      milpAttackStartSec: attackRun.solver.seconds,
      milpX0StartSec: withX0.solver.seconds,
      milpAttackStartStatus: attackRun.status,
      milpX0StartStatus: withX0.status,
      firstRun,
    });
    process.stderr.write(`${q.name} row ${q.row} ${pair.join(':')} ${sense}: opt ${exact?.bound} attack ${w.value} (${(side.info.ms / 2).toFixed(0)} ms); MILP ${attackRun.solver.seconds.toFixed(2)} s (attack start) vs ${withX0.solver.seconds.toFixed(2)} s (x0 start)\n`);
  }
  const [lo, hi] = ends;
  const width = lo.optimum !== null && hi.optimum !== null ? hi.optimum - lo.optimum : null;
  for (const e of ends) records.push({ ...e, exactWidth: width });
}
await solver.close();

const within = (r: EndRecord, v: number, rel: 'opt' | 'width'): boolean | null => {
  if (r.optimum === null) return null;
  const scale = rel === 'opt' ? Math.abs(r.optimum) : r.exactWidth;
  if (scale === null) return null;
  return Math.abs(v - r.optimum) <= 0.01 * scale;
};
const share = (rs: EndRecord[], pick: (r: EndRecord) => number, rel: 'opt' | 'width') => {
  const v = rs.map(r => within(r, pick(r), rel)).filter((b): b is boolean => b !== null);
  return v.length ? { share: v.filter(Boolean).length / v.length, of: v.length } : null;
};
const summarize = (rs: EndRecord[]) => {
  const ta = rs.map(r => r.milpAttackStartSec);
  const tx = rs.map(r => r.milpX0StartSec);
  const ma = median(ta);
  const mx = median(tx);
  return {
    ends: rs.length,
    exactBoth: rs.filter(r => r.milpAttackStartStatus === 'exact' && r.milpX0StartStatus === 'exact').length,
    sideBudgetWithin1PctOfAbsOpt: share(rs, r => r.attackSide, 'opt'),
    sideBudgetWithin1PctOfExactWidth: share(rs, r => r.attackSide, 'width'),
    fullBudgetWithin1PctOfAbsOpt: share(rs, r => r.attackFull, 'opt'),
    fullBudgetWithin1PctOfExactWidth: share(rs, r => r.attackFull, 'width'),
    medianAttackMsSide: median(rs.map(r => r.attackSideMs)),
    medianAttackMsFull: median(rs.map(r => r.attackFullMs)),
    medianMilpSecAttackStart: ma,
    medianMilpSecX0Start: mx,
    medianRatioX0OverAttack: ma && mx ? mx / ma : null,
    medianPerEndRatioX0OverAttack: median(rs.map(r => r.milpX0StartSec / Math.max(1e-3, r.milpAttackStartSec))),
  };
};
const summary: Record<string, unknown> = { all: summarize(records) };
for (const name of [...new Set(records.map(r => r.query))]) summary[name] = summarize(records.filter(r => r.query === name));

const path = writeResults('attack', {
  quick,
  timeLimitSec: TIME_LIMIT,
  budgets: { side: SIDE_BUDGET, full: DEFAULT_BUDGET },
  notes: [
    'attackSideMs/attackFullMs: half of the pair attack (both ends), per end',
    'one solver thread, warmed up by one LP solve; both MILP starts solved one after the other in the same run, order alternating',
    'within 1 %: |attack − optimum| ≤ 0.01·|optimum| (AbsOpt) or ≤ 0.01·(max − min) of the exact LRSM (ExactWidth)',
    'the machine is shared with other jobs: absolute times are noisy, the same-run ratios less so',
  ],
  skipped,
  summary,
  records,
});
console.log(JSON.stringify(summary, null, 1));
console.log(`written ${path}`);
