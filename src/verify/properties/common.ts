/** What the peers' properties share: the Property type and its syntax, results, and the helpers of the checks (see index.ts for the properties' definitions and proofs). */
import seedrandom from 'seedrandom';
import { forward } from '../../layers/forward.js';
import { forward32 } from '../../layers/forward32.js';
import { decisionMargin } from '../../rsm/implication.js';
import { outputSize } from '../../ir/network.js';
import { UserError } from '../../errors.js';
import { type JointEncoding } from '../../encoding/joint.js';
import { type Decision, decideMin, type LinearObjective, negate, Region, relaxedLower, type ThresholdAnswer } from '../linear-end.js';

export type Property =
  | { readonly kind: 'diff'; readonly t: number; readonly eps: number }
  | { readonly kind: 'linf'; readonly eps: number }
  | { readonly kind: 'top1' }
  | { readonly kind: 'delta-top1'; readonly delta: number };

export const PROPERTY_SYNTAX = 'diff:T:EPS, linf:EPS, top1 or delta-top1:DELTA';

export function num(text: string, spec: string, ok: (v: number) => boolean, what: string): number {
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
  /** The logits at x in float32 (src/layers/forward32.ts), the deployment precision. */
  readonly z1f32: number[];
  readonly z2f32: number[];
  /** What it violates, e.g. "z2[0] - z1[0] = 0.061 ≥ ε = 0.05". */
  readonly violates: string;
}

/** Whether logits z1, z2 at one point violate the property (its definition in index.ts): the float32 re-check of a counterexample. */
export function violatesAt(p: Property, z1: ArrayLike<number>, z2: ArrayLike<number>): boolean {
  switch (p.kind) {
    case 'diff':
      return Math.abs(z2[p.t] - z1[p.t]) >= p.eps;
    case 'linf': {
      let m = 0;
      for (let k = 0; k < z1.length; k++) m = Math.max(m, Math.abs(z1[k] - z2[k]));
      return m > p.eps;
    }
    case 'top1':
      for (let c = 0; c < z1.length; c++) if ((decisionMargin(z1, c) > 0) !== (decisionMargin(z2, c) > 0)) return true;
      return false;
    case 'delta-top1':
      for (let c = 0; c < z1.length; c++) if (softmaxAt(z1, c) > p.delta && !(decisionMargin(z2, c) > 0)) return true;
      return false;
  }
}

export interface PropertyResult {
  readonly property: string;
  /** `tie`: a float64 counterexample that the float32 evaluation does not confirm (both sets of logits in `counterexample`). */
  readonly verdict: Decision | 'tie';
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

export function unit(k: number, i: number, s = 1): Float64Array {
  const v = new Float64Array(k);
  v[i] = s;
  return v;
}

export function cex(r: Region, x: ArrayLike<number>, violates: string): PropertyCounterexample {
  return { x: Array.from(x), z1: Array.from(forward(r.n1, x)), z2: Array.from(forward(r.n2, x)), z1f32: Array.from(forward32(r.n1, x)), z2f32: Array.from(forward32(r.n2, x)), violates };
}

export function combine(answers: readonly Decision[]): Decision {
  if (answers.includes('violated')) return 'violated';
  return answers.every(a => a === 'holds') ? 'holds' : 'unknown';
}

/**
 * Runs a list of threshold questions: relaxations and attacks for all of them first (so a cheap
 * violation anywhere ends the search before any MILP), then the MILP for those left open.
 */
export async function questions(r: Region, qs: readonly { o: LinearObjective; theta: number; strict: boolean }[], opts: PropertyOptions): Promise<ThresholdAnswer[]> {
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

export type Direction = 'N2=>N1' | 'N1=>N2';

export interface ClassCheck {
  readonly class: number;
  readonly direction: Direction | 'softmax(z1)>delta=>N2';
  readonly verdict: 'holds' | 'vacuous' | 'violated' | 'tie' | 'unknown';
  readonly by: 'relaxation' | 'attack' | 'milp' | 'split';
  readonly seconds: number;
}

/** The margin objective z^net_c − z^net_j (net 1 or 2), optionally minus the other net's. */
export function margin(k: number, net: 1 | 2, c: number, j: number, minusOther = false): LinearObjective {
  const a = new Float64Array(k);
  a[c] = 1;
  a[j] = -1;
  const b = minusOther ? a.map(v => -v) : new Float64Array(k);
  const name = `z${net}[${c}] - z${net}[${j}]`;
  const other = `z${3 - net}[${c}] - z${3 - net}[${j}]`;
  return net === 1 ? { c1: a, c2: b, label: minusOther ? `${name} - (${other})` : name } : { c1: b, c2: a, label: minusOther ? `${name} - (${other})` : name };
}

/** Relaxed check of "premise network P decides c ⇒ conclusion network C decides c" (see the file doc). */
export function relaxedDirection(r: Region, premise: 1 | 2, c: number): 'vacuous' | 'holds' | null {
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
export function sampleCount(r: Region): number {
  let nnz = 0;
  for (const net of [r.n1, r.n2]) for (const n of net.nodes) if (n.kind === 'affine') for (const t of n.terms) nnz += t.values.length;
  return Math.max(SAMPLED_POINTS.min, Math.min(SAMPLED_POINTS.max, Math.floor(SAMPLED_POINTS.work / Math.max(1, nnz))));
}

export function* sampled(r: Region, tag: string): Generator<Float64Array> {
  const rng = seedrandom(`${r.attack.seed}:${tag}:sample`);
  const { lower, upper } = r.box;
  const count = sampleCount(r);
  for (let k = 0; k < count; k++) yield Float64Array.from(lower, (l, i) => Math.min(upper[i], l + rng() * (upper[i] - l)));
}

export function swapped(j: JointEncoding): JointEncoding {
  return { ...j, n1: j.n2, n2: j.n1 };
}

/** softmax(z)_c, computed stably. */
export function softmaxAt(z: ArrayLike<number>, c: number): number {
  let s = 0;
  for (let j = 0; j < z.length; j++) s += Math.exp(z[j] - z[c]);
  return 1 / s;
}
