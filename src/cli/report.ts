/** Human-readable table output of verify results. */
import type { RowResult } from '../verify/verify.js';

function num(v: number, width: number): string {
  let s: string;
  if (!Number.isFinite(v)) s = String(v);
  else if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-4)) s = v.toExponential(3);
  else s = v.toFixed(6);
  return s.padStart(width);
}

export function formatRow(r: RowResult): string {
  const lines: string[] = [];
  const src = r.labelSource === 'data' ? 'label from data' : "N1's decision at x0";
  lines.push(
    `row ${r.row}: class ${r.label} (${src}); decisions at x0: N1 ${r.n1Decision}, N2 ${r.n2Decision}; ` +
      `bounds ${r.boundsMethod}: unstable ReLUs N1 ${r.unstable.n1}, N2 ${r.unstable.n2}; binaries N1 ${r.binaries.n1}, N2 ${r.binaries.n2}`,
  );
  if (r.boundsNote) lines.push(`  ${r.boundsNote}`);
  lines.push(`  ${'pair'.padEnd(6)}${'min ρ ≥'.padStart(14)}${'max ρ ≤'.padStart(14)}${'RSM ≥'.padStart(14)}${'RSM ≤'.padStart(14)}  ${'status'.padEnd(8)}${'seconds'.padStart(8)}${'gap'.padStart(12)}`);
  for (const p of r.pairs) {
    lines.push(
      `  ${`${p.pair[0]}:${p.pair[1]}`.padEnd(6)}${num(p.lower, 14)}${num(p.upper, 14)}${num(p.rsmLower, 14)}${num(p.rsmUpper, 14)}  ${p.status.padEnd(8)}${p.seconds.toFixed(1).padStart(8)}${num(p.gap, 12)}`,
    );
    if (p.gap > 0) lines.push(`        attack reaches ρ = ${num(p.attackLower.value, 0)} and ${num(p.attackUpper.value, 0)} (inputs in the JSON output)`);
    const repaired = [p.min.boundRepaired ? 'min' : '', p.max.boundRepaired ? 'max' : ''].filter(Boolean);
    if (repaired.length) lines.push(`        note: a re-checked witness moved the ${repaired.join(' and ')} bound`);
  }
  if (r.implication) {
    const im = r.implication;
    const sound = im.sound === null ? 'not computed (needs every pair with the class)' : im.sound === 'holds' ? 'holds (every min ρ(c, j) ≥ 0)' : 'inconclusive (some min ρ(c, j) < 0)';
    lines.push(`  N2 ⇒ N1 for class ${im.class}: sufficient check ${sound}`);
    if (im.attack) {
      const a = im.attack;
      const how = a.verdict === 'refuted-by-attack' ? 'REFUTED-BY-ATTACK' : a.verdict === 'holds-by-relaxation' ? 'holds by relaxation, no counterexample found' : `no counterexample found (closest max(m¹, −m²) = ${num(a.best, 0)})`;
      lines.push(`  N2 ⇒ N1 for class ${im.class}: attack ${how} (${a.info.evaluations} evaluations, ${a.info.ms.toFixed(0)} ms, seed ${a.info.seed})`);
      if (a.counterexample && !im.exact) {
        const c = a.counterexample;
        lines.push(`    counterexample: N2 decides ${c.n2Decision}, N1 decides ${c.n1Decision}; input in the JSON output (--format json)`);
      }
    }
    if (!im.exact) lines.push(`  N2 ⇒ N1 for class ${im.class}: exact check not run (it needs --method milp and --implication exact)`);
    if (im.exact) {
      const e = im.exact;
      let text = `  N2 ⇒ N1 for class ${im.class}: exact check ${e.verdict.toUpperCase()}`;
      if (e.note) text += ` (${e.note})`;
      lines.push(text);
      if (e.counterexample) {
        const c = e.counterexample;
        lines.push(`    counterexample: N2 decides ${c.n2Decision}, N1 decides ${c.n1Decision}; input in the JSON output (--format json)`);
      }
    }
  }
  return lines.join('\n');
}
