/** `top1`: wherever one network decides c the other decides c too, both directions for every class (index.ts). */
import { argmax, forward } from '../../layers/forward.js';
import { outputSize } from '../../ir/network.js';
import { attackImplication } from '../../attack/implication.js';
import { decisionMargin, exactImplication } from '../../rsm/implication.js';
import { type Decision, PROPERTY_MIP_ABS_GAP, PROPERTY_MIP_REL_GAP, Region } from '../linear-end.js';
import { PropertyResult, PropertyOptions, cex, Direction, ClassCheck, relaxedDirection, sampled, swapped } from './common.js';

export async function checkTop1(r: Region, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
  const k = outputSize(r.n1);
  const checks: ClassCheck[] = [];
  const notes = ['strict decisions: wherever one network decides c (z_c > z_j for all j ≠ c) the other must decide c; a tie of the premise network is no premise, a tie of the conclusion network is a failure'];
  for (const x of sampled(r, 'top1')) {
    const z1 = forward(r.n1, x);
    const z2 = forward(r.n2, x);
    for (let c = 0; c < k; c++) {
      const d1 = decisionMargin(z1, c) > 0;
      const d2 = decisionMargin(z2, c) > 0;
      if (d1 === d2) continue;
      const [who, other, zo] = d2 ? ['N2', 'N1', z1] : ['N1', 'N2', z2];
      checks.push({ class: c, direction: d2 ? 'N2=>N1' : 'N1=>N2', verdict: 'violated', by: 'attack', seconds: 0 });
      return { verdict: 'violated', bounds: { classes: checks, sampled: true }, notes, counterexample: cex(r, x, `${who} decides ${c}, ${other} decides ${argmax(zo)}${decisionMargin(zo, argmax(zo)) <= 0 ? ' (a tie)' : ''} (a sampled point)`) };
    }
  }
  const open: { c: number; dir: Direction }[] = [];
  for (let c = 0; c < k; c++) {
    for (const dir of ['N2=>N1', 'N1=>N2'] as const) {
      const t0 = performance.now();
      const rel = relaxedDirection(r, dir === 'N2=>N1' ? 2 : 1, c);
      if (rel) {
        checks.push({ class: c, direction: dir, verdict: rel, by: 'relaxation', seconds: (performance.now() - t0) / 1000 });
        continue;
      }
      // attackImplication(C, P, …) looks for P deciding c while C does not.
      const [C, P] = dir === 'N2=>N1' ? [r.n1, r.n2] : [r.n2, r.n1];
      const a = attackImplication(C, P, r.box, r.centre, c, r.attack.budget, `${r.attack.seed}:top1:${c}:${dir}`);
      const s = (performance.now() - t0) / 1000;
      if (a.counterexample) {
        checks.push({ class: c, direction: dir, verdict: 'violated', by: 'attack', seconds: s });
        const x = a.counterexample.x;
        return { verdict: 'violated', bounds: { classes: checks }, notes, counterexample: cex(r, x, `${dir === 'N2=>N1' ? 'N2' : 'N1'} decides ${c}, ${dir === 'N2=>N1' ? 'N1' : 'N2'} decides ${argmax(forward(C, x))}${decisionMargin(forward(C, x), argmax(forward(C, x))) <= 0 ? ' (a tie)' : ''}`) };
      }
      open.push({ c, dir });
    }
  }
  for (const { c, dir } of open) {
    if (!opts.milp) {
      checks.push({ class: c, direction: dir, verdict: 'unknown', by: 'attack', seconds: 0 });
      continue;
    }
    const joint = dir === 'N2=>N1' ? r.joint : swapped(r.joint);
    const t0 = performance.now();
    const e = await exactImplication({ joint, c, x0: r.centre, solver: r.solver, timeLimitSec: r.timeLimitSec, mipRelGap: PROPERTY_MIP_REL_GAP, mipAbsGap: PROPERTY_MIP_ABS_GAP });
    checks.push({ class: c, direction: dir, verdict: e.verdict === 'refuted-by-attack' ? 'violated' : e.verdict, by: 'milp', seconds: (performance.now() - t0) / 1000 });
    if (e.counterexample) {
      const x = e.counterexample.x;
      return { verdict: 'violated', bounds: { classes: checks }, notes, counterexample: cex(r, x, `${dir === 'N2=>N1' ? 'N2' : 'N1'} decides ${c}, ${dir === 'N2=>N1' ? 'N1' : 'N2'} decides ${e.counterexample.n1Decision}${e.counterexample.n1Margin === 0 ? ' (a tie)' : ''}`) };
    }
  }
  const verdicts = checks.map(c => c.verdict);
  const verdict: Decision = verdicts.every(v => v === 'holds' || v === 'vacuous') ? 'holds' : 'unknown';
  const tie = verdict === 'unknown' && verdicts.includes('tie');
  return { verdict, bounds: { classes: checks }, notes, ...(tie ? { tie } : {}) };
}
