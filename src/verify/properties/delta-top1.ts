/** `delta-top1:DELTA` (VeryDiff): softmax(z¹)_c > δ ⇒ N2 decides c, by the margin premises proven in index.ts. */
import { argmax, forward } from '../../layers/forward.js';
import { outputSize } from '../../ir/network.js';
import { addLogit, startAt } from '../../encoding/joint.js';
import { pgdMinimize, type Probe } from '../../attack/pgd.js';
import { twinForward, twinGradient } from '../../layers/gradient.js';
import { decisionMargin } from '../../rsm/implication.js';
import { type Decision, decideMin, negate, PROPERTY_MIP_ABS_GAP, PROPERTY_MIP_REL_GAP, Region, relaxedLower } from '../linear-end.js';
import { solverInput, soundDualBound } from '../../rsm/objective.js';
import { Property, PropertyResult, PropertyOptions, cex, ClassCheck, margin, sampled, softmaxAt } from './common.js';

export async function checkDeltaTop1(r: Region, p: Extract<Property, { kind: 'delta-top1' }>, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
  const k = outputSize(r.n1);
  const m = Math.log(p.delta / (1 - p.delta));
  const mIn = Math.log(((k - 1) * p.delta) / (1 - p.delta));
  const notes = [
    `premise softmax(z1)_c > δ, checked through z1_c - z1_j ≥ ln(δ/(1-δ)) = ${m} for all j (a superset: sufficient for holds); counterexamples re-checked against softmax itself, then searched in the inner set z1_c - z1_j ≥ ln((K-1)δ/(1-δ)) = ${mIn}`,
    'conclusion: N2 decides c strictly (a tie of N2 is a failure)',
  ];
  const checks: ClassCheck[] = [];
  const isCex = (x: ArrayLike<number>, c: number): boolean => softmaxAt(forward(r.n1, x), c) > p.delta && decisionMargin(forward(r.n2, x), c) <= 0;
  const violated = (x: ArrayLike<number>, c: number): Omit<PropertyResult, 'seconds' | 'property'> => {
    const z2 = forward(r.n2, x);
    return { verdict: 'violated', bounds: { classes: checks, m, mIn }, notes, counterexample: cex(r, x, `softmax(z1)[${c}] = ${softmaxAt(forward(r.n1, x), c)} > δ = ${p.delta}, but N2 ${decisionMargin(z2, c) === 0 ? 'ties on' : 'decides'} ${argmax(z2) === c ? `${c} only by a tie` : argmax(z2)}`) };
  };
  for (const x of sampled(r, 'delta-top1')) {
    for (let c = 0; c < k; c++) {
      if (isCex(x, c)) {
        checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'violated', by: 'attack', seconds: 0 });
        return violated(x, c);
      }
    }
  }
  const open: number[] = [];
  for (let c = 0; c < k; c++) {
    const t0 = performance.now();
    const js = [...Array(k).keys()].filter(j => j !== c);
    if (js.some(j => -relaxedLower(r, negate(margin(k, 1, c, j))) <= m)) {
      checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'vacuous', by: 'relaxation', seconds: (performance.now() - t0) / 1000 });
      continue;
    }
    if (js.every(j => relaxedLower(r, margin(k, 2, c, j)) > 0 || relaxedLower(r, margin(k, 2, c, j, true)) >= -m)) {
      checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'holds', by: 'relaxation', seconds: (performance.now() - t0) / 1000 });
      continue;
    }
    // Attack: minimise max(max_j (m_in − (z¹_c − z¹_j)), z²_c − max_k z²_k); < 0 is a counterexample.
    const f = (x: Float64Array): Probe => {
      const at = twinForward(r.n1, r.n2, x);
      let pj = js[0];
      for (const j of js) if (at.z1[j] - at.z1[c] > at.z1[pj] - at.z1[c]) pj = j;
      let qk = js[0];
      for (const j of js) if (at.z2[j] > at.z2[qk]) qk = j;
      const prem = mIn - (at.z1[c] - at.z1[pj]);
      const concl = at.z2[c] - at.z2[qk];
      const value = Math.max(prem, concl);
      if (value <= 0 && isCex(x, c)) return { value, grad: new Float64Array(x.length), stop: true };
      const c1 = new Float64Array(k);
      const c2 = new Float64Array(k);
      if (prem >= concl) {
        c1[pj] = 1;
        c1[c] = -1;
      } else {
        c2[c] = 1;
        c2[qk] = -1;
      }
      return { value, grad: twinGradient(r.n1, r.n2, at, c1, c2) };
    };
    const a = pgdMinimize(r.box, r.centre, f, r.attack.budget, `${r.attack.seed}:delta-top1:${c}`);
    if (isCex(a.x, c)) {
      checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'violated', by: 'attack', seconds: (performance.now() - t0) / 1000 });
      return violated(a.x, c);
    }
    open.push(c);
  }
  for (const c of open) {
    const t0 = performance.now();
    if (!opts.milp) {
      checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'unknown', by: 'attack', seconds: 0 });
      continue;
    }
    if (r.engine === 'split' || r.engine === 'dense-split') {
      // Vacuity by input splits: max z¹_c − z¹_j ≤ m for the j whose relaxed max is smallest.
      const js = [...Array(k).keys()].filter(j => j !== c);
      const ups = js.map(j => -relaxedLower(r, negate(margin(k, 1, c, j))));
      const j = js[ups.indexOf(Math.min(...ups))];
      const a = await decideMin(r, negate(margin(k, 1, c, j)), -m, false);
      if (a.verdict === 'holds') {
        checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'vacuous', by: 'split', seconds: (performance.now() - t0) / 1000 });
        continue;
      }
    }
    const parts: ('holds' | 'vacuous' | 'unknown')[] = [];
    for (let kk = 0; kk < k; kk++) {
      if (kk === c) continue;
      const outer = await premiseMilp(r, c, kk, m);
      if (outer.kind === 'vacuous' || outer.kind === 'holds') {
        parts.push(outer.kind);
        continue;
      }
      if (outer.x && isCex(outer.x, c)) {
        checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'violated', by: 'milp', seconds: (performance.now() - t0) / 1000 });
        return violated(outer.x, c);
      }
      const inner = await premiseMilp(r, c, kk, mIn);
      if (inner.x && isCex(inner.x, c)) {
        checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: 'violated', by: 'milp', seconds: (performance.now() - t0) / 1000 });
        return violated(inner.x, c);
      }
      parts.push('unknown');
    }
    const v = parts.every(q => q === 'vacuous') ? 'vacuous' : parts.every(q => q !== 'unknown') ? 'holds' : 'unknown';
    checks.push({ class: c, direction: 'softmax(z1)>delta=>N2', verdict: v, by: 'milp', seconds: (performance.now() - t0) / 1000 });
  }
  const verdict: Decision = checks.every(q => q.verdict === 'holds' || q.verdict === 'vacuous') ? 'holds' : 'unknown';
  if (verdict === 'unknown' && opts.milp) notes.push('unknown: an implication MILP hit the time limit, or its minimiser satisfies the margin premise but not softmax(z1)_c > δ and the inner premise found none');
  return { verdict, bounds: { classes: checks, m, mIn }, notes };
}

/**
 * min z²_c − z²_k subject to x ∈ D and z¹_c − z¹_j ≥ mu for all j ≠ c. `holds`: a sound lower
 * bound > 0; `vacuous`: infeasible; otherwise the solver's input point (to be re-checked).
 */
async function premiseMilp(r: Region, c: number, kk: number, mu: number): Promise<{ kind: 'holds' | 'vacuous' | 'open'; x?: Float64Array }> {
  const j = r.joint;
  const b = j.builder.clone();
  const k = j.n1.logits.length;
  for (let q = 0; q < k; q++) {
    if (q === c) continue;
    const form = new Map<number, number>();
    addLogit(form, j.n1.logits, c, 1);
    addLogit(form, j.n1.logits, q, -1);
    if (form.size > 0) b.addRow([...form.keys()], [...form.values()], mu, Infinity, `premise_${c}_${q}`);
    else if (!(0 >= mu)) return { kind: 'vacuous' };
  }
  const obj = new Map<number, number>();
  addLogit(obj, j.n2.logits, c, 1);
  addLogit(obj, j.n2.logits, kk, -1);
  const model = b.build('minimize', obj);
  const centre = r.centre;
  const z1 = forward(r.n1, centre);
  const start = decisionMargin(z1, c) >= mu ? startAt(j, centre, model.numCols) : undefined;
  const out = await r.solver.solve({ model, timeLimitSec: r.timeLimitSec, start, mipRelGap: PROPERTY_MIP_REL_GAP, mipAbsGap: PROPERTY_MIP_ABS_GAP });
  if (out.kind === 'infeasible') return { kind: 'vacuous' };
  if (out.kind !== 'optimal' && out.kind !== 'timeLimit') return { kind: 'open' };
  const lower = soundDualBound(out.dualBound, 'minimize');
  if (lower !== null && lower > 0) return { kind: 'holds' };
  return out.incumbent ? { kind: 'open', x: solverInput(j, out.incumbent.colValue) } : { kind: 'open' };
}
