/**
 * The contract every IR layer kind implements, in one file per kind (affine.ts, relu.ts,
 * maxpool.ts). Adding an analysis means adding a method here; a layer that lacks it is then
 * a compile error, not a silent gap.
 */
import type { Bounds } from '../ir/bounds.js';
import type { IrNode } from '../ir/network.js';
import type { ModelBuilder } from '../milp/model.js';
import type { DiffMemo } from './diff-memo.js';
import type { LinearForms } from './linear-forms.js';

/** The MILP image of one node: cols[i] is the column holding output i, or -1 for the constant 0. */
export interface Encoded {
  readonly cols: Int32Array;
  /** Layer-specific auxiliary columns (binaries), laid out as the layer documents. */
  readonly aux: Int32Array;
}

export interface EncodeInput {
  readonly enc: Encoded;
  readonly bounds: Bounds;
}

/**
 * One step of backward linear bound propagation (CROWN / DeepPoly). `lam` is an m × size
 * row-major matrix Λ; the step returns matrices Λ_k (m × size of input k) and a bias β (m) with
 *     Λ·y ≥ Σ_k Λ_k·x_k + β   for every input point within `inputs` bounds,
 * i.e. a sound LOWER bound of Λ·y that is linear in the inputs. Upper bounds use −Λ.
 */
export interface BackwardStep {
  readonly lams: Float64Array[];
  readonly bias: Float64Array;
}

/**
 * Sound bounds on differences between pairs of entries (i[k], j[k]) of one node, for k = 0 … n−1:
 * v²_i − v²_j ∈ [v2.lower[k], v2.upper[k]], d_i − d_j ∈ d[k], v¹_i − v¹_j ∈ v1[k]. Symbolic
 * bounds of such a difference can be far tighter than the difference of the entries' own bounds,
 * because the entries share most of their dependence on the input (src/bounds/pool-pairs.ts).
 */
export interface PairDiffs {
  readonly i: Int32Array;
  readonly j: Int32Array;
  readonly v1: Bounds;
  readonly v2: Bounds;
  readonly d: Bounds;
}

/** Difference bounds of a node, optionally with bounds on differences between pairs of its entries. */
export interface DiffBounds extends Bounds {
  readonly pairs?: PairDiffs;
}

/** Inputs of a twin-aware step: bounds of the difference d = v¹ − v² and of each twin's value, and the sweep's memo. */
export interface DiffInput {
  readonly d: DiffBounds;
  readonly b1: Bounds;
  readonly b2: Bounds;
  readonly memo: DiffMemo;
}

/**
 * One step of the twin-aware backward pass (src/bounds/diff-linear.ts). The objective on a node
 * is Cd·d + C2·v², with d = v¹ − v² and v² N2's own value (`cd`, `c2`: m × size, row-major).
 * The step returns, per input k, coefficients Cd_k on d_k and C2_k on v²_k, and a bias β with
 *     Cd·d + C2·v² ≥ Σ_k (Cd_k·d_k + C2_k·v²_k) + β
 * for all matched-twin points within `inputs` bounds. `biasMag` (m) is Σ|terms| of β, for the
 * outward rounding slack at concretisation.
 */
/** Values of a node's difference d = v¹ − v² and of N2's own value v², at one point. */
export interface DiffValues {
  readonly d: Float64Array;
  readonly v2: Float64Array;
}

export interface DiffBackwardStep {
  readonly cds: Float64Array[];
  readonly c2s: Float64Array[];
  readonly bias: Float64Array;
  readonly biasMag: Float64Array;
}

/** See LayerImpl.float32Backward. */
export interface Float32Step {
  readonly lams: Float64Array[];
  readonly constant: number;
}

export interface LayerImpl<N extends IrNode> {
  /**
   * Capabilities the engines ask about instead of switching on kinds.
   * `linear`: the output is affine in the inputs (interval steps lose the inputs' correlation,
   * so back-substitution (CROWN, the symbolic differential pass) and OBBT tighten such nodes).
   * `signSplit`: the layer branches on the sign of each input entry (ReLU): an entry with
   * lower < 0 < upper is unstable, needs a binary in the MILP and has an optimisable lower slope.
   * `elementwise`: output entry k depends on input entry k alone, monotonically.
   */
  readonly linear: boolean;
  readonly signSplit: boolean;
  readonly elementwise: boolean;
  /**
   * Marks in `want` the entries of the (single, or first) input, with bounds `pre`, where this
   * layer's relaxation is not exact: tighter bounds there tighten the relaxation (ReLU: unstable
   * entries; max-pool: every entry of a window that the bounds leave undecided).
   */
  markOpenInputs(node: N, pre: Bounds, want: Uint8Array): void;
  /**
   * Marks in `reads[k]` every entry of input k that the outputs marked in `need` are computed
   * from (the structure, whatever the values): which values a forward pass restricted to those
   * outputs must have.
   */
  markReads(node: N, need: Uint8Array, reads: readonly Uint8Array[]): void;
  /**
   * Why two nodes of this kind and equal sizes and inputs cannot be compared entry by entry
   * (weight shapes, pooling windows), or null when they can (twin structure matching).
   */
  structureMismatch(a: N, b: N): string | null;
  /**
   * The pairs (i[k], j[k]) of input entries whose difference bounds (PairDiffs) this layer's
   * twin-aware relaxation uses, given both twins' input bounds; null when it uses none
   * (max-pool: the two candidates of each two-candidate window, maxpool-diff.ts).
   */
  candidatePairs(node: N, pre1: Bounds, pre2: Bounds): { readonly i: Int32Array; readonly j: Int32Array } | null;
  /** Exact float64 evaluation. */
  forward(node: N, inputs: readonly Float64Array[]): Float64Array;
  /**
   * Float32 evaluation (src/layers/forward32.ts): the same op with every arithmetic result,
   * weights and parameters rounded to float32 (Math.fround), in our own summation order. The
   * inputs hold float32 values; so does the result (in a Float64Array).
   */
  forward32(node: N, inputs: readonly Float64Array[]): Float64Array;
  /**
   * A sound bound on the float32 evaluation's error (docs/precision.md): given per input k
   * sound bounds `inputs[k]` of the real-valued input and `errs[k]` with |x̂_k − x_k| ≤ errs[k]
   * for the float32 values x̂_k (any summation order), returns e with |ŷ_i − y_i| ≤ e[i],
   * where y is the real-valued output at x and ŷ a float32 evaluation at x̂ (Infinity: none).
   */
  float32Error(node: N, inputs: readonly Bounds[], errs: readonly Float64Array[]): Float64Array;
  /**
   * The same bound for the difference of two outputs: |(ŷ_i − ŷ_j) − (y_i − y_j)| ≤ the
   * result (an affine layer bounds it through the difference of its two weight rows; other
   * layers return e[i] + e[j]).
   */
  float32PairError(node: N, inputs: readonly Bounds[], errs: readonly Float64Array[], i: number, j: number): number;
  /**
   * One backward step of the float32 error of a linear objective (src/bounds/precision.ts):
   * with Δy = ŷ − y and Δx_k = x̂_k − x_k (float32 minus real, as in `float32Error`), returns
   * λ_k and a constant C ≥ 0 with |λ·Δy − Σ_k λ_k·Δx_k| ≤ C at every point. Linear where the
   * layer is (affine, stable ReLUs, decided max windows), so that errors cancel as they do in
   * the network instead of adding up in absolute value layer after layer.
   */
  float32Backward(node: N, lam: Float64Array, inputs: readonly Bounds[], errs: readonly Float64Array[]): Float32Step;
  /** Sound elementwise bounds of the output from bounds of the inputs. */
  interval(node: N, inputs: readonly Bounds[]): Bounds;
  /**
   * Adds the exact MILP encoding of the node to `b`, given its inputs' encodings and bounds
   * and sound bounds `out` on its own output (used for column bounds and big-M constants).
   */
  encode(node: N, inputs: readonly EncodeInput[], out: Bounds, b: ModelBuilder, prefix: string): Encoded;
  /**
   * Backward linear lower bound of Λ·y through this node (see BackwardStep). `alpha`, when
   * given, holds the lower-relaxation slopes α ∈ [0, 1] per output (ReLU only; α-CROWN);
   * other layers ignore it.
   */
  backward(node: N, lam: Float64Array, m: number, inputs: readonly Bounds[], alpha?: Float64Array): BackwardStep;
  /**
   * The relaxed forward map of `backward` for ONE objective row `lam` (size of this node): for
   * each output i, the linear function of the inputs that `backward` chose for i (by the sign of
   * lam[i]), evaluated at input values `g`. It satisfies lam·out = Σ_k Λ_k·g_k + β exactly, so
   * running it from the minimising box corner gives ∂(bound)/∂Λ at every node: the gradient
   * α-CROWN needs (src/bounds/alpha-crown.ts).
   */
  relaxedForward(node: N, lam: Float64Array, g: readonly Float64Array[], inputs: readonly Bounds[], alpha?: Float64Array): Float64Array;
  /**
   * Twin-aware interval step: sound bounds on y¹ − y² for two structurally matched nodes
   * (same kind, shapes and windows; weights may differ), from bounds on the inputs'
   * differences and values. The caller intersects the result with [l¹ − u², u¹ − l²].
   */
  diffInterval(n1: N, n2: N, inputs: readonly DiffInput[]): Bounds;
  /**
   * Symbolic twin-aware backward step: a sound linear lower bound of Cd·d + C2·v² (see
   * DiffBackwardStep). `params`, when given, selects the relaxation among a layer's family of
   * sound ones (ReLU only: relu-diff.ts documents the layout; src/bounds/alpha-diff.ts optimises
   * it); other layers ignore it.
   */
  diffBackward(n1: N, n2: N, cd: Float64Array, c2: Float64Array, m: number, inputs: readonly DiffInput[], params?: Float64Array): DiffBackwardStep;
  /**
   * The relaxed forward map of `diffBackward` for ONE objective row (cd, c2) of this node: the
   * (d, v²) values of the linear functions the step chose for each output, at input values `g`.
   * It satisfies cd·out.d + c2·out.v2 = Σ_k (Cd_k·g_k.d + C2_k·g_k.v2) + β exactly, and is
   * locally the partial derivative of that right-hand side in (cd, c2); so running it from the
   * minimising box corner gives ∂(bound)/∂(Cd, C2) at every node (src/bounds/alpha-diff.ts).
   * `need`, when given, marks the outputs the caller reads: a layer may leave the others 0
   * (the identity still holds where cd = c2 = 0, which the caller guarantees off `need`).
   */
  diffRelaxedForward(n1: N, n2: N, cd: Float64Array, c2: Float64Array, g: readonly DiffValues[], inputs: readonly DiffInput[], params?: Float64Array, need?: Uint8Array): DiffValues;
  /**
   * Writes into `colValue` the values of every column this node created, at the point whose
   * activations are `inputActs` (inputs) and `outAct` (this node): the MIP start.
   */
  start(node: N, enc: Encoded, inputActs: readonly Float64Array[], outAct: Float64Array, colValue: Float64Array): void;
  /**
   * Vector–Jacobian product at a point (float64): given the node's input activations, its
   * output `outAct` and a gradient gOut = ∂f/∂y, returns ∂f/∂x_k for each input k. At a kink
   * (ReLU input exactly 0, tied max) it returns one fixed element of the Clarke subdifferential
   * (documented per layer). Used by the attacks (src/attack/), never by a bound.
   */
  vjp(node: N, inputActs: readonly Float64Array[], outAct: Float64Array, gOut: Float64Array): Float64Array[];
  /**
   * The node rewritten as affine and ReLU nodes that compute the same real function (max-pool:
   * max(a, b) = b + relu(a − b), a tree of such steps per window), numbered from `firstId`
   * (their inputs are `node.inputs`, of sizes `inputSizes`, and each other), the last one
   * replacing the node; null when
   * the layer stays as it is. Branch and bound runs on the rewritten twins (src/layers/lower.ts),
   * so that its ReLU splits, scores and relaxations cover max-pool windows too.
   */
  asRelus(node: N, firstId: number, inputSizes: readonly number[]): readonly IrNode[] | null;
  /**
   * Optional: a gradient surrogate for layers whose true derivative is zero almost everywhere
   * (quantize: the clipped straight-through estimator), same signature as `vjp`. The attack
   * gradients (src/layers/gradient.ts) use it in place of `vjp`; no bound ever does.
   */
  surrogateVjp?(node: N, inputActs: readonly Float64Array[], outAct: Float64Array, gOut: Float64Array): Float64Array[];
  /**
   * Optional, for layers whose MILP picks a discrete cell of the input (quantize: the integer
   * code q, i.e. the rounding step x ∈ [s(q − z − ½), s(q − z + ½)]): the bounds of the (single)
   * input consistent with the solver's assignment `colValue`, ±∞ where unconstrained; null when
   * the node constrains nothing. A witness on a cell boundary can be moved into the cell the
   * MILP chose, so that the float64 forward pass rounds the same way (src/rsm/objective.ts).
   */
  inputCell?(node: N, enc: Encoded, colValue: Float64Array): Bounds | null;
  /**
   * Forward linear bounds of the output in the network input (linear-forms.ts), from the
   * inputs' forms, their elementwise bounds `inputs` (sound on the box, used for relaxations)
   * and `mag`, max |x_k| over the box (for the rounding slack). Layers without a linear
   * relaxation of their own return constant forms of their interval bounds.
   */
  forwardLinear(node: N, forms: readonly LinearForms[], inputs: readonly Bounds[], mag: Float64Array): LinearForms;
}
