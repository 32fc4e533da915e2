/** `diff:T:EPS` (NeuroDiff, ReluDiff): −ε < z²_T − z¹_T < ε on D, two strict threshold questions (index.ts). */
import { outputSize } from '../../ir/network.js';
import { type LinearObjective, negate, Region, relaxedLower, type ThresholdAnswer } from '../linear-end.js';
import { Property, PropertyResult, PropertyOptions, unit, cex, combine, questions } from './common.js';

export async function checkDiff(r: Region, p: Extract<Property, { kind: 'diff' }>, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
  const k = outputSize(r.n1);
  const label = `z2[${p.t}] - z1[${p.t}]`;
  const q: LinearObjective = { c1: unit(k, p.t, -1), c2: unit(k, p.t, 1), label };
  const [lo, hi] = [q, negate(q)];
  const ans = await questions(r, [{ o: lo, theta: -p.eps, strict: true }, { o: hi, theta: -p.eps, strict: true }], opts);
  const verdict = combine(ans.map(a => a.verdict));
  const min = ans[0];
  const max = ans[1] as ThresholdAnswer | undefined;
  const bounds = {
    quantity: label,
    lower: min.lower,
    upper: max ? -max.lower : -relaxedLower(r, hi),
    reachedMin: min.reached.value,
    reachedMax: max ? -max.reached.value : null,
    decidedBy: { min: min.by, max: max?.by ?? 'relaxation' },
    ...(min.milp || max?.milp ? { milp: { min: min.milp ?? null, max: max?.milp ?? null } } : {}),
    ...(min.split || max?.split ? { split: { min: min.split ?? null, max: max?.split ?? null } } : {}),
  };
  const tie = ans.some(a => a.tie);
  const notes = ['strict: −ε < z²_T − z¹_T < ε; a value equal to ±ε is a violation'];
  if (verdict === 'violated') {
    const bad = min.verdict === 'violated' ? min : (max as ThresholdAnswer);
    const v = bad === min ? bad.reached.value : -bad.reached.value;
    return { verdict, bounds, notes, counterexample: cex(r, bad.reached.x, `${label} = ${v} ${bad === min ? `≤ −ε = ${-p.eps}` : `≥ ε = ${p.eps}`}`) };
  }
  return { verdict, bounds, notes, ...(tie && verdict === 'unknown' ? { tie } : {}) };
}
