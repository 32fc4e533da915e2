/**
 * The verify job for one input row: bounds → joint encoding → for each class pair the min and
 * max of ρ over D → the implication verdicts. Numbers follow the soundness rules of math.md.
 */
import type { Bounds } from '../ir/bounds.js';
import { argmax, forward } from '../layers/forward.js';
import { type Network, outputSize } from '../ir/network.js';
import { encodeJoint } from '../encoding/joint.js';
import { lpTighten, type ObbtReport } from '../rsm/obbt.js';
import { countUnstable } from '../layers/relu.js';
import { layerOf } from '../layers/registry.js';
import type { MilpSolver } from '../solver/types.js';
import { attackImplication, type ImplicationAttack } from '../attack/implication.js';
import { innerGap, pinned } from '../attack/inner.js';
import { type AttackInfo, attackRho } from '../attack/rho.js';
import { clipToBox, neighbourhood } from '../rsm/domain.js';
import { confirmedInFloat32, type ExactImplication, exactImplication, float32TieNote, labelLowers, marginFollowUp, soundImplication, type SoundVerdict } from '../rsm/implication.js';
import { type Pair, rhoAlphaCrown, rhoAlphaDiff, rhoAt, rhoAt32, rhoInterval, rhoRelaxed } from '../rsm/objective.js';
import { twinSlack, widen } from '../bounds/precision.js';
import { type BabSummary, type EndResult, type EndStatus, relaxedEnd, solveEnd, type Witness } from '../rsm/solve-end.js';
import type { BabEndQuery } from '../bab/end.js';
import { babTwins } from '../bab/twins.js';
import { rowBab, rowSweep } from './row-bab.js';
import { alignTwins } from '../layers/twin-pair.js';
import { type Sample, selectPairs } from './methods.js';
import { attackConfig, type VerifyOptions } from './options.js';
import { planRow } from './plan.js';
import { endReason, type EndWhy, INTERIM_EVERY_MS, type RowControl } from './control.js';

/** α-CROWN iterations used by alpha-crown and auto, and α-diff iterations per end wherever differential bounds exist. */
const ALPHA_ITERATIONS = 20;

/**
 * `auto` bounds an open pair's ends by branch and bound instead of the monolithic MILP when the
 * joint MILP has more binaries than this. Below it HiGHS alone finishes quickly (the ECG pair at
 * ε = 2e-4, ~40 binaries, about 1 s per end); above it, e.g. the same pair at ε = 1e-3 (212
 * binaries), the monolithic MILP stalled on 12 of 32 ends in 20 s (benchmarks/results, 0.1.0).
 */
export const AUTO_BAB_BINARIES = 100;

/** A pair is decided when the relaxation already fixes the sign of ρ on D. */
export function signDecided(r: { lower: number; upper: number }): boolean {
  return r.lower >= 0 || r.upper <= 0;
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
  /** This pair's own work: its relaxation, its attack and its two ends (each end's own seconds are in min/max). */
  readonly seconds: number;
  readonly min: EndDetail;
  readonly max: EndDetail;
  /** Inner bounds by attack, re-evaluated by the forward pass: min ρ ≤ attackLower.value, attackUpper.value ≤ max ρ. */
  readonly attackLower: Witness;
  readonly attackUpper: Witness;
  /** (upper − lower) − (attackUpper − attackLower): how much of the verified width no point reaches yet. */
  readonly gap: number;
  readonly attack: AttackInfo;
  /** --precision float32: the rounding-error bound S by which [lower, upper] was widened (so it also bounds ρ of the float32 twins). */
  readonly float32Slack?: number;
}

/** One end as reported: the solver's numbers, the status, and why (`reason`, with the phase of a time limit). */
export type EndDetail = EndResult['solver'] & EndWhy & { readonly status: EndStatus; readonly boundRepaired: boolean; readonly bab?: BabSummary };

/** Seconds of the row's work, each phase once (shared by every pair); `total` is the row's wall clock. */
export interface RowTimings {
  readonly bounds: number;
  readonly relaxation: number;
  readonly attack: number;
  readonly obbt: number;
  readonly solve: number;
  readonly implication: number;
  readonly total: number;
}

export interface RowImplication {
  readonly class: number;
  readonly sound: SoundVerdict | null;
  readonly exact?: ExactImplication;
  /**
   * The falsification attack: `refuted-by-attack` with a confirmed counterexample, else
   * `holds-by-relaxation` when the sufficient check holds, else `unknown`.
   */
  readonly attack?: Omit<ImplicationAttack, 'verdict'> & { readonly verdict: 'refuted-by-attack' | 'holds-by-relaxation' | 'tie' | 'unknown' };
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
  /** What LP bound tightening did, per network, when it ran. */
  readonly obbt?: { readonly n1: ObbtReport; readonly n2: ObbtReport };
  /** Differential cut rows in the MILP. */
  readonly diffCuts: number;
  readonly binaries: { readonly n1: number; readonly n2: number };
  readonly unstable: { readonly n1: number; readonly n2: number };
  readonly pairs: readonly PairResult[];
  readonly implication: RowImplication | null;
  readonly seconds: number;
  /** The input box of a --box / --vnnlib region (absent for --data rows, whose box is x₀ ± ε). */
  readonly box?: { readonly lower: readonly number[]; readonly upper: readonly number[] };
  /** A VNN-LIB region's output assertions: reported, not used by the LRSM (src/io/regions.ts). */
  readonly outputConstraints?: readonly string[];
  readonly timings?: RowTimings;
}

const worst = (a: EndStatus, b: EndStatus): EndStatus => {
  const order: EndStatus[] = ['exact', 'bounded', 'relaxed'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))];
};

function unstableIn(net: Network, bounds: readonly Bounds[]): number {
  let n = 0;
  net.nodes.forEach(node => {
    if (node.kind !== 'input' && layerOf(node).signSplit) n += countUnstable(bounds[node.inputs[0]]);
  });
  return n;
}

/**
 * `region`, when given, is the input box D itself (a --box / --vnnlib region) instead of
 * B∞(x₀, ε) ∩ domain; x₀ (sample.x) is then its centre, the attacks' start point.
 */
export async function verifyRow(n1In: Network, n2In: Network, sample: Sample, opts: VerifyOptions, solver: MilpSolver, control: RowControl = {}, region?: Bounds): Promise<RowResult> {
  const [n1, n2] = alignTwins(n1In, n2In); // fp32 vs QDQ: identity stand-ins, so diff mode applies
  const t0 = performance.now();
  const spent = { bounds: 0, relaxation: 0, attack: 0, obbt: 0, solve: 0, implication: 0 };
  const timed = <T>(what: keyof typeof spent, f: () => T): T => {
    const ts = performance.now();
    try {
      return f();
    } finally {
      spent[what] += (performance.now() - ts) / 1000;
    }
  };
  /** The same for asynchronous work: its own seconds from the call (e.g. from its turn on the expander). */
  const timedAsync = async <T>(what: keyof typeof spent, f: () => Promise<T>): Promise<T> => {
    const ts = performance.now();
    try {
      return await f();
    } finally {
      spent[what] += (performance.now() - ts) / 1000;
    }
  };
  const classes = outputSize(n1);
  const method = opts.method ?? 'milp';
  const z1 = forward(n1, sample.x);
  const z2 = forward(n2, sample.x);
  const label = sample.label ?? argmax(z1);
  if (!(Number.isInteger(label) && label >= 0 && label < classes)) {
    throw new Error(`row ${sample.row}: label ${label} is not a class of these networks (0..${classes - 1})`);
  }
  const box = region ?? neighbourhood(sample.x, opts.eps, opts.domain);
  // x₀ itself may lie (by less than ε) outside the domain; every start and fallback witness
  // must be a point of D, so use x₀ clipped into the box.
  const center = clipToBox(sample.x, box);
  if (n1.sha256 === n2.sha256) return identicalTwins(n1, { ...sample, x: center }, label, opts, classes, t0);
  const plan = planRow({ method, implication: opts.implication });
  const pairs = selectPairs(opts.pairs, label, classes);
  control.phase?.('bounds');
  const sweep = rowSweep(n1, n2, box, opts.bounds, plan.ends === 'bab', 2 * pairs.length * opts.timeLimitSec, f => timed('bounds', f), opts.loweredSweepShare);
  let bounds = sweep.bounds;
  const memo = new Map<string, { lower: number; upper: number }>();
  const memoSeconds = new Map<string, number>();
  const relax = (pair: Pair): { lower: number; upper: number } => {
    const key = pair.join(':');
    const hit = memo.get(key);
    if (hit) return hit;
    const tr = performance.now();
    const r = timed('relaxation', () => relaxOnce(pair));
    memoSeconds.set(key, (performance.now() - tr) / 1000);
    memo.set(key, r);
    const w = widen(r, slack.rho(pair));
    control.partial?.(pair, w.lower, w.upper);
    return r;
  };
  const relaxOnce = (pair: Pair): { lower: number; upper: number } => {
    if (method === 'interval') return rhoInterval(bounds.n1[n1.output], bounds.n2[n2.output], pair);
    if (method === 'alpha-crown') return rhoAlphaCrown(n1, n2, bounds.n1, bounds.n2, pair, bounds.diff, { iterations: ALPHA_ITERATIONS });
    // With differential bounds: α-CROWN ∩ the differential relaxation, each optimised per end.
    if (bounds.diff) return rhoAlphaDiff(n1, n2, bounds.n1, bounds.n2, pair, bounds.diff, { iterations: ALPHA_ITERATIONS, previous: bounds.previous });
    const r = rhoRelaxed(n1, n2, bounds.n1, bounds.n2, pair);
    // auto escalates one step at a time: α-CROWN only where CROWN leaves the sign open.
    if (method === 'auto' && !signDecided(r)) return rhoAlphaCrown(n1, n2, bounds.n1, bounds.n2, pair, bounds.diff, { iterations: ALPHA_ITERATIONS });
    return r;
  };
  // --precision float32: every reported ρ bound is widened by the float32 rounding-error bound
  // of both twins over D (src/bounds/precision.ts, docs/precision.md); 0 under float64.
  const precision = opts.precision ?? 'float64';
  let slack = twinSlack(precision, n1, n2, bounds.n1, bounds.n2);
  const solvePair = (pair: Pair): boolean => plan.ends === 'milp' || plan.ends === 'lp' || plan.ends === 'bab' || (plan.ends === 'milp-if-open' && !signDecided(relax(pair)));
  const implicationMilp = plan.implication === 'milp' || (plan.implication === 'milp-unless-proved' && !provedByRelaxation(label, classes, pair => widen(relax(pair), slack.rho(pair))));
  let obbt: RowResult['obbt'];
  if (opts.obbt && (implicationMilp || pairs.some(solvePair))) {
    // Relaxed pair bounds above were computed from the earlier (sound) bounds and stay valid.
    control.phase?.('obbt');
    const budget = opts.obbt;
    const [t1, t2] = await timedAsync('obbt', async () => [await lpTighten(n1, bounds.n1, solver, budget), await lpTighten(n2, bounds.n2, solver, budget)] as const);
    bounds = { ...bounds, n1: t1.bounds, n2: t2.bounds };
    obbt = { n1: t1.report, n2: t2.report };
    slack = twinSlack(precision, n1, n2, bounds.n1, bounds.n2);
  }
  const joint = encodeJoint(n1, n2, box, bounds, { diffCuts: opts.diffCuts ?? false });
  const common = { joint, x0: center, solver, timeLimitSec: opts.timeLimitSec, mipRelGap: opts.mipRelGap, mipAbsGap: opts.mipAbsGap };
  const attack = attackConfig(opts);
  const seedFor = (what: string): string => `${attack.seed}:row${sample.row}:${what}`;

  // Branch and bound (src/verify/row-bab.ts): one expander for the row, one search at a time.
  const useBab = plan.ends === 'bab' || (plan.ends === 'milp-if-open' && joint.n1.binaries + joint.n2.binaries > AUTO_BAB_BINARIES);
  const bab = useBab ? rowBab(n1, n2, sweep.search ?? babTwins(n1, n2), bounds, sweep.searchBounds, opts.bab) : null;

  // --time-limit bounds one end's whole work: its share of the row's bounds and LP tightening
  // (shared by the row's 2·pairs ends, so each is charged that time over their number: the
  // row's ends together take at most their number × the limit), the pair's relaxation and
  // attack; the rest is the solve's own limit.
  const rowEnds = 2 * pairs.length;
  const remainingFor = (pair: Pair, attackMs: number) => (): number => opts.timeLimitSec - ((spent.bounds + spent.obbt) / rowEnds + (memoSeconds.get(pair.join(':')) ?? 0) + attackMs / 1000);
  // A running branch and bound's best bounds for the progress display, at most one report per
  // INTERIM_EVERY_MS per end (the first at once), so a worker thread's messages stay few.
  const interimFor = (pair: Pair, sense: 'minimize' | 'maximize'): Pick<BabEndQuery, 'onProgress'> => {
    const report = control.interim;
    if (!report) return {};
    let last = -Infinity;
    return {
      onProgress: p => {
        const t = performance.now();
        if (t - last < INTERIM_EVERY_MS) return;
        last = t;
        report({ pair: [pair[0], pair[1]], sense, method: 'bab', ...p });
      },
    };
  };
  const pairJobs = pairs.map(async (pair): Promise<PairResult> => {
    const relaxed = relax(pair);
    control.phase?.('attack');
    // Inner values first: each end's attack point is its MIP start and its first witness.
    const atk = timed('attack', () => attackRho(n1, n2, box, center, pair, attack.budget, seedFor(`${pair[0]}:${pair[1]}`)));
    const solve = solvePair(pair);
    const remainingSec = remainingFor(pair, atk.info.ms);
    const end = async (sense: 'minimize' | 'maximize', bound: number, from: Witness): Promise<EndResult & EndWhy> => {
      const left = remainingSec();
      const why = { solved: solve, lpOnly: plan.ends === 'lp', decided: signDecided(relaxed) };
      if (solve && left <= 0) {
        const e = relaxedEnd(joint, pair, sense, Float64Array.from(from.x), bound);
        return { ...e, ...endReason({ ...e.solver, status: e.status }, { ...why, timedOutBefore: 'attack' }) };
      }
      if (solve) control.phase?.('solve');
      const limits = { solver, timeLimitSec: left, mipRelGap: opts.mipRelGap, mipAbsGap: opts.mipAbsGap };
      const e = await (solve && bab
        ? bab.end({ box, pair, sense, starts: [center, Float64Array.from(from.x)], relaxedBound: bound, ...limits, timeLimitSec: Math.max(0.05, remainingSec()), ...interimFor(pair, sense) })
        : solve
        ? solveEnd({ ...common, ...limits, pair, sense, relaxedBound: bound, lpOnly: plan.ends === 'lp', ...(opts.attackStart ? { start: Float64Array.from(from.x) } : { candidates: [Float64Array.from(from.x)] }) })
        : Promise.resolve(relaxedEnd(joint, pair, sense, Float64Array.from(from.x), bound)));
      control.endDone?.();
      return { ...e, ...endReason({ ...e.solver, status: e.status }, why) };
    };
    const ends = await Promise.all([end('minimize', relaxed.lower, atk.lower), end('maximize', relaxed.upper, atk.upper)]);
    const [lo, hi] = ends.map(e => ({ ...pinned(e, opts.mipRelGap, opts.mipAbsGap), reason: e.reason, ...(e.phase ? { phase: e.phase } : {}) }));
    control.partial?.(pair, lo.bound - slack.rho(pair), hi.bound + slack.rho(pair));
    const detail = (e: EndResult & EndWhy): EndDetail => ({ ...e.solver, reason: e.reason, ...(e.phase ? { phase: e.phase } : {}), status: e.status, boundRepaired: e.boundRepaired, ...(e.bab ? { bab: e.bab } : {}) });
    const own = (e: EndResult): number => (e.solver.outcome === 'none' ? 0 : e.solver.seconds);
    spent.solve += own(lo) + own(hi);
    // Under float32 the widened ends bound the real and the float32 ρ, neither exactly.
    const s = slack.rho(pair);
    const lower = lo.bound - s;
    const upper = hi.bound + s;
    const status = worst(lo.status, hi.status);
    const w32 = (w: Witness): Witness => ({ ...w, value32: rhoAt32(n1, n2, w.x, pair) });
    return {
      row: sample.row,
      label,
      pair,
      lower,
      upper,
      rsmLower: Math.exp(lower),
      rsmUpper: Math.exp(upper),
      status: s > 0 && status === 'exact' ? 'bounded' : status,
      lowerWitness: w32(lo.witness),
      upperWitness: w32(hi.witness),
      seconds: (memoSeconds.get(pair.join(':')) ?? 0) + atk.info.ms / 1000 + own(lo) + own(hi),
      min: s > 0 && lo.status === 'exact' ? { ...detail(lo), status: 'bounded' } : detail(lo),
      max: s > 0 && hi.status === 'exact' ? { ...detail(hi), status: 'bounded' } : detail(hi),
      attackLower: w32(atk.lower),
      attackUpper: w32(atk.upper),
      gap: innerGap(lower, upper, atk.lower, atk.upper),
      attack: atk.info,
      ...(s > 0 ? { float32Slack: s } : {}),
    };
  });
  // A counterexample found by attack settles the implication at once: no MILP for it.
  const implAttack = opts.implication === 'off' ? null : timed('attack', () => attackImplication(n1, n2, box, center, label, attack.budget, seedFor(`implication:${label}`)));
  const implJob: Promise<ExactImplication | undefined> = implicationMilp
    ? implAttack?.counterexample
      ? Promise.resolve(refutedByAttack(implAttack))
      : (async () => {
          const iq = { ...common, c: label, ...(precision === 'float32' ? { slack } : {}) };
          // Where the ends search by branch and bound, so does the implication (src/bab/implication.ts).
          return bab
            ? bab.implication({ ...iq, box, starts: [center], followUp: (j, near) => marginFollowUp(iq, j, near) }, f => timedAsync('implication', f))
            : timedAsync('implication', () => exactImplication(iq));
        })()
    : plan.implication === 'milp-unless-proved'
      ? Promise.resolve({ verdict: 'holds', parts: [], note: 'proved by relaxation: every ρ_min(c, j) ≥ 0 (α-CROWN with differential bounds)' })
      : Promise.resolve(undefined);
  const [pairResults, exact] = await Promise.all([Promise.all(pairJobs), implJob]).finally(() => bab?.close());

  let implication: RowImplication | null = null;
  if (opts.implication !== 'off') {
    const lowers = labelLowers(pairResults, label);
    const sound = soundImplication(lowers, label, classes);
    implication = { class: label, sound, ...(exact ? { exact } : {}), ...(implAttack ? { attack: attackVerdict(implAttack, sound) } : {}) };
  }
  return {
    row: sample.row,
    label,
    labelSource: sample.label === null ? 'n1' : 'data',
    n1Decision: argmax(z1),
    n2Decision: argmax(z2),
    boundsMethod: opts.bounds.name,
    ...(bounds.note ? { boundsNote: bounds.note } : {}),
    ...(obbt ? { obbt } : {}),
    diffCuts: joint.diffCuts,
    binaries: { n1: joint.n1.binaries, n2: joint.n2.binaries },
    unstable: { n1: unstableIn(n1, bounds.n1), n2: unstableIn(n2, bounds.n2) },
    pairs: pairResults,
    implication,
    seconds: (performance.now() - t0) / 1000,
    timings: { ...spent, total: (performance.now() - t0) / 1000 },
  };
}

/** The paper's sufficient check on relaxed bounds: min ρ(c, j) ≥ 0 for every j ≠ c proves N2 ⇒ N1. */
function provedByRelaxation(c: number, classes: number, relax: (pair: Pair) => { lower: number }): boolean {
  for (let j = 0; j < classes; j++) if (j !== c && !(relax([c, j]).lower >= 0)) return false;
  return true;
}

/** A counterexample found by attack; one that float32 does not confirm is a tie (src/rsm/implication.ts). */
function refutedByAttack(a: ImplicationAttack): ExactImplication {
  if (!a.counterexample) throw new Error('unreachable: refutedByAttack without a counterexample');
  if (!confirmedInFloat32(a.counterexample)) return { verdict: 'tie', parts: [], counterexample: a.counterexample, note: `found by attack (seed ${a.info.seed}): ${float32TieNote(a.counterexample)}` };
  return { verdict: 'refuted-by-attack', parts: [], counterexample: a.counterexample, note: `counterexample found by attack (seed ${a.info.seed}); no MILP needed` };
}

function attackVerdict(a: ImplicationAttack, sound: SoundVerdict | null): NonNullable<RowImplication['attack']> {
  const verdict = a.counterexample ? (confirmedInFloat32(a.counterexample) ? 'refuted-by-attack' : 'tie') : sound === 'holds' ? 'holds-by-relaxation' : 'unknown';
  return { ...a, verdict };
}

/**
 * Identical twins (same content hash): ρ ≡ 0 on every input, so every LRSM is exactly [0, 0]
 * and N2 ⇒ N1 holds, with no solve. The witness x₀ is still re-evaluated.
 */
function identicalTwins(net: Network, sample: Sample, label: number, opts: VerifyOptions, classes: number, t0: number): RowResult {
  const d = argmax(forward(net, sample.x));
  const solver = { outcome: 'optimal' as const, dualBound: 0, objective: 0, nodes: 0, seconds: 0, status: 'exact' as const, reason: 'identical-twins' as const, boundRepaired: false };
  const pairs = selectPairs(opts.pairs, label, classes).map((pair): PairResult => {
    const w = { value: rhoAt(net, net, sample.x, pair), x: Array.from(sample.x), value32: rhoAt32(net, net, sample.x, pair) };
    const attack = { seed: '', restarts: 0, steps: 0, evaluations: 0, ms: 0 };
    return { row: sample.row, label, pair, lower: 0, upper: 0, rsmLower: 1, rsmUpper: 1, status: 'exact', lowerWitness: w, upperWitness: w, seconds: 0, min: solver, max: solver, attackLower: w, attackUpper: w, gap: 0, attack };
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
