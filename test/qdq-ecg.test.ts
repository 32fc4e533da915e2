/**
 * One-sided sampling soundness on the real twin ecg_mitbih260_cnn_fp32 (N1) vs
 * ecg_mitbih260_cnn_int8_qdq (N2) at ε = 2e-4: every sampled ρ, computed by our float64
 * integer-exact forward pass, must lie inside the interval, CROWN and exact-MILP bounds, and
 * every node's value inside its bounds. Beats are chosen where the box crosses rounding
 * boundaries (row 6: one input code and 57 downstream codes open under CROWN; row 12: one input
 * code and four conv codes, small enough for the MILP to finish). The relaxations run on the
 * twins as verifyRow aligns them (identity stand-ins in N1), so CROWN+diff is differential. Needs ../shared (or
 * $TWINMARGIN_SHARED_DATA): skipped without it, failed when TWINMARGIN_REQUIRE_SHARED=1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { crownMethod } from '../src/bounds/crown.js';
import { diffMethod } from '../src/bounds/diff.js';
import { intervalMethod } from '../src/bounds/interval.js';
import { forwardAll } from '../src/layers/forward.js';
import { alignTwins } from '../src/layers/twin-pair.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt, rhoOfLogits, rhoRelaxed } from '../src/rsm/objective.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const DATA = process.env.TWINMARGIN_SHARED_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const QDQ = join(DATA, 'models/ecg/ecg_mitbih260_cnn_int8_qdq.onnx');
const HAVE = existsSync(QDQ);
const SKIP = HAVE || process.env.TWINMARGIN_REQUIRE_SHARED === '1' ? false : `shared data not found at ${DATA} (set TWINMARGIN_SHARED_DATA)`;
const EPS = 2e-4;
const SAMPLES = 2000;

function beat(row: number): Float64Array {
  const lines = readFileSync(join(DATA, 'ecg_mitbih/beats260/mitbih260_beats_subset.csv'), 'utf8').split('\n').filter(l => l.trim() !== '');
  return Float64Array.from(lines[row].split(',').map(Number).slice(0, 260));
}

t.test('fp32 vs int8 QDQ ECG: interval, CROWN and CROWN+diff bounds hold on 2,000 samples', { skip: SKIP }, async tt => {
  const fp32 = loadOnnx(join(DATA, 'models/ecg/ecg_mitbih260_cnn_fp32.onnx'));
  const qdq = loadOnnx(QDQ);
  tt.match(diffMethod.compute(fp32, qdq, neighbourhood(beat(6), EPS, null)).note ?? '', /differential mode: off \(N1 has 15 nodes, N2 22\)/, 'unaligned, the fp32 and QDQ graphs differ: differential mode off');
  // verifyRow aligns the twins: identity stand-ins in N1 where N2 quantises.
  const [n1, n2] = alignTwins(fp32, qdq);
  tt.equal(n2, qdq, 'N2 unchanged');
  tt.equal(n1.nodes.length, 22, 'N1 gains 7 identity stand-ins');
  const x0 = beat(6);
  const box = neighbourhood(x0, EPS, null);
  const pts = samplePoints(box, SAMPLES, testSeed('qdq-ecg-relax'));
  const acts = pts.map(x => [forwardAll(n1, x), forwardAll(n2, x)] as const);
  const distinct = new Set(acts.map(([, a2]) => a2[n2.output].join(','))).size;
  tt.ok(distinct > 1, `N2's quantised logits take ${distinct} values over the samples: the box crosses rounding steps`);
  for (const method of [intervalMethod, crownMethod, diffMethod]) {
    const tb = method.compute(n1, n2, box);
    if (method === diffMethod) tt.match(tb.note ?? '', /differential mode: on .*\(21\/21 nodes matched\)/, 'aligned: differential mode on');
    let nodeBad = 0;
    acts.forEach(([a1, a2]) => {
      a1.forEach((v, id) => v.forEach((y, k) => {
        if (y < tb.n1[id].lower[k] || y > tb.n1[id].upper[k]) nodeBad++;
        const d = tb.diff?.[id];
        if (d && (y - a2[id][k] < d.lower[k] || y - a2[id][k] > d.upper[k])) nodeBad++;
      }));
      a2.forEach((v, id) => v.forEach((y, k) => { if (y < tb.n2[id].lower[k] || y > tb.n2[id].upper[k]) nodeBad++; }));
    });
    tt.equal(nodeBad, 0, `${method.name}: every node value of both twins inside its bounds`);
    for (let j = 1; j < 5; j++) {
      const r = rhoRelaxed(n1, n2, tb.n1, tb.n2, [0, j], tb.diff);
      const bad = acts.filter(([a1, a2]) => {
        const v = rhoOfLogits(a1[n1.output], a2[n2.output], [0, j]);
        return v < r.lower || v > r.upper;
      }).length;
      tt.equal(bad, 0, `${method.name}, pair 0:${j}: ${SAMPLES} samples inside [${r.lower.toFixed(5)}, ${r.upper.toFixed(5)}]`);
    }
  }
});

t.test('fp32 vs int8 QDQ ECG: exact MILP bounds hold on 2,000 samples and witnesses re-evaluate', { skip: SKIP }, async tt => {
  const solver = createHighsSolver({ threads: 2 });
  tt.teardown(() => solver.close());
  const n1 = loadOnnx(join(DATA, 'models/ecg/ecg_mitbih260_cnn_fp32.onnx'));
  const n2 = loadOnnx(QDQ);
  const x0 = beat(12);
  const r = await verifyRow(n1, n2, { row: 12, x: x0, label: 0 }, {
    eps: EPS, domain: null, pairs: 'label', implication: 'off', timeLimitSec: 120, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: crownMethod, method: 'milp',
  }, solver);
  tt.ok(r.binaries.n2 > 0, `N2's MILP has ${r.binaries.n2} integer columns`);
  const logits = samplePoints(neighbourhood(x0, EPS, null), SAMPLES, testSeed('qdq-ecg-milp')).map(x => [forwardAll(n1, x)[n1.output], forwardAll(n2, x)[n2.output]] as const);
  for (const p of r.pairs) {
    const bad = logits.filter(([z1, z2]) => {
      const v = rhoOfLogits(z1, z2, p.pair);
      return v < p.lower || v > p.upper;
    }).length;
    tt.equal(bad, 0, `pair ${p.pair} (${p.status}): ${SAMPLES} samples inside [${p.lower.toFixed(6)}, ${p.upper.toFixed(6)}]`);
    for (const w of [p.lowerWitness, p.upperWitness]) {
      const v = rhoAt(n1, n2, w.x, p.pair);
      tt.ok(Math.abs(v - w.value) <= 1e-12 && v >= p.lower && v <= p.upper, 'witness re-evaluated inside the bounds');
    }
  }
});
