/**
 * LP-based bound tightening (OBBT): for an unstable neuron (l < 0 < u before a ReLU), minimise
 * and maximise its pre-activation over the LP relaxation of the network up to that layer (the
 * exact MILP encoding of math.md with binaries relaxed to [0, 1], built with the bounds known so
 * far). The LP feasible set contains the graph of the network on the box, so the LP optimum,
 * widened by the safety margin τ, is a sound bound; it is intersected with the current one.
 * Layers go in order, so a tightened layer sharpens the big-M rows of every later LP.
 *
 * Every LP neuron that becomes stable removes one binary from the joint MILP. LPs are costly in
 * WebAssembly, so the pass is budgeted by neuron count and wall time; whatever the budget does
 * not reach keeps its previous (sound) bounds.
 */
import { type Bounds, intersectBounds } from '../ir/bounds.js';
import { consumers, type Network } from '../ir/network.js';
import type { Encoded } from '../layers/layer.js';
import { layerOf } from '../layers/registry.js';
import { ModelBuilder, type Sense } from '../milp/model.js';
import { soundDualBound } from '../solver/sound.js';
import type { MilpSolver } from '../solver/types.js';

export interface ObbtBudget {
  /** At most this many neurons get their two LPs. */
  readonly maxNeurons: number;
  /** Stop starting LPs after this many seconds. */
  readonly timeSec: number;
  /** Hard limit per LP (default 10 s). */
  readonly lpTimeLimitSec?: number;
}

export interface ObbtReport {
  readonly neurons: number;
  readonly lps: number;
  /** Unstable neurons the LPs made stable (binaries removed). */
  readonly stabilized: number;
  readonly seconds: number;
  /** True when the budget ran out before every unstable neuron was tried. */
  readonly exhausted: boolean;
}

/** The relaxed encoding of nodes 1..last of `net` with the given bounds. */
function encodeUpTo(net: Network, bounds: readonly Bounds[], last: number): { builder: ModelBuilder; enc: Encoded[] } {
  const b = new ModelBuilder();
  const box = bounds[0];
  const x = new Int32Array(box.lower.length);
  for (let i = 0; i < x.length; i++) x[i] = b.addCol(box.lower[i], box.upper[i], `x_${i}`);
  const enc: Encoded[] = [{ cols: x, aux: new Int32Array(0) }];
  for (let id = 1; id <= last; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    enc.push(layerOf(node).encode(node, node.inputs.map(i => ({ enc: enc[i], bounds: bounds[i] })), bounds[id], b, `l${id}_${node.kind}`));
  }
  return { builder: b, enc };
}

/** The bounds with node `from`'s replaced, and every later node's intersected with its interval step from them. */
function repropagate(net: Network, bounds: readonly Bounds[], from: number, tightened: Bounds): Bounds[] {
  const out = [...bounds.slice(0, from), tightened];
  for (let id = from + 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    out.push(intersectBounds(bounds[id], layerOf(node).interval(node, node.inputs.map(i => out[i]))));
  }
  return out;
}

/** Whether node `id` branches on the sign of its input (a ReLU: the neurons OBBT tightens). */
function splitsOnSign(net: Network, id: number): boolean {
  const node = net.nodes[id];
  return node.kind !== 'input' && layerOf(node).signSplit;
}

export async function lpTighten(net: Network, input: readonly Bounds[], solver: MilpSolver, budget: ObbtBudget): Promise<{ bounds: Bounds[]; report: ObbtReport }> {
  const t0 = performance.now();
  let bounds: readonly Bounds[] = input;
  const readers = consumers(net);
  let neurons = 0;
  let lps = 0;
  let stabilized = 0;
  let exhausted = false;
  const lpLimit = budget.lpTimeLimitSec ?? 10;
  const elapsed = () => (performance.now() - t0) / 1000;

  for (let id = 1; id < net.nodes.length && !exhausted; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input' || !layerOf(node).linear || !readers[id].some(c => splitsOnSign(net, c))) continue;
    if (node.inputs.every(i => i === 0)) continue; // interval arithmetic is exact on the box
    const b = { lower: Float64Array.from(bounds[id].lower), upper: Float64Array.from(bounds[id].upper) };
    const todo: number[] = [];
    for (let i = 0; i < node.size; i++) if (b.lower[i] < 0 && b.upper[i] > 0) todo.push(i);
    if (todo.length === 0) continue;
    const room = budget.maxNeurons - neurons;
    if (room < todo.length || elapsed() >= budget.timeSec) exhausted = true;
    const chosen = todo.slice(0, Math.max(0, room));
    if (chosen.length === 0 || elapsed() >= budget.timeSec) break;
    const { builder, enc } = encodeUpTo(net, bounds, id);
    const lp = (i: number, sense: Sense): Promise<number | null> => {
      const col = enc[id].cols[i];
      if (col < 0) return Promise.resolve(null);
      const built = builder.build(sense, new Map([[col, 1]]));
      const model = { ...built, integrality: new Int32Array(built.numCols) };
      lps++;
      return solver.solve({ model, timeLimitSec: lpLimit, mipRelGap: 0, mipAbsGap: 0 }).then(out => (out.kind === 'optimal' ? soundDualBound(out.dualBound, sense) : null));
    };
    await Promise.all(
      chosen.map(async i => {
        if (elapsed() >= budget.timeSec) {
          exhausted = true;
          return;
        }
        neurons++;
        const [lo, hi] = await Promise.all([lp(i, 'minimize'), lp(i, 'maximize')]);
        if (lo !== null && lo > b.lower[i]) b.lower[i] = Math.min(lo, b.upper[i]);
        if (hi !== null && hi < b.upper[i]) b.upper[i] = Math.max(hi, b.lower[i]);
        if (b.lower[i] >= 0 || b.upper[i] <= 0) stabilized++;
      }),
    );
    bounds = repropagate(net, bounds, id, b);
  }
  return { bounds: [...bounds], report: { neurons, lps, stabilized, seconds: elapsed(), exhausted } };
}
