/**
 * α-optimisation of the symbolic differential bound (diff-linear.ts), the α-CROWN idea
 * (alpha-crown.ts) applied to the twin-aware relaxation.
 *
 * Every ReLU-difference step has a family of sound relaxations, one per parameter value
 * (relu-diff.ts: the slopes of the lower and upper planes of relu(a¹) − relu(a²), each with its
 * exact intercept over the region, and the lower slope α² of N2's own relu). So every parameter
 * value gives a sound lower bound L(θ) of the objective Cd·d_T over the box, and the best of
 * any number of them is still sound: we maximise L and keep the best value seen. The first
 * iterate is the default relaxation, so the result is never looser than the plain symbolic
 * bound. The default sits on kinks of L (the heuristic planes touch f along whole pieces, so
 * several region vertices tie for the intercept), where a supergradient step barely moves; so
 * the first `envelopeRounds` iterations instead set every plane in use to f's convex (lower) or
 * concave (upper) envelope at the point where the relaxed forward pass evaluates it (the best
 * plane for that point, relu-diff.ts `reluDiffEnvelopeParams`), and the rest are projected
 * gradient ascent steps (Adam, projection onto the parameter box).
 *
 * Gradient. For fixed θ, L = β + A·x* with x* the box corner minimising A·x. Each backward step
 * satisfies cd·g_out.d + c2·g_out.v2 = Σ_k (Cd_k·g_k.d + C2_k·g_k.v2) + β_step for the layer's
 * relaxed forward map (`diffRelaxedForward`), so running that map forward from (d = 0, v² = x*)
 * gives the values g_p at every node p, and a ReLU node's parameters enter L only through its
 * own step, whose derivative at g_p is `reluDiffGradient` (exact wherever L is differentiable).
 *
 * Splits (β-CROWN). On a branch-and-bound node some ReLUs have a fixed phase, phase·a ≥ 0. For
 * any β ≥ 0, f ≥ f − Σ β_s·phase_s·a_s on the node, so the relaxation's minimum of the right-hand
 * side is a sound lower bound too: the terms enter the backward pass as extra coefficients on
 * the split nodes (`extra` of diff-backward.ts), and β is optimised with the slopes, by projected
 * Adam on ∂L/∂β_s = −phase_s·a_s at the relaxed forward point, from β = 0 (the plain bound). The
 * clamp of the split neuron's own bounds (src/bab/subproblem.ts) makes its ReLU exact; β carries
 * the constraint back into the layers below it, which the clamp cannot.
 *
 * Uses: each end of ρ (src/rsm/objective.ts, `rhoAlphaDiff`), branch-and-bound nodes (with their
 * splits, src/bab/bound.ts), and, through `alphaDiffRefiner`,
 * the difference bounds of sweep rows that feed an unstable ReLU (one optimisation per row and
 * end, with its own parameters). Cost per iteration: one backward pass with one row and one
 * forward sweep.
 */
import type { Bounds } from '../ir/bounds.js';
import { consumers, type Network } from '../ir/network.js';
import type { DiffInput, DiffValues } from '../layers/layer.js';
import { layerOf } from '../layers/registry.js';
import type { MatchedTwins } from '../layers/twin-pair.js';
import { type PhaseSplit, pastDeadline, type SweepDeadline, type TwinState } from './types.js';
import { RELU_DIFF_PARAMS, reluDiffEnvelopeParams, reluDiffGradient, reluDiffInitialParams, reluDiffProject } from '../layers/relu-diff.js';
import { concretizeDiffLower, diffBackwardToInput } from './diff-backward.js';
import type { RowRefiner } from './diff-linear.js';
import { Adam } from './adam.js';

export interface AlphaDiffOptions {
  /** Gradient steps (default 20). */
  readonly iterations?: number;
  /**
   * ReLU phases that hold on the region (branch-and-bound splits): each gets a β-CROWN
   * multiplier β ≥ 0, optimised with the slopes (see the file doc).
   */
  readonly splits?: readonly PhaseSplit[];
  /** Adam step size (default 0.1). */
  readonly lr?: number;
  /** The first iterations set the parameters to the envelope choice instead of an Adam step (default 3). */
  readonly envelopeRounds?: number;
  /**
   * Parameters to try besides the optimisation's own iterates (branch and bound: a node's children
   * try where the parent's optimisation ended), with the given multipliers of the leading splits
   * (the parent's splits; a child's extra split gets 0). Every parameter value is sound, so the
   * start only decides how tight: the result is the best of it and the iterates.
   */
  readonly start?: AlphaStart;
  /** With a start: whether the iterations from the default relaxation run too (default true); false evaluates the start alone (one pass). */
  readonly withDefault?: boolean;
}

/**
 * Optimised parameters kept sparse: per ReLU node id, the neurons whose parameters moved from
 * the default relaxation's (`index`) and their RELU_DIFF_PARAMS values each (`values`), and the
 * split multipliers in split order. A CNN's parameter arrays are mostly untouched defaults, so
 * this is what a branch-and-bound node can afford to carry.
 */
export interface AlphaStart {
  readonly params: ReadonlyMap<number, { readonly index: Int32Array; readonly values: Float64Array }>;
  readonly beta: Float64Array;
}

export interface AlphaDiffResult {
  /** The best sound lower bound found (≥ the default relaxation's, and ≥ the start's when given). */
  readonly lower: number;
  /** The first iterate's bound: the default relaxation's (the start's when only the start is evaluated). */
  readonly initial: number;
  /** The parameters and multipliers of the best iterate (sparse, see AlphaStart). */
  readonly best: AlphaStart;
}

/** A copy of parameter arrays per node. */
function copyParams(params: ReadonlyMap<number, Float64Array>): Map<number, Float64Array> {
  return new Map([...params].map(([id, p]) => [id, Float64Array.from(p)] as const));
}

/** The entries of `params` that differ from `base`, per node (AlphaStart.params). */
function sparseParams(params: ReadonlyMap<number, Float64Array>, base: ReadonlyMap<number, Float64Array>): AlphaStart['params'] {
  const out = new Map<number, { index: Int32Array; values: Float64Array }>();
  for (const [id, p] of params) {
    const b = base.get(id);
    const index: number[] = [];
    for (let i = 0; i < p.length / RELU_DIFF_PARAMS; i++) {
      for (let k = 0; k < RELU_DIFF_PARAMS; k++) {
        if (!b || p[RELU_DIFF_PARAMS * i + k] !== b[RELU_DIFF_PARAMS * i + k]) {
          index.push(i);
          break;
        }
      }
    }
    if (index.length === 0) continue;
    const values = new Float64Array(RELU_DIFF_PARAMS * index.length);
    index.forEach((i, k) => values.set(p.subarray(RELU_DIFF_PARAMS * i, RELU_DIFF_PARAMS * (i + 1)), RELU_DIFF_PARAMS * k));
    out.set(id, { index: Int32Array.from(index), values });
  }
  return out;
}

/** Default parameters with a sparse start written over them (entries out of range are ignored). */
function withStart(params: Map<number, Float64Array>, start: AlphaStart['params']): void {
  for (const [id, s] of start) {
    const p = params.get(id);
    if (!p) continue;
    s.index.forEach((i, k) => {
      if (RELU_DIFF_PARAMS * (i + 1) <= p.length) p.set(s.values.subarray(RELU_DIFF_PARAMS * k, RELU_DIFF_PARAMS * (k + 1)), RELU_DIFF_PARAMS * i);
    });
    reluDiffProject(p);
  }
}

function inputsOf(t: TwinState, id: number): DiffInput[] {
  return t.twins.n1.nodes[id].inputs.map(i => ({ d: t.diff[i], b1: t.b1[i], b2: t.b2[i], memo: t.memo }));
}

export interface DiffObjective {
  /** L(θ), the sound lower bound of Cd·d_target for these parameters. */
  readonly value: number;
  /** ∂L/∂θ per ReLU node id. */
  readonly grads: Map<number, Float64Array>;
  /** The envelope choice at the relaxed-forward point, per ReLU node id. */
  readonly envelope: Map<number, Float64Array>;
  /** Relaxed forward values (d, v²) at the nodes the objective reaches. */
  readonly values: readonly (DiffValues | undefined)[];
}

/** Marks the entries where an objective row (cd, c2) is nonzero. */
function markNonzero(need: Uint8Array, r: { readonly cd: Float64Array; readonly c2: Float64Array }): void {
  for (let i = 0; i < need.length; i++) if (r.cd[i] !== 0 || r.c2[i] !== 0) need[i] = 1;
}

/**
 * Per node the objective reaches, the outputs the relaxed forward pass must compute: at the
 * target those with a nonzero coefficient, at the split nodes the split entries (β's gradient
 * reads them), and below, by structure, every entry that a needed output is computed from in
 * either twin (LayerImpl.markReads), together with the entries where the node's own
 * coefficients are nonzero (a ReLU's gradient and envelope read its input there). The
 * structure, not the coefficients, decides what is read: in a max-pool window lowered to
 * b + relu(a − b) with the ReLU active, b's coefficients cancel to exactly 0, yet a − b needs b.
 * One row's objective on a CNN reaches a window of each layer, so this skips most of the work.
 */
function neededOutputs(t: TwinState, target: number, record: ReadonlyMap<number, { readonly cd: Float64Array; readonly c2: Float64Array }>, splits: readonly PhaseSplit[]): Map<number, Uint8Array> {
  const { n1, n2 } = t.twins;
  const out = new Map<number, Uint8Array>();
  const at = (id: number): Uint8Array => {
    let v = out.get(id);
    if (!v) {
      v = new Uint8Array(n1.nodes[id].size);
      out.set(id, v);
    }
    return v;
  };
  for (const s of splits) at(s.node)[s.index] = 1;
  for (let id = target; id >= 1; id--) {
    const rec = record.get(id);
    if (!rec) continue;
    const need = at(id);
    markNonzero(need, rec);
    const a = n1.nodes[id];
    const b = n2.nodes[id];
    if (a.kind === 'input' || b.kind === 'input') continue;
    const reads = a.inputs.map(i => at(i));
    layerOf(a).markReads(a, need, reads);
    layerOf(b).markReads(b, need, reads);
  }
  return out;
}

/** The bound L(θ) of Cd·d at node `target`, ∂L/∂θ per ReLU node, and the envelope choice. */
export function diffObjectiveWithGradient(t: TwinState, target: number, cd: Float64Array, params: ReadonlyMap<number, Float64Array>, extra?: ReadonlyMap<number, { readonly cd: Float64Array; readonly c2: Float64Array }>, splits?: readonly PhaseSplit[]): DiffObjective {
  const record = new Map<number, { cd: Float64Array; c2: Float64Array }>();
  const lin = diffBackwardToInput(t, target, cd, new Float64Array(cd.length), 1, { params, record, ...(extra ? { extra } : {}) });
  const box = t.b1[0];
  const value = concretizeDiffLower(lin, 1, box)[0];
  const xStar = new Float64Array(box.lower.length);
  for (let i = 0; i < xStar.length; i++) xStar[i] = lin.a[i] >= 0 ? box.lower[i] : box.upper[i];
  const g: (DiffValues | undefined)[] = [{ d: new Float64Array(xStar.length), v2: xStar }];
  const grads = new Map<number, Float64Array>();
  const envelope = new Map<number, Float64Array>();
  const need = neededOutputs(t, target, record, splits ?? []);
  for (const { id, a, b } of t.twins.pairs) {
    const rec = record.get(id);
    if (!rec) continue;
    const gin = a.inputs.map(i => g[i]);
    if (gin.some(v => v === undefined)) continue;
    const ins = inputsOf(t, id);
    const p = params.get(id);
    g[id] = layerOf(a).diffRelaxedForward(a, b, rec.cd, rec.c2, gin as DiffValues[], ins, p, need.get(id));
    if (p) {
      grads.set(id, reluDiffGradient(rec.cd, rec.c2, gin[0] as DiffValues, ins[0], p));
      envelope.set(id, reluDiffEnvelopeParams(rec.cd, rec.c2, gin[0] as DiffValues, ins[0], p));
    }
  }
  return { value, grads, envelope, values: g };
}

/** The default relaxation's parameters per ReLU node before `target` (the optimiser's start). */
export function initialParams(t: TwinState, target: number): Map<number, Float64Array> {
  const params = new Map<number, Float64Array>();
  for (const { id, a } of t.twins.pairs) {
    if (layerOf(a).signSplit && id < target) params.set(id, reluDiffInitialParams(inputsOf(t, id)[0]));
  }
  return params;
}

/**
 * Sound lower bound of Cd·d at node `target` (default: the logits) of matched twins (Cd: that
 * node's size), with the ReLU-difference relaxations optimised for this objective (see the
 * file doc).
 */
export function alphaDiffLower(t: TwinState, cd: Float64Array, opts: AlphaDiffOptions = {}, target = t.twins.n1.output): AlphaDiffResult {
  const iterations = opts.iterations ?? 20;
  const lr = opts.lr ?? 0.1;
  const envelopeRounds = opts.envelopeRounds ?? 3;
  const defaults = initialParams(t, target);
  const params = copyParams(defaults);
  const adam = new Adam(lr, reluDiffProject);
  const splits = (opts.splits ?? []).filter(s => s.node < target);
  let best = -Infinity;
  // A copy of the best iterate (the optimiser changes the arrays in place); made sparse once, at the end.
  let bestAt: { params: Map<number, Float64Array>; beta: Float64Array } | null = null;
  const consider = (value: number, at: ReadonlyMap<number, Float64Array>, beta: Float64Array): void => {
    if (value > best) {
      best = value;
      bestAt = { params: copyParams(at), beta: Float64Array.from(beta) };
    }
  };
  const bestStart = (): AlphaStart => (bestAt ? { params: sparseParams(bestAt.params, defaults), beta: bestAt.beta } : { params: new Map(), beta: new Float64Array(0) });
  if (opts.start) {
    // The start is one candidate, evaluated as given; the optimisation below still runs from the
    // default relaxation (its envelope rounds re-fit the planes to this node's regions, which a
    // start taken over the parent's regions misses: iterations started there ended below the cold
    // run on 2 of 8 root splits of the ECG CNN, scripts/bab-split-gains.ts), so the result is
    // never below either.
    const at = copyParams(defaults);
    withStart(at, opts.start.params);
    const beta = new Float64Array(splits.length);
    beta.set(opts.start.beta.subarray(0, Math.min(beta.length, opts.start.beta.length)));
    clampNonNegative(beta);
    consider(diffObjectiveWithGradient(t, target, cd, at, splits.length ? splitTerms(t, splits, beta) : undefined, splits).value, at, beta);
  }
  if (opts.start && opts.withDefault === false) return { lower: best, initial: best, best: bestStart() };
  // β = 0 first: the first iterate is the plain relaxation's bound.
  const beta = new Float64Array(splits.length);
  const betaAdam = new Adam(BETA_LR, clampNonNegative);
  let initial = -Infinity;
  for (let it = 0; it <= iterations; it++) {
    const extra = splits.length ? splitTerms(t, splits, beta) : undefined;
    const { value, grads, envelope, values } = diffObjectiveWithGradient(t, target, cd, params, extra, splits);
    if (it === 0) initial = value;
    consider(value, params, beta);
    if (it === iterations) break;
    if (splits.length) betaAdam.ascend(new Map([[0, beta]]), new Map([[0, betaGradient(splits, values)]]), it + 1);
    if (it < envelopeRounds) {
      for (const [id, p] of envelope) params.set(id, p);
      continue;
    }
    adam.ascend(params, grads, it + 1);
  }
  return { lower: best, initial, best: bestStart() };
}

/** Adam step size of the split multipliers (α,β-CROWN's default is of this order). */
const BETA_LR = 0.05;

function clampNonNegative(p: Float64Array): void {
  for (let i = 0; i < p.length; i++) p[i] = Math.max(0, p[i]);
}

/**
 * The split multipliers' terms −β_s·phase_s·a_s on the objective (Lagrangian relaxation of
 * phase_s·a_s ≥ 0): min f ≥ min (f − Σ β_s phase_s a_s) over any superset of the region, for
 * every β ≥ 0, since the added terms are ≤ 0 wherever the splits hold. N1's pre-activation is
 * a¹ = d + v², so its term enters both Cd and C2; N2's, a² = v², enters C2.
 */
function splitTerms(t: TwinState, splits: readonly PhaseSplit[], beta: Float64Array): Map<number, { cd: Float64Array; c2: Float64Array }> {
  const out = new Map<number, { cd: Float64Array; c2: Float64Array }>();
  splits.forEach((s, k) => {
    const size = t.twins.n1.nodes[s.node].size;
    const e = out.get(s.node) ?? { cd: new Float64Array(size), c2: new Float64Array(size) };
    const w = -s.phase * beta[k];
    if (s.net === 'n1') e.cd[s.index] += w;
    e.c2[s.index] += w;
    out.set(s.node, e);
  });
  return out;
}

/** ∂L/∂β_s = −phase_s·a_s at the relaxed forward point (the envelope theorem, as the slopes' gradient). */
function betaGradient(splits: readonly PhaseSplit[], values: readonly (DiffValues | undefined)[]): Float64Array {
  return Float64Array.from(splits, s => {
    const g = values[s.node];
    if (!g) return 0;
    const a = s.net === 'n1' ? g.d[s.index] + g.v2[s.index] : g.v2[s.index];
    return -s.phase * a;
  });
}

/**
 * A row refiner for the sweep (diff-linear.ts, RowRefiner): for each given row k of affine node
 * `id` that feeds a ReLU unstable in either twin, the α-optimised lower and upper bounds of d_k
 * (objective ±e_k on node id), from the sweep's bounds so far; at most `maxRows` rows per sweep,
 * in node order (the earlier layers' bounds tighten every later relaxation). Other rows get
 * ±Infinity (no information).
 */
export function alphaDiffRefiner(twins: MatchedTwins, opts: AlphaDiffOptions & { readonly maxRows: number; readonly deadline?: SweepDeadline }): RowRefiner {
  const { n1 } = twins;
  const readers = consumers(n1);
  let budget = opts.maxRows;
  return (id, rows, st) => {
    const size = n1.nodes[id].size;
    const lower = new Float64Array(rows.length).fill(-Infinity);
    const upper = new Float64Array(rows.length).fill(Infinity);
    const feedsRelu = readers[id].some(c => splitsOn(n1, c, id));
    if (!feedsRelu) return { lower, upper };
    const unstable = (b: Bounds, k: number): boolean => b.lower[k] < 0 && b.upper[k] > 0;
    // The sweep's arrays hold nodes < id; this node's own bounds are not used by its own pass.
    const b1 = [...st.b1, st.v1];
    const b2 = [...st.b2, st.v2];
    const diff = [...st.diff, { lower: new Float64Array(size).fill(-Infinity), upper: new Float64Array(size).fill(Infinity) }];
    rows.forEach((k, q) => {
      if (budget <= 0 || pastDeadline(opts.deadline) || !(unstable(st.v1, k) || unstable(st.v2, k))) return;
      budget--;
      const e = (s: number): Float64Array => {
        const v = new Float64Array(size);
        v[k] = s;
        return v;
      };
      const state = { twins, b1, b2, diff, memo: st.memo };
      lower[q] = alphaDiffLower(state, e(1), opts, id).lower;
      upper[q] = -alphaDiffLower(state, e(-1), opts, id).lower;
    });
    return { lower, upper };
  };
}

/** Whether node `reader` of `net` branches on the sign of node `id` (a ReLU reading it). */
function splitsOn(net: Network, reader: number, id: number): boolean {
  const node = net.nodes[reader];
  return node.kind !== 'input' && layerOf(node).signSplit && node.inputs[0] === id;
}
