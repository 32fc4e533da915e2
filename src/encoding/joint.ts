/**
 * The joint MILP of two networks on one shared input (math.md, "Exact encoding"):
 * input columns x ∈ D feed both N1 and N2; each node is encoded by its layer's `encode`
 * with the given sound bounds as big-M constants. Objectives and extra rows are added per
 * query on a clone of this base (src/rsm/).
 */
import type { Bounds } from '../ir/bounds.js';
import { forwardAll } from '../layers/forward.js';
import type { Network } from '../ir/network.js';
import type { Encoded } from '../layers/layer.js';
import { layerOf } from '../layers/registry.js';
import { ModelBuilder } from '../milp/model.js';
import type { TwinBounds } from '../bounds/types.js';

export interface NetEncoding {
  readonly net: Network;
  readonly nodes: readonly Encoded[];
  /** Logit columns (-1 = the constant 0). */
  readonly logits: Int32Array;
  readonly binaries: number;
}

export interface JointEncoding {
  readonly builder: ModelBuilder;
  readonly box: Bounds;
  readonly x: Int32Array;
  readonly n1: NetEncoding;
  readonly n2: NetEncoding;
  /** Number of differential cut rows added. */
  readonly diffCuts: number;
}

function encodeNet(net: Network, bounds: readonly Bounds[], x: Int32Array, b: ModelBuilder, tag: string): NetEncoding {
  const before = b.numIntegers;
  const enc: Encoded[] = [{ cols: x, aux: new Int32Array(0) }];
  for (let id = 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    const inputs = node.inputs.map(i => ({ enc: enc[i], bounds: bounds[i] }));
    enc.push(layerOf(node).encode(node, inputs, bounds[id], b, `${tag}_l${id}_${node.kind}`));
  }
  return { net, nodes: enc, logits: enc[net.output].cols, binaries: b.numIntegers - before };
}

export interface JointOptions {
  /**
   * Add the differential cuts d_l ≤ h¹ − h² ≤ d_u when difference bounds are given. Default
   * false: with interval difference bounds they slowed HiGHS down on the ECG twins (4.5 s → 9.4 s
   * at ε = 2e-4; optimal in 21 s → no result in 40 s at ε = 5e-4). Re-measured with the
   * symbolic difference bounds (scripts/bench-diff.ts, benchmarks/results/diff-*.json): still
   * slower on every pruned/quantised MLP twin (e.g. mnist8x8 int4 5.2 s → 20 s time limit), so
   * still off.
   */
  readonly diffCuts?: boolean;
}

export function encodeJoint(n1: Network, n2: Network, box: Bounds, bounds: TwinBounds, opts: JointOptions = {}): JointEncoding {
  const b = new ModelBuilder();
  const x = new Int32Array(box.lower.length);
  for (let i = 0; i < x.length; i++) x[i] = b.addCol(box.lower[i], box.upper[i], `x_${i}`);
  const e1 = encodeNet(n1, bounds.n1, x, b, 'n1');
  const e2 = encodeNet(n2, bounds.n2, x, b, 'n2');
  const cuts = bounds.diff && (opts.diffCuts ?? false) ? addDiffCuts(e1, e2, bounds, b) : 0;
  return { builder: b, box, x, n1: e1, n2: e2, diffCuts: cuts };
}

/**
 * Valid inequalities d_l ≤ v¹ − v² ≤ d_u for every matched neuron whose difference bounds are
 * tighter than its columns' bounds already imply. They hold at every point of the exact
 * encoding, so they never change an optimum; they only tighten the LP relaxation.
 */
function addDiffCuts(e1: NetEncoding, e2: NetEncoding, tb: TwinBounds, b: ModelBuilder): number {
  const diff = tb.diff;
  if (!diff) return 0;
  let added = 0;
  for (let id = 1; id < e1.nodes.length; id++) {
    const c1 = e1.nodes[id].cols;
    const c2 = e2.nodes[id].cols;
    const d = diff[id];
    const v1 = tb.n1[id];
    const v2 = tb.n2[id];
    for (let k = 0; k < c1.length; k++) {
      if (c1[k] < 0 && c2[k] < 0) continue;
      const slack = 1e-9 * (1 + Math.abs(v1.upper[k]) + Math.abs(v2.upper[k]));
      const implied = { lower: v1.lower[k] - v2.upper[k], upper: v1.upper[k] - v2.lower[k] };
      if (!(d.lower[k] > implied.lower + slack || d.upper[k] < implied.upper - slack)) continue;
      const cols: number[] = [];
      const coefs: number[] = [];
      if (c1[k] >= 0) {
        cols.push(c1[k]);
        coefs.push(1);
      }
      if (c2[k] >= 0) {
        cols.push(c2[k]);
        coefs.push(-1);
      }
      b.addRow(cols, coefs, d.lower[k], d.upper[k], `d_l${id}_${k}`);
      added++;
    }
  }
  return added;
}

function fillStart(e: NetEncoding, acts: readonly Float64Array[], colValue: Float64Array): void {
  for (let id = 1; id < e.net.nodes.length; id++) {
    const node = e.net.nodes[id];
    if (node.kind === 'input') continue;
    layerOf(node).start(node, e.nodes[id], node.inputs.map(i => acts[i]), acts[id], colValue);
  }
}

/** A full column assignment of the base encoding at input point `x` (which must lie in the box). */
export function startAt(j: JointEncoding, x: Float64Array, numCols: number): Float64Array {
  const colValue = new Float64Array(numCols);
  for (let i = 0; i < x.length; i++) colValue[j.x[i]] = x[i];
  fillStart(j.n1, forwardAll(j.n1.net, x), colValue);
  fillStart(j.n2, forwardAll(j.n2.net, x), colValue);
  return colValue;
}

/** Adds coef·z[k] to a sparse linear form, skipping constant-zero logits. */
export function addLogit(form: Map<number, number>, logits: Int32Array, k: number, coef: number): void {
  const c = logits[k];
  if (c >= 0) form.set(c, (form.get(c) ?? 0) + coef);
}
