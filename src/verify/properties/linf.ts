/** `linf:EPS` (VeryDiff, NNEquiv, MILPEquiv): max_k |z¹_k − z²_k| ≤ ε on D, 2K non-strict threshold questions (index.ts). */
import { outputSize } from '../../ir/network.js';
import { type LinearObjective, negate, Region, relaxedLower, type ThresholdAnswer } from '../linear-end.js';
import { Property, PropertyResult, PropertyOptions, unit, cex, combine, questions } from './common.js';

export async function checkLinf(r: Region, p: Extract<Property, { kind: 'linf' }>, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
  const k = outputSize(r.n1);
  const qs: { o: LinearObjective; theta: number; strict: boolean }[] = [];
  for (let i = 0; i < k; i++) {
    const d: LinearObjective = { c1: unit(k, i), c2: unit(k, i, -1), label: `z1[${i}] - z2[${i}]` };
    qs.push({ o: d, theta: -p.eps, strict: false }, { o: negate(d), theta: -p.eps, strict: false });
  }
  const ans = await questions(r, qs, opts);
  const perOutput = [...Array(k).keys()].map(i => {
    const lo = ans[2 * i] as ThresholdAnswer | undefined;
    const hi = ans[2 * i + 1] as ThresholdAnswer | undefined;
    return {
      output: i,
      lower: lo ? lo.lower : relaxedLower(r, qs[2 * i].o),
      upper: hi ? -hi.lower : -relaxedLower(r, qs[2 * i + 1].o),
      decidedBy: { min: lo?.by ?? 'relaxation', max: hi?.by ?? 'relaxation' },
    };
  });
  const maxAbsUpper = Math.max(...perOutput.map(o => Math.max(o.upper, -o.lower)));
  const maxAbsReached = Math.max(...ans.map(a => Math.abs(a.reached.value)));
  const bounds = { quantity: 'max_k |z1[k] - z2[k]|', upper: maxAbsUpper, reached: maxAbsReached, perOutput };
  const verdict = combine(ans.length === qs.length ? ans.map(a => a.verdict) : ['violated']);
  const notes = ['non-strict: max_k |z¹_k − z²_k| ≤ ε'];
  if (verdict === 'violated') {
    const idx = ans.findIndex(a => a.verdict === 'violated');
    const i = idx >> 1;
    const v = ans[idx].reached.value;
    return { verdict, bounds, notes, counterexample: cex(r, ans[idx].reached.x, `|z1[${i}] - z2[${i}]| = ${-v} > ε = ${p.eps}`) };
  }
  const tie = ans.some(a => a.tie);
  return { verdict, bounds, notes, ...(tie && verdict === 'unknown' ? { tie } : {}) };
}
