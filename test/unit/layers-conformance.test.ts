/**
 * Per-layer conformance: every LayerImpl of the op table (src/layers/registry.ts) against the
 * contract written in src/layers/layer.ts, on small seeded random nodes and boxes.
 *
 * `GENERATORS` has one entry per IR kind the registry implements; its type is a mapped type
 * over the kinds, so a kind added to IrKind (and hence to the registry) without a generator
 * here is a compile error, and once it has one every check below runs on it. Per kind, each
 * case draws a node, a structurally matched twin with perturbed weights (pruned, shifted,
 * quantised entries; sometimes identical), input boxes (some degenerate, some the constant 0),
 * and points on a dyadic grid (so twin differences d = x¹ − x² are exact). Checked, one-sided
 * (the true value inside the bound, up to float64 rounding of the check's own sums):
 *   - interval: contains forward at sampled points (no tolerance: the interval is rounded outward);
 *   - backward: Λ·y ≥ Σ_k Λ_k·x_k + β at sampled points, with default and random relaxation slopes,
 *     with equality when the layer is linear or marks no input entry open (markOpenInputs);
 *   - relaxedForward: λ·out = Σ_k Λ_k·g_k + β exactly (rounding aside) at arbitrary g, per row;
 *   - diffInterval: contains y¹ − y² at sampled twin pairs;
 *   - diffBackward: Cd·d_y + C2·y² ≥ Σ_k (Cd_k·d_k + C2_k·x²_k) + β at sampled twin pairs, with
 *     default and random parameters; diffRelaxedForward satisfies its identity per row;
 *   - encode + start: the MIP start written by `start` at the forward point satisfies every row
 *     and bound, and with the input columns fixed the encoding's output columns are pinned to
 *     forward (min and max of each by the HiGHS backend, tiny MILPs);
 *   - vjp: against one-sided finite differences on coordinates whose ±h step crosses no kink;
 *   - markReads: moving the inputs it leaves unmarked leaves the marked outputs as they were.
 * The seed is logged per kind and can be replayed with TWINMARGIN_SEED.
 */
import t, { type Test } from 'tap';
import seedrandom from 'seedrandom';
import type { Bounds } from '../../src/ir/bounds.js';
import type { AffineNode, IrKind, IrNode, MaxPoolNode, QuantizeNode, ReluNode } from '../../src/ir/network.js';
import { csrFromDense } from '../../src/ir/sparse.js';
import type { DiffBounds, DiffInput, DiffValues, EncodeInput, LayerImpl, PairDiffs } from '../../src/layers/layer.js';
import { DiffMemo } from '../../src/layers/diff-memo.js';
import { layerOf } from '../../src/layers/registry.js';
import { RELU_DIFF_PARAMS } from '../../src/layers/relu-diff.js';
import { ModelBuilder, type MilpModel } from '../../src/milp/model.js';
import { createHighsSolver } from '../../src/solver/highs.js';
import type { MilpSolver } from '../../src/solver/types.js';
import { testSeed } from '../helpers/sampling.js';

type Kind = Exclude<IrKind, 'input'>;
type LayerNode = Exclude<IrNode, { kind: 'input' }>;
type NodeOf<K extends Kind> = Extract<IrNode, { kind: K }>;
type Rng = () => number;

/** Grid of every sampled coordinate: sums and differences of a few of them are exact in float64. */
const GRID = 1 / 64;
const CASES = 40;
const SAMPLES = 24;
/** Cases whose encoding is also solved, at points of half uniform, half vertex-biased. */
const ENCODE_CASES = 12;
const ENCODE_POINTS = 6;
const H = 1e-6;

interface Twin<N> {
  readonly n1: N;
  readonly n2: N;
  readonly inSizes: readonly number[];
}

/** How to draw random nodes of one kind, and the kind's optional relaxation parameters. */
interface Generator<N extends LayerNode> {
  /** A node with its inputs' sizes, and a structurally matched twin (same kind, shapes, windows). */
  make(rng: Rng): Twin<N>;
  /** Random lower-relaxation slopes for `backward`'s `alpha`, for kinds that take them. */
  alpha?(node: N, rng: Rng): Float64Array;
  /** Random parameters for `diffBackward`'s `params`, for kinds that take them. */
  diffParams?(node: N, rng: Rng): Float64Array;
}

const uniform = (rng: Rng, lo: number, hi: number): number => lo + (hi - lo) * rng();
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const onGrid = (v: number): number => Math.round(v / GRID) * GRID;

/** A twin weight: equal, slightly shifted, pruned to 0, grown from 0, or quantised to 1/16. */
function perturb(rng: Rng, w: number): number {
  const u = rng();
  if (u < 0.45) return w;
  if (u < 0.65) return w === 0 ? 0 : w + uniform(rng, -0.05, 0.05);
  if (u < 0.75) return 0;
  if (u < 0.85) return w === 0 ? uniform(rng, -0.3, 0.3) : w;
  return Math.round(w * 16) / 16;
}

const affine: Generator<AffineNode> = {
  make(rng) {
    const size = int(rng, 1, 4);
    const inSizes = Array.from({ length: rng() < 0.3 ? 2 : 1 }, () => int(rng, 1, 5));
    const identical = rng() < 0.2;
    const dense = inSizes.map(c => Array.from({ length: size * c }, () => (rng() < 0.25 ? 0 : uniform(rng, -1, 1))));
    const dense2 = dense.map(w => (identical ? w : w.map(v => perturb(rng, v))));
    const bias = Float64Array.from({ length: size }, () => uniform(rng, -0.5, 0.5));
    const bias2 = identical ? bias : bias.map(b => perturb(rng, b));
    const node = (ws: number[][], b: Float64Array): AffineNode => ({
      kind: 'affine',
      name: 'fc',
      size,
      shape: [1, size],
      inputs: inSizes.map((_, k) => k),
      terms: ws.map((w, k) => csrFromDense(size, inSizes[k], w)),
      bias: b,
    });
    return { n1: node(dense, bias), n2: node(dense2, bias2), inSizes };
  },
};

const relu: Generator<ReluNode> = {
  make(rng) {
    const size = int(rng, 1, 5);
    const node = (): ReluNode => ({ kind: 'relu', name: 'relu', size, shape: [1, size], inputs: [0] });
    return { n1: node(), n2: node(), inSizes: [size] };
  },
  // Outside [0, 1] on purpose: relu.ts clamps α to where every slope is sound.
  alpha: (node, rng) => Float64Array.from({ length: node.size }, () => uniform(rng, -0.2, 1.2)),
  // [pL, qL, pU, qU, α²] per neuron (relu-diff.ts): the planes are sound for any slopes, so
  // those are drawn beyond the optimiser's box; α² only within [0, 1], where the line α²·a lies
  // below relu (relu-diff.ts does not clamp it, unlike relu.ts's α: the optimiser projects).
  diffParams: (node, rng) => Float64Array.from({ length: RELU_DIFF_PARAMS * node.size }, (_, k) => (k % RELU_DIFF_PARAMS === 4 ? rng() : uniform(rng, -1.5, 1.5))),
};

const maxpool: Generator<MaxPoolNode> = {
  make(rng) {
    const inSize = int(rng, 2, 8);
    const size = int(rng, 1, 4);
    const starts = [0];
    const indices: number[] = [];
    for (let o = 0; o < size; o++) {
      const order = Array.from({ length: inSize }, (_, i) => i).sort(() => rng() - 0.5);
      indices.push(...order.slice(0, int(rng, 1, Math.min(4, inSize))));
      starts.push(indices.length);
    }
    const node = (): MaxPoolNode => ({
      kind: 'maxpool',
      name: 'pool',
      size,
      shape: [1, size],
      inputs: [0],
      windowStarts: Int32Array.from(starts),
      windowIndices: Int32Array.from(indices),
    });
    return { n1: node(), n2: node(), inSizes: [inSize] };
  },
};

/**
 * h-qdq: quantize nodes with scales whose rounding ties fall off the grid (at a tie the MILP
 * admits both neighbouring codes, so "encode exact" at a grid point would not hold there; ties
 * are tested in test/quantize.test.ts), small integer ranges so that boxes reach saturation at
 * both ends, twins with different parameters, and identity stand-ins on either side.
 */
const quantize: Generator<QuantizeNode> = {
  make(rng) {
    const size = int(rng, 1, 5);
    const node = (): QuantizeNode => {
      const qmin = int(rng, -12, -4);
      const qmax = int(rng, 3, 12);
      const s = Math.fround([0.1037, 0.1713, 0.2903][int(rng, 0, 2)]);
      return {
        kind: 'quantize', name: 'q', size, shape: [1, size], inputs: [0], qmin, qmax,
        scale: new Float64Array(size).fill(s), zero: Float64Array.from({ length: size }, () => int(rng, qmin, Math.min(qmax, qmin + 8))),
      };
    };
    // One twin in three of each side is an identity stand-in (alignTwins, twin-pair.ts): the
    // fp32 side of an fp32/QDQ pair.
    const pick = int(rng, 0, 2);
    const n1 = node();
    const n2 = node();
    return { n1: pick === 1 ? { ...n1, identity: true } : n1, n2: pick === 2 ? { ...n2, identity: true } : n2, inSizes: [size] };
  },
};

/** One generator per kind of the op table: a new kind without one does not type-check. */
const GENERATORS: { readonly [K in Kind]: Generator<NodeOf<K>> } = { affine, relu, maxpool, quantize };

// ---- Boxes and samples ----

interface Box extends Bounds {
  /** Coordinates that are the constant 0 (encoded as column -1, as after a dead ReLU). */
  readonly zero: Uint8Array;
}

/** A random box on the grid: mostly straddling or near 0, some coordinates degenerate or the constant 0. */
function randomBox(rng: Rng, n: number, pointBox: boolean): Box {
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const zero = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (rng() < 0.1) {
      zero[i] = 1;
      continue;
    }
    const c = onGrid(uniform(rng, -1, 1));
    const w = pointBox || rng() < 0.1 ? 0 : int(rng, 1, 48) * GRID;
    lower[i] = c - w;
    upper[i] = c + w;
  }
  return { lower, upper, zero };
}

/** A grid point of the box: uniform, or (every other sample) each coordinate at an end with probability 1/2. */
function gridPoint(rng: Rng, box: Bounds, k: number): Float64Array {
  return Float64Array.from(box.lower, (l, i) => {
    const steps = Math.round((box.upper[i] - l) / GRID);
    const u = rng();
    const s = k % 2 === 1 && u < 0.25 ? 0 : k % 2 === 1 && u > 0.75 ? steps : int(rng, 0, steps);
    return l + s * GRID;
  });
}

function hull(points: readonly Float64Array[]): Bounds {
  const lower = Float64Array.from(points[0]);
  const upper = Float64Array.from(points[0]);
  for (const p of points) {
    for (let i = 0; i < p.length; i++) {
      lower[i] = Math.min(lower[i], p[i]);
      upper[i] = Math.max(upper[i], p[i]);
    }
  }
  return { lower, upper };
}

const sub = (a: Float64Array, b: Float64Array): Float64Array => a.map((v, i) => v - b[i]);

/** Twin input points (x¹, x²) per input, and DiffInputs that are sound for all of them. */
interface TwinSamples {
  readonly x1: Float64Array[][];
  readonly x2: Float64Array[][];
  readonly inputs: DiffInput[];
}

/**
 * x² on the grid of a random box, d = x¹ − x² on the grid of a small box around 0 (or 0 for an
 * identical-input case), x¹ = x² + d exactly. Points with x¹ above a random cut are dropped so
 * that b¹ (the hull of the kept x¹) is tighter than b² + d and the twin regions are not boxes.
 * The bounds are hulls of the kept points, hence sound for every point the checks use; so are
 * the entry-pair difference bounds (PairDiffs) of the pairs the layer asks for (candidatePairs).
 */
function twinSamples<N extends LayerNode>(rng: Rng, impl: LayerImpl<N>, tw: Twin<N>): TwinSamples {
  const sameInput = rng() < 0.15;
  const boxes2 = tw.inSizes.map(n => randomBox(rng, n, false));
  const dBoxes = tw.inSizes.map(n => {
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    if (!sameInput) {
      for (let i = 0; i < n; i++) {
        lower[i] = -int(rng, 0, 12) * GRID;
        upper[i] = int(rng, 0, 12) * GRID;
      }
    }
    return { lower, upper };
  });
  const cut = tw.inSizes.map(n => Float64Array.from({ length: n }, () => (rng() < 0.5 ? Infinity : onGrid(uniform(rng, -0.5, 1)))));
  const x1: Float64Array[][] = [];
  const x2: Float64Array[][] = [];
  for (let s = 0; x1.length < SAMPLES && s < 20 * SAMPLES; s++) {
    const p2 = boxes2.map((b, k) => gridPoint(rng, b, s));
    const p1 = p2.map((x, k) => {
      const d = gridPoint(rng, dBoxes[k], s);
      return x.map((v, i) => v + d[i]);
    });
    if (p1.some((x, k) => x.some((v, i) => v > cut[k][i] && v > p2[k][i]))) continue;
    x1.push(p1);
    x2.push(p2);
  }
  const memo = new DiffMemo();
  const inputs = tw.inSizes.map((_, k): DiffInput => {
    const b1 = hull(x1.map(p => p[k]));
    const b2 = hull(x2.map(p => p[k]));
    const diffs = x1.map((p, s) => sub(p[k], x2[s][k]));
    const dHull = hull(diffs);
    const pr = impl.candidatePairs(tw.n1, b1, b2);
    let pairs: PairDiffs | undefined;
    if (pr && pr.i.length > 0) {
      const pairHull = (pts: readonly Float64Array[]): Bounds => hull(pts.map(v => Float64Array.from(pr.i, (i, q) => v[i] - v[pr.j[q]])));
      pairs = { i: pr.i, j: pr.j, v1: pairHull(x1.map(p => p[k])), v2: pairHull(x2.map(p => p[k])), d: pairHull(diffs) };
    }
    const d: DiffBounds = pairs ? { ...dHull, pairs } : dHull;
    return { d, b1, b2, memo };
  });
  return { x1, x2, inputs };
}

// ---- Checks ----

const dot = (a: ArrayLike<number>, b: ArrayLike<number>, aOff = 0): number => {
  let s = 0;
  for (let i = 0; i < b.length; i++) s += a[aOff + i] * b[i];
  return s;
};
const absDot = (a: ArrayLike<number>, b: ArrayLike<number>, aOff = 0): number => {
  let s = 0;
  for (let i = 0; i < b.length; i++) s += Math.abs(a[aOff + i] * b[i]);
  return s;
};
/** Slack for float64 rounding of the check's own sums, relative to the magnitude of their terms. */
const slack = (mag: number): number => 1e-11 * mag + 1e-300;

function randomMatrix(rng: Rng, m: number, n: number, zeros = 0.2): Float64Array {
  return Float64Array.from({ length: m * n }, () => (rng() < zeros ? 0 : uniform(rng, -1, 1)));
}

/** Collects failures so that each property of each case is one tap assertion. */
class Failures {
  readonly list: string[] = [];
  checked = 0;
  expect(ok: boolean, what: () => string): void {
    this.checked++;
    if (!ok) this.list.push(what());
  }
  report(tt: Test, what: string): void {
    tt.ok(this.list.length === 0 && this.checked > 0, `${what}: ${this.checked} checks${this.list.length ? `; first failures: ${this.list.slice(0, 3).join('; ')}` : ''}`);
  }
}

function checkInterval<N extends LayerNode>(impl: LayerImpl<N>, node: N, boxes: readonly Box[], xs: readonly Float64Array[][], f: Failures): void {
  const out = impl.interval(node, boxes);
  for (const x of xs) {
    const y = impl.forward(node, x);
    y.forEach((v, i) => f.expect(out.lower[i] <= v && v <= out.upper[i], () => `y[${i}] = ${v} ∉ [${out.lower[i]}, ${out.upper[i]}] at x = ${x.map(a => `[${a.join(',')}]`).join(' ')}`));
  }
}

function checkBackward<N extends LayerNode>(impl: LayerImpl<N>, node: N, boxes: readonly Box[], xs: readonly Float64Array[][], rng: Rng, alpha: Float64Array | undefined, f: Failures): void {
  const m = 3;
  const n = node.size;
  const lam = randomMatrix(rng, m, n);
  const step = impl.backward(node, lam, m, boxes, alpha);
  // Where the layer marks no input entry as open (its relaxation not exact there), the step is exact.
  const open = new Uint8Array(boxes[0].lower.length);
  impl.markOpenInputs(node, boxes[0], open);
  const exact = impl.linear || (boxes.length === 1 && open.every(v => v === 0));
  f.expect(step.lams.length === boxes.length && step.bias.length === m && step.lams.every((l, k) => l.length === m * boxes[k].lower.length), () => 'backward step has the wrong shape');
  for (const x of xs) {
    const y = impl.forward(node, x);
    for (let r = 0; r < m; r++) {
      const lhs = dot(lam, y, r * n);
      let rhs = step.bias[r];
      let mag = Math.abs(lhs) + Math.abs(step.bias[r]) + absDot(lam, y, r * n);
      x.forEach((xk, k) => {
        rhs += dot(step.lams[k], xk, r * xk.length);
        mag += absDot(step.lams[k], xk, r * xk.length);
      });
      f.expect(lhs >= rhs - slack(mag), () => `row ${r}: Λ·y = ${lhs} < Σ Λ_k x_k + β = ${rhs}${alpha ? ' (random α)' : ''}`);
      if (exact) f.expect(lhs <= rhs + slack(mag), () => `row ${r}: no open input entry, yet Λ·y = ${lhs} > Σ Λ_k x_k + β = ${rhs}`);
    }
  }
  // relaxedForward: the linear functions backward chose, evaluated anywhere, satisfy the identity row by row.
  for (let r = 0; r < m; r++) {
    const row = lam.subarray(r * n, (r + 1) * n);
    const g = boxes.map(b => Float64Array.from(b.lower, () => uniform(rng, -2, 2)));
    const out = impl.relaxedForward(node, row, g, boxes, alpha);
    const lhs = dot(row, out);
    let rhs = step.bias[r];
    let mag = absDot(row, out) + Math.abs(step.bias[r]);
    g.forEach((gk, k) => {
      rhs += dot(step.lams[k], gk, r * gk.length);
      mag += absDot(step.lams[k], gk, r * gk.length);
    });
    f.expect(Math.abs(lhs - rhs) <= slack(mag), () => `relaxedForward row ${r}: λ·out = ${lhs} ≠ Σ Λ_k g_k + β = ${rhs}`);
  }
}

function checkDiff<N extends LayerNode>(impl: LayerImpl<N>, tw: Twin<N>, ts: TwinSamples, rng: Rng, params: Float64Array | undefined, f: Failures): void {
  const { n1, n2 } = tw;
  const n = n1.size;
  const ys = ts.x1.map((x1, s) => ({ y1: impl.forward(n1, x1), y2: impl.forward(n2, ts.x2[s]) }));
  if (!params) {
    const box = impl.diffInterval(n1, n2, ts.inputs);
    ys.forEach(({ y1, y2 }) =>
      y1.forEach((v, i) => {
        const dv = v - y2[i];
        const tol = slack(Math.abs(v) + Math.abs(y2[i]));
        f.expect(box.lower[i] - tol <= dv && dv <= box.upper[i] + tol, () => `diffInterval: y¹ − y² = ${dv} ∉ [${box.lower[i]}, ${box.upper[i]}] at output ${i}`);
      }),
    );
  }
  const m = 3;
  const cd = randomMatrix(rng, m, n);
  const c2 = rng() < 0.25 ? new Float64Array(m * n) : randomMatrix(rng, m, n, 0.4);
  const step = impl.diffBackward(n1, n2, cd, c2, m, ts.inputs, params);
  f.expect(step.cds.length === ts.inputs.length && step.c2s.length === ts.inputs.length && step.bias.length === m && step.biasMag.length === m, () => 'diffBackward step has the wrong shape');
  ys.forEach(({ y1, y2 }, s) => {
    const dy = sub(y1, y2);
    for (let r = 0; r < m; r++) {
      const lhs = dot(cd, dy, r * n) + dot(c2, y2, r * n);
      let rhs = step.bias[r];
      let mag = absDot(cd, y1, r * n) + absDot(cd, y2, r * n) + absDot(c2, y2, r * n) + step.biasMag[r] + Math.abs(step.bias[r]);
      ts.inputs.forEach((_, k) => {
        const x2 = ts.x2[s][k];
        const d = sub(ts.x1[s][k], x2);
        rhs += dot(step.cds[k], d, r * d.length) + dot(step.c2s[k], x2, r * d.length);
        mag += absDot(step.cds[k], d, r * d.length) + absDot(step.c2s[k], x2, r * d.length);
      });
      f.expect(lhs >= rhs - slack(mag), () => `diffBackward row ${r}: Cd·d + C2·y² = ${lhs} < ${rhs}${params ? ' (random params)' : ''}`);
    }
  });
  for (let r = 0; r < m; r++) {
    const cdr = cd.subarray(r * n, (r + 1) * n);
    const c2r = c2.subarray(r * n, (r + 1) * n);
    const g: DiffValues[] = ts.inputs.map(inp => ({ d: inp.d.lower.map(() => uniform(rng, -1, 1)), v2: inp.b2.lower.map(() => uniform(rng, -2, 2)) }));
    const out = impl.diffRelaxedForward(n1, n2, cdr, c2r, g, ts.inputs, params);
    const lhs = dot(cdr, out.d) + dot(c2r, out.v2);
    let rhs = step.bias[r];
    let mag = absDot(cdr, out.d) + absDot(c2r, out.v2) + step.biasMag[r] + Math.abs(step.bias[r]);
    g.forEach((gk, k) => {
      rhs += dot(step.cds[k], gk.d, r * gk.d.length) + dot(step.c2s[k], gk.v2, r * gk.d.length);
      mag += absDot(step.cds[k], gk.d, r * gk.d.length) + absDot(step.c2s[k], gk.v2, r * gk.d.length);
    });
    f.expect(Math.abs(lhs - rhs) <= slack(mag), () => `diffRelaxedForward row ${r}: ${lhs} ≠ ${rhs}${params ? ' (random params)' : ''}`);
  }
}

/** Σ row·x for each row of a built model, and whether x meets every row and column bound. */
function violations(model: MilpModel, x: Float64Array): string[] {
  const out: string[] = [];
  const tol = (v: number): number => 1e-9 * (1 + Math.abs(v));
  for (let r = 0; r < model.numRows; r++) {
    let s = 0;
    for (let q = model.starts[r]; q < model.starts[r + 1]; q++) s += model.values[q] * x[model.indices[q]];
    if (!(s >= model.rowLower[r] - tol(model.rowLower[r]) && s <= model.rowUpper[r] + tol(model.rowUpper[r]))) out.push(`row ${model.rowNames[r]} = ${s} ∉ [${model.rowLower[r]}, ${model.rowUpper[r]}]`);
  }
  for (let c = 0; c < model.numCols; c++) {
    if (!(x[c] >= model.colLower[c] - tol(model.colLower[c]) && x[c] <= model.colUpper[c] + tol(model.colUpper[c]))) out.push(`column ${model.colNames[c]} = ${x[c]} ∉ [${model.colLower[c]}, ${model.colUpper[c]}]`);
    if (model.integrality[c] === 1 && x[c] !== Math.round(x[c])) out.push(`binary ${model.colNames[c]} = ${x[c]}`);
  }
  return out;
}

/**
 * Encodes the node with its input columns fixed at x (a constant-0 coordinate as column -1),
 * checks the MIP start of `start` at the forward point, then minimises and maximises every
 * output column: an exact encoding pins each to forward(x).
 */
async function checkEncode<N extends LayerNode>(impl: LayerImpl<N>, node: N, boxes: readonly Box[], x: readonly Float64Array[], solver: MilpSolver, f: Failures): Promise<void> {
  const b = new ModelBuilder();
  const inputs = boxes.map((box, k): EncodeInput => {
    const cols = Int32Array.from(box.lower, (_, i) => (box.zero[i] ? -1 : b.addCol(x[k][i], x[k][i], `x${k}_${i}`)));
    return { enc: { cols, aux: new Int32Array(0) }, bounds: box };
  });
  const y = impl.forward(node, x);
  const enc = impl.encode(node, inputs, impl.interval(node, boxes), b, 'n');
  f.expect(enc.cols.length === node.size, () => `encode gave ${enc.cols.length} columns for ${node.size} outputs`);
  const model = b.build('minimize', new Map());
  const start = new Float64Array(model.numCols).fill(NaN);
  inputs.forEach((inp, k) => inp.enc.cols.forEach((c, i) => c >= 0 && (start[c] = x[k][i])));
  impl.start(node, enc, x, y, start);
  const bad = violations(model, start);
  f.expect(bad.length === 0, () => `the MIP start at the forward point violates ${bad.slice(0, 2).join(', ')}`);
  for (let i = 0; i < node.size; i++) {
    const c = enc.cols[i];
    if (c < 0) {
      f.expect(y[i] === 0, () => `output ${i} is encoded as the constant 0 but forward gives ${y[i]}`);
      continue;
    }
    f.expect(start[c] === y[i], () => `start writes ${start[c]} for output ${i}, forward gives ${y[i]}`);
    for (const sense of ['minimize', 'maximize'] as const) {
      const out = await solver.solve({ model: b.build(sense, new Map([[c, 1]])), timeLimitSec: 30, mipRelGap: 0, mipAbsGap: 0 });
      const v = out.kind === 'optimal' ? out.incumbent.objective : NaN;
      f.expect(Math.abs(v - y[i]) <= 1e-6 * (1 + Math.abs(y[i])), () => `${sense} output ${i}: ${out.kind} ${v}, forward ${y[i]}`);
    }
  }
}

/** vjp against finite differences of gOut·forward; coordinates with a kink within ±h are skipped and counted. */
function checkVjp<N extends LayerNode>(impl: LayerImpl<N>, node: N, inSizes: readonly number[], rng: Rng, f: Failures): { skipped: number } {
  const x = inSizes.map(n => Float64Array.from({ length: n }, () => uniform(rng, -1, 1)));
  const gOut = Float64Array.from({ length: node.size }, () => uniform(rng, -1, 1));
  const fx = (p: readonly Float64Array[]): number => dot(gOut, impl.forward(node, p));
  const y = impl.forward(node, x);
  const grads = impl.vjp(node, x, y, gOut);
  f.expect(grads.length === inSizes.length && grads.every((g, k) => g.length === inSizes[k]), () => 'vjp has the wrong shape');
  let skipped = 0;
  const f0 = fx(x);
  x.forEach((xk, k) => {
    for (let i = 0; i < xk.length; i++) {
      const at = (h: number): number => {
        const p = x.map(v => Float64Array.from(v));
        p[k][i] += h;
        return fx(p);
      };
      const fwd = (at(H) - f0) / H;
      const bwd = (f0 - at(-H)) / H;
      const tol = 1e-6 * (1 + Math.abs(fwd));
      if (Math.abs(fwd - bwd) > tol) {
        skipped++;
        continue;
      }
      f.expect(Math.abs(grads[k][i] - fwd) <= tol, () => `∂f/∂x${k}[${i}]: vjp ${grads[k][i]}, finite difference ${fwd}`);
    }
  });
  return { skipped };
}

/** markReads: changing every input entry it leaves unmarked changes no output marked in `need`. */
function checkReads<N extends LayerNode>(impl: LayerImpl<N>, node: N, inSizes: readonly number[], rng: Rng, f: Failures): void {
  const need = Uint8Array.from({ length: node.size }, () => (rng() < 0.3 ? 1 : 0));
  const reads = inSizes.map(n => new Uint8Array(n));
  impl.markReads(node, need, reads);
  const x = inSizes.map(n => Float64Array.from({ length: n }, () => uniform(rng, -1, 1)));
  const y = impl.forward(node, x);
  const moved = x.map((v, k) => v.map((a, i) => (reads[k][i] ? a : uniform(rng, -5, 5))));
  const y2 = impl.forward(node, moved);
  need.forEach((n, i) => n && f.expect(y2[i] === y[i], () => `output ${i} changed from ${y[i]} to ${y2[i]} when only unmarked inputs moved`));
}

function runKind<N extends LayerNode>(kind: Kind, gen: Generator<N>, solver: () => MilpSolver): void {
  t.test(`${kind}: every analysis of the LayerImpl meets its contract`, async tt => {
    const rng = seedrandom(testSeed(`layers-conformance-${kind}`));
    const fails = { registry: new Failures(), interval: new Failures(), backward: new Failures(), alpha: new Failures(), diff: new Failures(), params: new Failures(), encode: new Failures(), vjp: new Failures(), reads: new Failures() };
    let vjpSkipped = 0;
    for (let c = 0; c < CASES; c++) {
      const tw = gen.make(rng);
      const impl = layerOf(tw.n1);
      fails.registry.expect(impl === layerOf(tw.n2), () => `case ${c}: the twins map to different implementations`);
      const mismatch = impl.structureMismatch(tw.n1, tw.n2);
      fails.registry.expect(mismatch === null, () => `case ${c}: structurally matched twins reported as mismatched: ${mismatch}`);
      const boxes = tw.inSizes.map(n => randomBox(rng, n, c === 0));
      const xs = Array.from({ length: SAMPLES }, (_, s) => boxes.map(b => gridPoint(rng, b, s)));
      checkInterval(impl, tw.n1, boxes, xs, fails.interval);
      checkBackward(impl, tw.n1, boxes, xs, rng, undefined, fails.backward);
      const alpha = gen.alpha?.(tw.n1, rng);
      if (alpha) checkBackward(impl, tw.n1, boxes, xs, rng, alpha, fails.alpha);
      const ts = twinSamples(rng, impl, tw);
      checkDiff(impl, tw, ts, rng, undefined, fails.diff);
      const params = gen.diffParams?.(tw.n1, rng);
      if (params) checkDiff(impl, tw, ts, rng, params, fails.params);
      if (c < ENCODE_CASES) for (const x of xs.slice(0, ENCODE_POINTS)) await checkEncode(impl, tw.n1, boxes, x, solver(), fails.encode);
      vjpSkipped += checkVjp(impl, tw.n1, tw.inSizes, rng, fails.vjp).skipped;
      checkReads(impl, tw.n1, tw.inSizes, rng, fails.reads);
      checkReads(impl, tw.n2, tw.inSizes, rng, fails.reads);
    }
    fails.registry.report(tt, 'the op table maps both twins to one implementation, which matches their structure');
    fails.interval.report(tt, 'interval contains forward');
    fails.backward.report(tt, 'backward step sound, relaxedForward identity');
    if (gen.alpha) fails.alpha.report(tt, 'backward sound with random α');
    fails.diff.report(tt, 'diffInterval and diffBackward sound, diffRelaxedForward identity');
    if (gen.diffParams) fails.params.report(tt, 'diffBackward sound with random params');
    fails.encode.report(tt, 'encode exact, start feasible');
    fails.vjp.report(tt, `vjp matches finite differences (${vjpSkipped} coordinates skipped at kinks)`);
    fails.reads.report(tt, 'markReads marks every input entry a marked output is computed from');
    tt.ok(fails.vjp.checked >= 2 * vjpSkipped, `vjp: most coordinates checked (${fails.vjp.checked} vs ${vjpSkipped} skipped)`);
  });
}

let highs: MilpSolver | undefined;
const solver = (): MilpSolver => (highs ??= createHighsSolver());
t.teardown(() => highs?.close());

/** The entry of kind K is a Generator of K's own node (the mapped type above). */
function runEntry<K extends Kind>(kind: K): void {
  const gen: Generator<NodeOf<K>> = GENERATORS[kind];
  runKind(kind, gen, solver);
}

for (const kind of Object.keys(GENERATORS) as Kind[]) runEntry(kind);
