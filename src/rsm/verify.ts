/**
 * The verify job for one input row: bounds → joint encoding → for each class pair the min and
 * max of ρ over D → the implication verdicts. Numbers follow the soundness rules of math.md.
 */
import type { Bounds } from '../ir/bounds.js';
import { argmax, forward } from '../ir/forward.js';
import { type Network, outputSize } from '../ir/network.js';
import { crownMethod } from '../bounds/crown.js';
import { diffMethod } from '../bounds/diff.js';
import { intervalMethod } from '../bounds/interval.js';
import type { BoundsMethod } from '../bounds/types.js';
import { encodeJoint } from '../encoding/joint.js';
import { countUnstable } from '../layers/relu.js';
import type { MilpSolver } from '../solver/types.js';
import { clipToBox, type InputDomain, neighbourhood } from './domain.js';
import { type ExactImplication, exactImplication, soundImplication, type SoundVerdict } from './implication.js';
import { type Pair, rhoAt, rhoInterval, rhoRelaxed } from './objective.js';
import { type EndResult, type EndStatus, relaxedEnd, solveEnd, type Witness } from './solve-end.js';

export type PairSpec = 'label' | 'all' | readonly Pair[];
/**
 * How each LRSM end is bounded: by a relaxation alone (interval, crown, diff = crown with
 * twin-aware differential bounds), by the LP relaxation of the joint MILP (lp), or exactly
 * (milp). All are sound; only milp can report 'exact'.
 */
export type Method = 'interval' | 'crown' | 'diff' | 'lp' | 'milp';
export const METHODS: readonly Method[] = ['interval', 'crown', 'diff', 'lp', 'milp'];

/** The bound method behind each Method: relaxations name their own, lp and milp use the tightest. */
export function boundsFor(method: Method): BoundsMethod {
  if (method === 'interval') return intervalMethod;
  if (method === 'crown') return crownMethod;
  return diffMethod;
}
export type ImplicationMode = 'exact' | 'sound' | 'off';

export interface VerifyOptions {
  readonly eps: number;
  readonly domain: InputDomain | null;
  readonly pairs: PairSpec;
  readonly implication: ImplicationMode;
  readonly timeLimitSec: number;
  readonly mipRelGap: number;
  readonly mipAbsGap: number;
  readonly bounds: BoundsMethod;
  /** Default 'milp'. */
  readonly method?: Method;
  /** Add the differential cuts to the joint MILP (encodeJoint's diffCuts); default off. */
  readonly diffCuts?: boolean;
}

export interface PairResult {
  readonly row: number;
  readonly label: number;
  readonly pair: Pair;
  readonly lower: number;
  readonly upper: number;
  readonly rsmLower: number;
  readonly rsmUpper: number;
  readonly status: EndStatus;
  readonly lowerWitness: Witness;
  readonly upperWitness: Witness;
  readonly seconds: number;
  readonly min: EndResult['solver'] & { readonly status: EndStatus; readonly boundRepaired: boolean };
  readonly max: EndResult['solver'] & { readonly status: EndStatus; readonly boundRepaired: boolean };
}

export interface RowImplication {
  readonly class: number;
  readonly sound: SoundVerdict | null;
  readonly exact?: ExactImplication;
}

export interface RowResult {
  readonly row: number;
  readonly label: number;
  /** Where the label came from: the data file, or N1's decision at x₀. */
  readonly labelSource: 'data' | 'n1';
  readonly n1Decision: number;
  readonly n2Decision: number;
  readonly boundsMethod: string;
  /** How the twins were matched for differential bounds, when the method tried. */
  readonly boundsNote?: string;
  /** Differential cut rows in the MILP. */
  readonly diffCuts: number;
  readonly binaries: { readonly n1: number; readonly n2: number };
  readonly unstable: { readonly n1: number; readonly n2: number };
  readonly pairs: readonly PairResult[];
  readonly implication: RowImplication | null;
  readonly seconds: number;
}

export interface Sample {
  readonly row: number;
  readonly x: Float64Array;
  readonly label: number | null;
}

export function selectPairs(spec: PairSpec, label: number, classes: number): Pair[] {
  if (spec === 'label') return [...Array(classes).keys()].filter(j => j !== label).map(j => [label, j] as const);
  if (spec === 'all') {
    const out: Pair[] = [];
    for (let i = 0; i < classes; i++) for (let j = i + 1; j < classes; j++) out.push([i, j]);
    return out;
  }
  for (const [i, j] of spec) {
    if (i === j || i < 0 || j < 0 || i >= classes || j >= classes) {
      throw new Error(`class pair ${i}:${j} is not a pair of distinct classes in 0..${classes - 1}`);
    }
  }
  return spec.slice();
}

const worst = (a: EndStatus, b: EndStatus): EndStatus => {
  const order: EndStatus[] = ['exact', 'bounded', 'relaxed'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))];
};

function unstableIn(net: Network, bounds: readonly Bounds[]): number {
  let n = 0;
  net.nodes.forEach(node => {
    if (node.kind === 'relu') n += countUnstable(bounds[node.inputs[0]]);
  });
  return n;
}

export async function verifyRow(n1: Network, n2: Network, sample: Sample, opts: VerifyOptions, solver: MilpSolver): Promise<RowResult> {
  const t0 = performance.now();
  const classes = outputSize(n1);
  const method = opts.method ?? 'milp';
  const z1 = forward(n1, sample.x);
  const z2 = forward(n2, sample.x);
  const label = sample.label ?? argmax(z1);
  if (!(Number.isInteger(label) && label >= 0 && label < classes)) {
    throw new Error(`row ${sample.row}: label ${label} is not a class of these networks (0..${classes - 1})`);
  }
  const box = neighbourhood(sample.x, opts.eps, opts.domain);
  // x₀ itself may lie (by less than ε) outside the domain; every start and fallback witness
  // must be a point of D, so use x₀ clipped into the box.
  const center = clipToBox(sample.x, box);
  if (n1.sha256 === n2.sha256) return identicalTwins(n1, { ...sample, x: center }, label, opts, classes, t0);
  const bounds = opts.bounds.compute(n1, n2, box);
  const joint = encodeJoint(n1, n2, box, bounds, { diffCuts: opts.diffCuts ?? false });
  const pairs = selectPairs(opts.pairs, label, classes);
  const common = { joint, x0: center, solver, timeLimitSec: opts.timeLimitSec, mipRelGap: opts.mipRelGap, mipAbsGap: opts.mipAbsGap };

  const pairJobs = pairs.map(async (pair): Promise<PairResult> => {
    const tp = performance.now();
    const relaxed = method === 'interval' ? rhoInterval(bounds.n1[n1.output], bounds.n2[n2.output], pair) : rhoRelaxed(n1, n2, bounds.n1, bounds.n2, pair, bounds.diff);
    const end = (sense: 'minimize' | 'maximize', bound: number): Promise<EndResult> =>
      method === 'milp' || method === 'lp'
        ? solveEnd({ ...common, pair, sense, relaxedBound: bound, lpOnly: method === 'lp' })
        : Promise.resolve(relaxedEnd(joint, pair, sense, center, bound));
    const [lo, hi] = await Promise.all([end('minimize', relaxed.lower), end('maximize', relaxed.upper)]);
    const detail = (e: EndResult) => ({ ...e.solver, status: e.status, boundRepaired: e.boundRepaired });
    return {
      row: sample.row,
      label,
      pair,
      lower: lo.bound,
      upper: hi.bound,
      rsmLower: Math.exp(lo.bound),
      rsmUpper: Math.exp(hi.bound),
      status: worst(lo.status, hi.status),
      lowerWitness: lo.witness,
      upperWitness: hi.witness,
      seconds: (performance.now() - tp) / 1000,
      min: detail(lo),
      max: detail(hi),
    };
  });
  const implJob: Promise<ExactImplication | undefined> =
    opts.implication === 'exact' && method === 'milp' ? exactImplication({ ...common, c: label }) : Promise.resolve(undefined);
  const [pairResults, exact] = await Promise.all([Promise.all(pairJobs), implJob]);

  let implication: RowImplication | null = null;
  if (opts.implication !== 'off') {
    const lowers = new Map<number, number>();
    for (const r of pairResults) {
      if (r.pair[0] === label) lowers.set(r.pair[1], r.lower);
      else if (r.pair[1] === label) lowers.set(r.pair[0], -r.upper);
    }
    implication = { class: label, sound: soundImplication(lowers, label, classes), ...(exact ? { exact } : {}) };
  }
  return {
    row: sample.row,
    label,
    labelSource: sample.label === null ? 'n1' : 'data',
    n1Decision: argmax(z1),
    n2Decision: argmax(z2),
    boundsMethod: opts.bounds.name,
    ...(bounds.note ? { boundsNote: bounds.note } : {}),
    diffCuts: joint.diffCuts,
    binaries: { n1: joint.n1.binaries, n2: joint.n2.binaries },
    unstable: { n1: unstableIn(n1, bounds.n1), n2: unstableIn(n2, bounds.n2) },
    pairs: pairResults,
    implication,
    seconds: (performance.now() - t0) / 1000,
  };
}

/**
 * Identical twins (same content hash): ρ ≡ 0 on every input, so every LRSM is exactly [0, 0]
 * and N2 ⇒ N1 holds, with no solve. The witness x₀ is still re-evaluated.
 */
function identicalTwins(net: Network, sample: Sample, label: number, opts: VerifyOptions, classes: number, t0: number): RowResult {
  const d = argmax(forward(net, sample.x));
  const solver = { outcome: 'optimal' as const, dualBound: 0, objective: 0, nodes: 0, seconds: 0, status: 'exact' as const, boundRepaired: false };
  const pairs = selectPairs(opts.pairs, label, classes).map((pair): PairResult => {
    const w = { value: rhoAt(net, net, sample.x, pair), x: Array.from(sample.x) };
    return { row: sample.row, label, pair, lower: 0, upper: 0, rsmLower: 1, rsmUpper: 1, status: 'exact', lowerWitness: w, upperWitness: w, seconds: 0, min: solver, max: solver };
  });
  const exact: ExactImplication = { verdict: 'holds', parts: [], note: 'N1 and N2 are identical (same SHA-256)' };
  return {
    row: sample.row,
    label,
    labelSource: sample.label === null ? 'n1' : 'data',
    n1Decision: d,
    n2Decision: d,
    boundsMethod: 'identical',
    diffCuts: 0,
    binaries: { n1: 0, n2: 0 },
    unstable: { n1: 0, n2: 0 },
    pairs,
    implication: opts.implication === 'off' ? null : { class: label, sound: 'holds', ...(opts.implication === 'exact' ? { exact } : {}) },
    seconds: (performance.now() - t0) / 1000,
  };
}
