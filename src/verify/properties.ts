/**
 * The peers' twin properties on a region D (math.md, "The peers' twin properties"), each
 * decided with the threshold questions of linear-end.ts (relaxations, attack, joint MILP) or
 * with implication MILPs on the same joint encoding:
 *
 *  - `diff:T:EPS` (NeuroDiff, ReluDiff): −ε < z²_T(x) − z¹_T(x) < ε for all x ∈ D. Strict:
 *    a point with |z²_T − z¹_T| = ε exactly is a violation. Two questions: min q > −ε and
 *    min(−q) > −ε for q = z²_T − z¹_T.
 *  - `linf:EPS` (VeryDiff, NNEquiv, MILPEquiv ε-equivalence): max_k |z¹_k − z²_k| ≤ ε on D.
 *    Non-strict; 2K questions min d_k ≥ −ε, min(−d_k) ≥ −ε (d = z¹ − z²; with 2K objectives
 *    every end is one small MILP, and most are decided by the differential relaxation before any
 *    MILP). A maximum equal to ε within the solver tolerance is `unknown` with `tie`.
 *  - `top1`: argmax z¹ = argmax z² on D, read strictly: wherever one network decides a class c
 *    (z_c > z_j for all j ≠ c), the other decides c too. Checked as N2 ⇒ N1 and N1 ⇒ N2 for
 *    every class c (math.md): the relaxed checks first (the premise network never decides c;
 *    or, for each j, the conclusion network's margin is > 0, or min ρ(c, j) ≥ 0 in the
 *    direction's orientation), then 2,000–20,000 seeded uniform points of D (SAMPLED_POINTS) and the
 *    implication attack, then the exact implication MILPs
 *    (implication.ts; a class neither network decides on D comes out `vacuous`). Points where
 *    the premise network ties do not count; ties of the conclusion network do (it then does not
 *    decide c), and a minimum at 0 within tolerance is reported as a tie (`unknown`, `tie`).
 *  - `delta-top1:DELTA` (VeryDiff): for all x ∈ D and every class c, softmax(z¹(x))_c > δ ⇒
 *    N2 decides c. softmax(z¹)_c > δ is not linear in the logits. With m = ln(δ/(1−δ)) and
 *    m_in = ln((K−1)δ/(1−δ)):
 *        z¹_c − z¹_j > m_in ∀j ≠ c  ⇒  softmax(z¹)_c > δ  ⇒  z¹_c − z¹_j > m ∀j ≠ c.
 *    Proof: softmax_c = 1 / (1 + Σ_{j≠c} e^{z_j − z_c}). If softmax_c > δ then each single
 *    e^{z_j − z_c} < 1/δ − 1 = (1−δ)/δ, i.e. z_c − z_j > m. If every z_c − z_j > m_in then
 *    Σ_{j≠c} e^{z_j − z_c} < (K−1)·(1−δ)/((K−1)δ) = (1−δ)/δ, i.e. softmax_c > δ.
 *    So the implication MILP with the premise z¹_c − z¹_j ≥ m (a superset of the softmax set)
 *    is a SUFFICIENT check: if N2 decides c wherever it holds, the property holds. It is not
 *    exact: a minimum ≤ 0 of z²_c − z²_k there may lie outside the softmax set. Every candidate
 *    is re-checked against softmax(z¹)_c > δ itself by the forward pass; when it fails, the
 *    MILP is re-run with the inner premise z¹_c − z¹_j ≥ m_in, whose points all satisfy the
 *    softmax condition up to the solver's feasibility tolerance (and are re-checked too). A
 *    counterexample in neither is `unknown` with a note. The relaxed check per (c, k): N2
 *    always prefers c to k (min z²_c − z²_k > 0), or min (z²_c − z²_k) − (z¹_c − z¹_k) ≥ −m
 *    (then z²_c − z²_k ≥ z¹_c − z¹_k − m > 0 on the premise). Falsification: sampled points,
 *    then a gradient attack into the inner set. With `engine: 'split'` a class is also proven
 *    vacuous by input splits (max z¹_c − z¹_j ≤ m for one j) before its MILPs.
 *
 * Every `holds` rests on sound bounds only (relaxation values and widened dual bounds); every
 * `violated` carries a counterexample x ∈ D re-checked by the float64 forward pass with both
 * networks' logits; a time limit gives `unknown`, never `holds`.
 */
import seedrandom from 'seedrandom';
import { argmax, forward } from '../layers/forward.js';
import { outputSize } from '../ir/network.js';
import { UserError } from '../errors.js';
import { addLogit, type JointEncoding, startAt } from '../encoding/joint.js';
import { attackImplication } from '../attack/implication.js';
import { pgdMinimize, type Probe } from '../attack/pgd.js';
import { twinForward, twinGradient } from '../layers/gradient.js';
import { decisionMargin, exactImplication } from '../rsm/implication.js';
import { type Decision, decideMin, type LinearObjective, negate, PROPERTY_MIP_ABS_GAP, PROPERTY_MIP_REL_GAP, Region, relaxedLower, type ThresholdAnswer } from './linear-end.js';
import { solverInput, soundDualBound } from '../rsm/objective.js';

export type Property =
  | { readonly kind: 'diff'; readonly t: number; readonly eps: number }
  | { readonly kind: 'linf'; readonly eps: number }
  | { readonly kind: 'top1' }
  | { readonly kind: 'delta-top1'; readonly delta: number };

export const PROPERTY_SYNTAX = 'diff:T:EPS, linf:EPS, top1 or delta-top1:DELTA';

function num(text: string, spec: string, ok: (v: number) => boolean, what: string): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || !ok(v)) throw new UserError(`--property ${spec}: ${what}, got '${text}'`);
  return v;
}

export function parseProperty(spec: string, classes?: number): Property {
  const parts = spec.trim().toLowerCase().split(':');
  const p: Property = (() => {
    switch (parts[0]) {
      case 'diff':
        if (parts.length !== 3) throw new UserError(`--property ${spec}: expected diff:T:EPS, e.g. diff:0:0.05`);
        return { kind: 'diff', t: num(parts[1], spec, v => Number.isInteger(v) && v >= 0, 'the output T must be a whole number ≥ 0'), eps: num(parts[2], spec, v => v > 0, 'ε must be a number > 0') };
      case 'linf':
        if (parts.length !== 2) throw new UserError(`--property ${spec}: expected linf:EPS, e.g. linf:0.05`);
        return { kind: 'linf', eps: num(parts[1], spec, v => v >= 0, 'ε must be a number ≥ 0') };
      case 'top1':
        if (parts.length !== 1) throw new UserError(`--property ${spec}: top1 takes no parameter`);
        return { kind: 'top1' };
      case 'delta-top1':
        if (parts.length !== 2) throw new UserError(`--property ${spec}: expected delta-top1:DELTA, e.g. delta-top1:0.9`);
        return { kind: 'delta-top1', delta: num(parts[1], spec, v => v > 0 && v < 1, 'δ must lie strictly between 0 and 1') };
      default:
        throw new UserError(`--property ${spec}: unknown property '${parts[0]}' (expected ${PROPERTY_SYNTAX})`);
    }
  })();
  if (p.kind === 'diff' && classes !== undefined && p.t >= classes) throw new UserError(`--property ${spec}: output ${p.t} does not exist (the networks have ${classes} outputs)`);
  return p;
}

export function propertyName(p: Property): string {
  switch (p.kind) {
    case 'diff': return `diff:${p.t}:${p.eps}`;
    case 'linf': return `linf:${p.eps}`;
    case 'top1': return 'top1';
    case 'delta-top1': return `delta-top1:${p.delta}`;
  }
}

export interface PropertyCounterexample {
  readonly x: number[];
  readonly z1: number[];
  readonly z2: number[];
  /** What it violates, e.g. "z2[0] - z1[0] = 0.061 ≥ ε = 0.05". */
  readonly violates: string;
}

export interface PropertyResult {
  readonly property: string;
  readonly verdict: Decision;
  /** Set with `unknown` when an optimum sat on the property's boundary within solver tolerance. */
  readonly tie?: boolean;
  readonly seconds: number;
  /** The bounds that decided it (property-specific; every number sound unless named `reached`). */
  readonly bounds: Record<string, unknown>;
  readonly counterexample?: PropertyCounterexample;
  readonly notes: readonly string[];
}

export interface PropertyOptions {
  /** false: relaxations and attacks only (no MILP); `unknown` where they do not decide. */
  readonly milp: boolean;
}

function unit(k: number, i: number, s = 1): Float64Array {
  const v = new Float64Array(k);
  v[i] = s;
  return v;
}

function cex(r: Region, x: ArrayLike<number>, violates: string): PropertyCounterexample {
  return { x: Array.from(x), z1: Array.from(forward(r.n1, x)), z2: Array.from(forward(r.n2, x)), violates };
}

function combine(answers: readonly Decision[]): Decision {
  if (answers.includes('violated')) return 'violated';
  return answers.every(a => a === 'holds') ? 'holds' : 'unknown';
}

/**
 * Runs a list of threshold questions: relaxations and attacks for all of them first (so a cheap
 * violation anywhere ends the search before any MILP), then the MILP for those left open.
 */
async function questions(r: Region, qs: readonly { o: LinearObjective; theta: number; strict: boolean }[], opts: PropertyOptions): Promise<ThresholdAnswer[]> {
  const out: ThresholdAnswer[] = [];
  for (const q of qs) {
    const a = await decideMin(r, q.o, q.theta, q.strict, false);
    out.push(a);
    if (a.verdict === 'violated') return out;
  }
  if (!opts.milp) return out;
  for (let i = 0; i < qs.length; i++) {
    if (out[i].verdict !== 'unknown') continue;
    out[i] = await decideMin(r, qs[i].o, qs[i].theta, qs[i].strict, true);
    if (out[i].verdict === 'violated') return out;
  }
  return out;
}

async function checkDiff(r: Region, p: Extract<Property, { kind: 'diff' }>, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
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

async function checkLinf(r: Region, p: Extract<Property, { kind: 'linf' }>, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
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

type Direction = 'N2=>N1' | 'N1=>N2';

interface ClassCheck {
  readonly class: number;
  readonly direction: Direction | 'softmax(z1)>delta=>N2';
  readonly verdict: 'holds' | 'vacuous' | 'violated' | 'tie' | 'unknown';
  readonly by: 'relaxation' | 'attack' | 'milp' | 'split';
  readonly seconds: number;
}

/** The margin objective z^net_c − z^net_j (net 1 or 2), optionally minus the other net's. */
function margin(k: number, net: 1 | 2, c: number, j: number, minusOther = false): LinearObjective {
  const a = new Float64Array(k);
  a[c] = 1;
  a[j] = -1;
  const b = minusOther ? a.map(v => -v) : new Float64Array(k);
  const name = `z${net}[${c}] - z${net}[${j}]`;
  const other = `z${3 - net}[${c}] - z${3 - net}[${j}]`;
  return net === 1 ? { c1: a, c2: b, label: minusOther ? `${name} - (${other})` : name } : { c1: b, c2: a, label: minusOther ? `${name} - (${other})` : name };
}

/** Relaxed check of "premise network P decides c ⇒ conclusion network C decides c" (see the file doc). */
function relaxedDirection(r: Region, premise: 1 | 2, c: number): 'vacuous' | 'holds' | null {
  const k = outputSize(r.n1);
  const concl = (3 - premise) as 1 | 2;
  const js = [...Array(k).keys()].filter(j => j !== c);
  if (js.some(j => -relaxedLower(r, negate(margin(k, premise, c, j))) <= 0)) return 'vacuous';
  const each = js.every(j => relaxedLower(r, margin(k, concl, c, j)) > 0 || relaxedLower(r, margin(k, concl, c, j, true)) >= 0);
  return each ? 'holds' : null;
}

/**
 * Seeded uniform points of the region (the falsification step before the gradient attacks:
 * on ACAS 1_1, property 1, 10 of 20,000 uniform points decide differently in the two twins,
 * where the top-1 gradient attack from the centre found none, and 2,000 points none either).
 * The count spends about `work` multiply-adds (20,000 points for ACAS Xu, ~2,700 for a
 * 784-100-100-10 pair), at least `min`.
 */
export const SAMPLED_POINTS = { min: 2000, max: 20000, work: 5e8 } as const;

/** How many points: `work` multiply-adds of both forward passes, within [min, max]. */
function sampleCount(r: Region): number {
  let nnz = 0;
  for (const net of [r.n1, r.n2]) for (const n of net.nodes) if (n.kind === 'affine') for (const t of n.terms) nnz += t.values.length;
  return Math.max(SAMPLED_POINTS.min, Math.min(SAMPLED_POINTS.max, Math.floor(SAMPLED_POINTS.work / Math.max(1, nnz))));
}

function* sampled(r: Region, tag: string): Generator<Float64Array> {
  const rng = seedrandom(`${r.attack.seed}:${tag}:sample`);
  const { lower, upper } = r.box;
  const count = sampleCount(r);
  for (let k = 0; k < count; k++) yield Float64Array.from(lower, (l, i) => Math.min(upper[i], l + rng() * (upper[i] - l)));
}

function swapped(j: JointEncoding): JointEncoding {
  return { ...j, n1: j.n2, n2: j.n1 };
}

async function checkTop1(r: Region, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
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

/** softmax(z)_c, computed stably. */
export function softmaxAt(z: ArrayLike<number>, c: number): number {
  let s = 0;
  for (let j = 0; j < z.length; j++) s += Math.exp(z[j] - z[c]);
  return 1 / s;
}

async function checkDeltaTop1(r: Region, p: Extract<Property, { kind: 'delta-top1' }>, opts: PropertyOptions): Promise<Omit<PropertyResult, 'seconds' | 'property'>> {
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
    if (r.engine === 'split') {
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

/** Decides one property on one region. */
export async function checkProperty(r: Region, p: Property, opts: PropertyOptions): Promise<PropertyResult> {
  const t0 = performance.now();
  const res =
    p.kind === 'diff' ? await checkDiff(r, p, opts)
      : p.kind === 'linf' ? await checkLinf(r, p, opts)
        : p.kind === 'top1' ? await checkTop1(r, opts)
          : await checkDeltaTop1(r, p, opts);
  return { property: propertyName(p), seconds: (performance.now() - t0) / 1000, ...res };
}

export { Region };
