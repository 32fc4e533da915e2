/** Human-readable table output of verify results. */
import type { RowResult } from '../verify/verify.js';
import type { Counterexample } from '../rsm/implication.js';
import { rowVerdict, verdictCounts } from './verdict.js';

/** One number format per column: exponential for every value when any needs it, else fixed. */
export function columnFormat(values: readonly number[]): (v: number) => string {
  const exp = values.some(v => Number.isFinite(v) && v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-4));
  return v => (!Number.isFinite(v) ? String(v) : exp ? v.toExponential(3) : v.toFixed(6));
}

function num(v: number, width: number): string {
  return columnFormat([v])(v).padStart(width);
}

/** Why an end is what it is, for the table: the reason, with the phase of a time limit. */
function why(e: { reason: string; phase?: string }): string {
  return e.phase ? `${e.reason}@${e.phase}` : e.reason;
}

type Column = { readonly head: string; readonly cells: readonly string[]; readonly left?: boolean };

function table(cols: readonly Column[], indent: string): string[] {
  const widths = cols.map(c => Math.max(c.head.length, ...c.cells.map(x => x.length)));
  const line = (cells: readonly string[]): string => indent + cells.map((x, k) => (cols[k].left ? x.padEnd(widths[k]) : x.padStart(widths[k]))).join('  ').trimEnd();
  const rows = cols[0].cells.map((_, i) => line(cols.map(c => c.cells[i])));
  return [line(cols.map(c => c.head)), ...rows];
}

export function formatRow(r: RowResult & { readonly budgetStop?: { readonly phase: string; readonly limitSec: number } }): string {
  const lines: string[] = [];
  const src = r.labelSource === 'data' ? 'label from data' : "N1's decision at x0";
  lines.push(
    `row ${r.row}: class ${r.label} (${src}); decisions at x0: N1 ${r.n1Decision}, N2 ${r.n2Decision}; ` +
      `bounds ${r.boundsMethod}: unstable ReLUs N1 ${r.unstable.n1}, N2 ${r.unstable.n2}; binaries N1 ${r.binaries.n1}, N2 ${r.binaries.n2}`,
  );
  if (r.budgetStop) lines.push(`  stopped by its time budget (${r.budgetStop.limitSec.toFixed(1)} s) in phase ${r.budgetStop.phase}: interval bounds and the sound bounds reached so far`);
  if (r.boundsNote) lines.push(`  ${r.boundsNote}`);
  const ps = r.pairs;
  const numeric = (head: string, vs: readonly number[]): Column => {
    const f = columnFormat(vs);
    return { head, cells: vs.map(f) };
  };
  lines.push(
    ...table(
      [
        { head: 'pair', cells: ps.map(p => `${p.pair[0]}:${p.pair[1]}`), left: true },
        numeric('min ρ ≥', ps.map(p => p.lower)),
        numeric('max ρ ≤', ps.map(p => p.upper)),
        numeric('RSM ≥', ps.map(p => p.rsmLower)),
        numeric('RSM ≤', ps.map(p => p.rsmUpper)),
        numeric('attack min ρ', ps.map(p => p.attackLower.value)),
        numeric('attack max ρ', ps.map(p => p.attackUpper.value)),
        numeric('gap', ps.map(p => p.gap)),
        { head: 'seconds', cells: ps.map(p => p.seconds.toFixed(1)) },
        { head: 'status', cells: ps.map(p => p.status), left: true },
        { head: 'reason (min / max)', cells: ps.map(p => (why(p.min) === why(p.max) ? why(p.min) : `${why(p.min)} / ${why(p.max)}`)), left: true },
      ],
      '  ',
    ),
  );
  const slacks = ps.map(p => p.float32Slack ?? 0);
  if (slacks.some(s => s > 0)) lines.push(`  --precision float32: bounds widened by the float32 rounding-error bound, up to ${Math.max(...slacks).toExponential(3)} per side`);
  for (const p of ps) {
    const repaired = [p.min.boundRepaired ? 'min' : '', p.max.boundRepaired ? 'max' : ''].filter(Boolean);
    if (repaired.length) lines.push(`  note: pair ${p.pair[0]}:${p.pair[1]}: a re-checked witness moved the ${repaired.join(' and ')} bound`);
  }
  if (r.timings) {
    const t = r.timings;
    lines.push(`  row seconds, each phase once: bounds ${t.bounds.toFixed(2)}, relaxation ${t.relaxation.toFixed(2)}, attack ${t.attack.toFixed(2)}, obbt ${t.obbt.toFixed(2)}, solve ${t.solve.toFixed(2)}, implication ${t.implication.toFixed(2)}; wall clock ${t.total.toFixed(2)}`);
  }
  if (r.implication) {
    const im = r.implication;
    const sound = im.sound === null ? 'not computed (needs every pair with the class)' : im.sound === 'holds' ? 'holds (every min ρ(c, j) ≥ 0)' : 'inconclusive (some min ρ(c, j) < 0)';
    lines.push(`  N2 ⇒ N1 for class ${im.class}: sufficient check ${sound}`);
    if (im.attack) {
      const a = im.attack;
      const how = a.verdict === 'refuted-by-attack' ? 'REFUTED-BY-ATTACK' : a.verdict === 'tie' ? 'found a float64 counterexample that float32 does not confirm: TIE' : a.verdict === 'holds-by-relaxation' ? 'holds by relaxation, no counterexample found' : `no counterexample found (closest max(m¹, −m²) = ${num(a.best, 0)})`;
      lines.push(`  N2 ⇒ N1 for class ${im.class}: attack ${how} (${a.info.evaluations} evaluations, ${a.info.ms.toFixed(0)} ms, seed ${a.info.seed})`);
      if (a.counterexample && !im.exact) lines.push(counterexampleLine(a.counterexample));
    }
    if (!im.exact) lines.push(`  N2 ⇒ N1 for class ${im.class}: exact check not run (it needs --method milp and --implication exact)`);
    if (im.exact) {
      const e = im.exact;
      let text = `  N2 ⇒ N1 for class ${im.class}: exact check ${e.verdict.toUpperCase()}`;
      if (e.note) text += ` (${e.note})`;
      lines.push(text);
      if (e.counterexample) lines.push(counterexampleLine(e.counterexample));
    }
  }
  return lines.join('\n');
}

/** A counterexample's decisions and margins, in float64 and in float32 (the deployment precision). */
function counterexampleLine(c: Counterexample): string {
  const m = (v: number): string => v.toExponential(6);
  return `    counterexample: N2 decides ${c.n2Decision}, N1 decides ${c.n1Decision}; margins float64 N1 ${m(c.n1Margin)}, N2 ${m(c.n2Margin)}; float32 N1 ${m(c.n1Margin32)}, N2 ${m(c.n2Margin32)}; input and logits (z, float32 z) in the JSON output (--format json)`;
}

/** What the end-of-run summary is made of. */
export interface RunSummary {
  readonly rows: readonly (RowResult & { readonly budgetStop?: unknown })[];
  /** Rows already in a resumed results file (not run again). */
  readonly skipped: number;
  readonly seconds: number;
}

export function formatSummary(s: RunSummary): string {
  const c = verdictCounts(s.rows.map(rowVerdict));
  const ends = s.rows.reduce((n, r) => n + 2 * r.pairs.length, 0);
  const exact = s.rows.reduce((n, r) => n + r.pairs.reduce((m, p) => m + (p.min.status === 'exact' ? 1 : 0) + (p.max.status === 'exact' ? 1 : 0), 0), 0);
  const stopped = s.rows.filter(r => r.budgetStop !== undefined).length;
  const parts = [`holds ${c.holds}`, `violated ${c.violated}`, `unknown ${c.unknown}`, ...(c.unchecked ? [`unchecked ${c.unchecked}`] : [])];
  return (
    `summary: ${s.rows.length} row(s)${s.skipped ? ` (+${s.skipped} already done)` : ''}: ${parts.join(', ')}; ` +
    `exact ends ${exact}/${ends}${stopped ? `; ${stopped} row(s) stopped by a time budget` : ''}; total ${s.seconds.toFixed(1)} s`
  );
}
