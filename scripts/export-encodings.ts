/**
 * Regenerates the reference encodings under encodings/ (format: encodings/README.md):
 *   - the hand-computed tiny twins of test/tiny-twins.test.ts (N1: z = [relu(x1+x2), relu(x1−x2)],
 *     N2: z = [x1, 0]): min and max of ρ(0, 1) on [−1, 1]² (−3 and 1 by hand), their LP
 *     relaxation, and min ρ on x₀ = (3, 0.5), ε = 0.25 (−2.75 by hand, no binaries);
 *   - one shared pair: mnist8x8 teacher/student, row 1, pair 2:1, ε = 0.005, min
 *     (reference-lrsm/cases.json: −3.738366052270438), through `twinmargin encode`.
 * Each sidecar records the optimum of an in-memory HiGHS solve (gap 1e-9). Semantic checks
 * before anything is written: every hand value and the reference value must be matched to
 * 1e-6, so a regenerated file that changed meaning fails here instead of being committed.
 * Usage: node --import tsx scripts/export-encodings.ts   (from the repository root)
 */
import { readFileSync } from 'node:fs';
import { diffMethod } from '../src/bounds/diff.js';
import { runEncode } from '../src/cli/encode-command.js';
import { denseNetwork } from '../src/ir/build.js';
import type { Network } from '../src/ir/network.js';
import type { Sense } from '../src/milp/model.js';
import { writeExport } from '../src/milp/export.js';
import { buildQuery, describeModel, solveForSidecar } from '../src/rsm/encode-query.js';
import type { Pair } from '../src/rsm/objective.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { TOOL, VERSION } from '../src/version.js';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = `${ROOT}encodings`;

const n1 = denseNetwork('tiny-n1', 2, [
  { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);
const n2 = denseNetwork('tiny-n2', 2, [{ weights: [[1, 0], [0, 0]], bias: [0, 0], relu: false }]);

interface TinyQuery {
  readonly name: string;
  readonly x0: [number, number];
  readonly eps: number;
  readonly sense: Sense;
  readonly relax: boolean;
  /** The optimum by hand, or null for the LP relaxation (checked against HiGHS only). */
  readonly byHand: number | null;
}

const TINY: TinyQuery[] = [
  { name: 'tiny-relu-rho01-min', x0: [0, 0], eps: 1, sense: 'minimize', relax: false, byHand: -3 },
  { name: 'tiny-relu-rho01-max', x0: [0, 0], eps: 1, sense: 'maximize', relax: false, byHand: 1 },
  { name: 'tiny-relu-rho01-min-lp', x0: [0, 0], eps: 1, sense: 'minimize', relax: true, byHand: null },
  { name: 'tiny-stable-rho01-min', x0: [3, 0.5], eps: 0.25, sense: 'minimize', relax: false, byHand: -2.75 },
];

function check(name: string, got: unknown, want: number): void {
  if (typeof got !== 'number' || !(Math.abs(got - want) <= 1e-6 * (1 + Math.abs(want)))) {
    throw new Error(`${name}: optimum ${String(got)}, expected ${want}; nothing more written`);
  }
}

const describe = (net: Network, name: string) => ({ name, sha256: net.sha256, definition: 'scripts/export-encodings.ts (as in test/tiny-twins.test.ts)' });
const pair: Pair = [0, 1];
const solver = createHighsSolver({ threads: 1 });
try {
  for (const t of TINY) {
    const q = buildQuery(n1, n2, { x0: t.x0, eps: t.eps, domain: null, pair, sense: t.sense, bounds: diffMethod, relax: t.relax });
    const solve = await solveForSidecar(n1, n2, pair, q, solver, 30);
    if (solve.status !== 'optimal') throw new Error(`${t.name}: HiGHS status ${String(solve.status)}`);
    if (t.byHand !== null) check(t.name, solve.objective, t.byHand);
    const sidecar = {
      tool: TOOL,
      version: VERSION,
      query: { kind: 'lrsm-end', quantity: 'rho = (z1[i] - z1[j]) - (z2[i] - z2[j])', pair, sense: t.sense, relaxed: t.relax },
      n1: describe(n1, 'tiny-n1'),
      n2: describe(n2, 'tiny-n2'),
      data: { x0: t.x0 },
      eps: t.eps,
      domain: null,
      bounds: { method: diffMethod.name },
      ...describeModel(q),
      ...(t.byHand !== null ? { byHand: t.byHand } : {}),
      solve,
    };
    writeExport(OUT, t.name, q.model, sidecar, [`${TOOL} ${VERSION}: ${t.sense} rho(0, 1) of the tiny twins, x0 = (${t.x0.join(', ')}), eps ${t.eps}${t.relax ? ', LP relaxation' : ''}`]);
    process.stdout.write(`wrote encodings/${t.name}.{lp,mps,json}\n`);
  }
} finally {
  await solver.close();
}

// Paths relative to the repository root, as recorded in the sidecar.
const shared = '../shared/data';
const written = await runEncode({
  n1: `${shared}/models/mnist/mnist8x8_teacher_100_80_60_40_20_10.onnx`,
  n2: `${shared}/models/mnist/mnist8x8_student_40_40_10.onnx`,
  data: `${shared}/mnist/mnist8x8_test_first1000.csv`,
  rows: '1',
  labelColumn: 'first',
  scale: 1,
  domain: { lo: 0, hi: 1 },
  eps: 0.005,
  pair: [2, 1],
  sense: 'minimize',
  bounds: 'diff',
  relax: false,
  out: 'encodings',
  name: 'mnist8x8-ts-r1-2_1-min',
  solve: true,
  timeLimitSec: 120,
}, line => process.stdout.write(line + '\n'));
const side = JSON.parse(readFileSync(written[0], 'utf8')) as { solve: { objective: unknown } };
check('mnist8x8-ts-r1-2_1-min', side.solve.objective, -3.738366052270438);
