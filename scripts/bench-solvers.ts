/**
 * Benchmark of the two MILP backends (not a test): GLPK (glpk.js) against HiGHS (highs-js) on
 * the same joint MILPs of small twins, both ends of ρ per query, each solver with one worker,
 * sequentially, same time limit and gap (1e-6). Writes benchmarks/results/solvers-<stamp>.json
 * with machine info, per-solve records (seconds, outcome, objective) and per-group medians and
 * GLPK/HiGHS time ratios (median and geometric mean of per-instance median ratios).
 * HiGHS gets the forward pass at x₀ as MIP start, as in verify; GLPK cannot take one.
 * Usage: node --import tsx scripts/bench-solvers.ts [--quick]   (npm run bench:solvers)
 */
import { existsSync } from 'node:fs';
import { diffMethod } from '../src/bounds/diff.js';
import { intervalMethod } from '../src/bounds/interval.js';
import { readSamples } from '../src/data/read.js';
import { denseNetwork } from '../src/ir/build.js';
import type { Network } from '../src/ir/network.js';
import type { Sense } from '../src/milp/model.js';
import { loadOnnx } from '../src/onnx/load.js';
import type { InputDomain } from '../src/rsm/domain.js';
import { buildQuery } from '../src/rsm/encode-query.js';
import type { Pair } from '../src/rsm/objective.js';
import { createGlpkSolver } from '../src/solver/glpk.js';
import { createHighsSolver } from '../src/solver/highs.js';
import type { MilpSolver } from '../src/solver/types.js';
import { geomean, median, writeResults } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SHARED = `${ROOT}../shared/data/`;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const quick = process.argv.includes('--quick');
const GAP = 1e-6;

interface Instance {
  readonly group: string;
  readonly name: string;
  readonly n1: Network;
  readonly n2: Network;
  readonly x0: Float64Array;
  readonly eps: number;
  readonly domain: InputDomain | null;
  readonly pair: Pair;
  readonly repeats: number;
  readonly timeLimitSec: number;
  readonly interval?: boolean;
}

function tinyInstances(): Instance[] {
  const n1 = denseNetwork('tiny-n1', 2, [
    { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
    { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
  ]);
  const n2 = denseNetwork('tiny-n2', 2, [{ weights: [[1, 0], [0, 0]], bias: [0, 0], relu: false }]);
  return [[[0, 0], 1], [[3, 0.5], 0.25], [[0.2, -0.1], 0.3]].map(([x0, eps], k) => ({
    group: 'tiny twins', name: `tiny ${k}`, n1, n2, x0: Float64Array.from(x0 as number[]), eps: eps as number, domain: null, pair: [0, 1] as const, repeats: 5, timeLimitSec: 10, interval: true,
  }));
}

function fileInstances(group: string, n1p: string, n2p: string, data: string, labelColumn: 'first' | 'last', scale: number, domain: InputDomain | null, eps: number, rows: number[], js: number[], repeats: number, timeLimitSec: number): Instance[] {
  if (![n1p, n2p, data].every(existsSync)) return [];
  const n1 = loadOnnx(n1p);
  const n2 = loadOnnx(n2p);
  return readSamples(data, rows, { labelColumn, scale }).flatMap(s =>
    js.filter(j => j !== s.label).map(j => ({ group, name: `${group} row ${s.row} ${s.label}:${j}`, n1, n2, x0: s.x, eps, domain, pair: [s.label ?? 0, j] as const, repeats, timeLimitSec })),
  );
}

const instances: Instance[] = [
  ...tinyInstances(),
  ...fileInstances('mnist784 teacher/student', `${SHARED}models/mnist/mnist784_teacher_32_16_10.onnx`, `${SHARED}models/mnist/mnist784_student_36_10.onnx`, `${SHARED}mnist/mnist_test_first100.csv`, 'first', 1 / 255, { lo: 0, hi: 1 }, 0.01, quick ? [1] : [0, 1], quick ? [3] : [3, 2, 1], quick ? 1 : 3, 60),
  ...fileInstances('mnist8x8 teacher/student', `${SHARED}models/mnist/mnist8x8_teacher_100_80_60_40_20_10.onnx`, `${SHARED}models/mnist/mnist8x8_student_40_40_10.onnx`, `${SHARED}mnist/mnist8x8_test_first1000.csv`, 'first', 1, { lo: 0, hi: 1 }, 0.005, quick ? [1] : [0, 1], quick ? [1] : [3, 1], 1, 120),
  ...fileInstances('ecg260 fp32/int8w ε=1e-4', `${ECG}ecg_mitbih260_cnn_fp32.onnx`, `${ECG}ecg_mitbih260_cnn_int8w.onnx`, `${ECG}mitbih260_beats_subset.csv`, 'last', 1, null, 0.0001, quick ? [] : [0], [1], 1, 60),
];

interface Rec {
  group: string;
  instance: string;
  sense: Sense;
  solver: string;
  repeat: number;
  seconds: number;
  outcome: string;
  objective: number | null;
  dualBound: number | null;
}

const solvers: MilpSolver[] = [createHighsSolver({ threads: 1 }), await createGlpkSolver({ threads: 1 })];
const records: Rec[] = [];
// Warm-up: start both workers and load both WebAssembly modules before timing.
for (const s of solvers) for (const inst of instances.slice(0, 1)) {
  const q = buildQuery(inst.n1, inst.n2, { x0: inst.x0, eps: inst.eps, domain: inst.domain, pair: inst.pair, sense: 'minimize', bounds: intervalMethod, relax: false });
  await s.solve({ model: q.model, timeLimitSec: 30, start: q.start, mipRelGap: GAP, mipAbsGap: GAP });
}
for (const inst of instances) {
  for (const sense of ['minimize', 'maximize'] as const) {
    const q = buildQuery(inst.n1, inst.n2, { x0: inst.x0, eps: inst.eps, domain: inst.domain, pair: inst.pair, sense, bounds: inst.interval ? intervalMethod : diffMethod, relax: false });
    for (const s of solvers) {
      for (let r = 0; r < inst.repeats; r++) {
        const out = await s.solve({ model: q.model, timeLimitSec: inst.timeLimitSec, start: q.start, mipRelGap: GAP, mipAbsGap: GAP });
        const inc = out.kind === 'optimal' || out.kind === 'timeLimit' ? out.incumbent : null;
        records.push({ group: inst.group, instance: inst.name, sense, solver: s.name, repeat: r, seconds: out.seconds, outcome: out.kind, objective: inc ? inc.objective : null, dualBound: out.kind === 'optimal' || out.kind === 'timeLimit' ? out.dualBound : null });
        process.stderr.write(`${inst.name} ${sense} ${s.name}: ${out.kind} ${out.seconds.toFixed(2)} s\n`);
      }
    }
  }
}
for (const s of solvers) await s.close();

const summary: Record<string, unknown> = {};
for (const group of [...new Set(records.map(r => r.group))]) {
  const keys = [...new Set(records.filter(r => r.group === group).map(r => `${r.instance}|${r.sense}`))];
  const per = keys.map(k => {
    const at = (solver: string) => records.filter(r => `${r.instance}|${r.sense}` === k && r.solver === solver);
    const h = at('highs');
    const g = at('glpk');
    const hs = median(h.map(r => r.seconds)) ?? NaN;
    const gs = median(g.map(r => r.seconds)) ?? NaN;
    const bothOptimal = h.every(r => r.outcome === 'optimal') && g.every(r => r.outcome === 'optimal');
    const diff = bothOptimal && h[0].objective !== null && g[0].objective !== null ? Math.abs(h[0].objective - g[0].objective) : null;
    return { key: k, highsSeconds: hs, glpkSeconds: gs, ratio: gs / hs, bothOptimal, objectiveDifference: diff };
  });
  const ratios = per.filter(p => p.bothOptimal).map(p => p.ratio);
  summary[group] = {
    solves: per.length,
    bothOptimal: per.filter(p => p.bothOptimal).length,
    medianHighsSeconds: median(per.map(p => p.highsSeconds)),
    medianGlpkSeconds: median(per.map(p => p.glpkSeconds)),
    medianRatioGlpkOverHighs: median(ratios),
    geomeanRatioGlpkOverHighs: geomean(ratios),
    maxObjectiveDifference: per.reduce((m, p) => (p.objectiveDifference !== null ? Math.max(m, p.objectiveDifference) : m), 0),
    perInstance: per,
  };
}

const path = writeResults('solvers', {
  quick,
  mipGap: GAP,
  note: 'one worker per solver, solves run one at a time; HiGHS gets the MIP start at x0, GLPK cannot; seconds include the worker round trip; the machine was shared with other jobs',
  summary,
  records,
});
for (const [g, s] of Object.entries(summary)) {
  const { perInstance: _p, ...rest } = s as Record<string, unknown>;
  console.log(g, JSON.stringify(rest));
}
console.log(`written ${path}`);
