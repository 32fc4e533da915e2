/**
 * Branch and bound for one objective: min over the box D of c₁ᵀz¹ + c₂ᵀz² (math.md, "Branch and
 * bound"). A node is D restricted by splits, input splits (halve one coordinate's interval) or
 * ReLU splits (fix one neuron's phase in N1 or N2, subproblem.ts); the children of a node cover
 * it, so the minimum over D is the minimum over the leaves.
 *
 *   Bounding  every node gets a sound lower bound from the relaxations (bound.ts), with the
 *             parent's bounds intersected in; a child's bound is raised to its parent's (the
 *             child is a subset), so the global lower bound only rises.
 *   Branching input splits while the input has at most `inputSplitMaxDim` coordinates (the
 *             coordinate with the largest |A_i|·width), ReLU splits otherwise (the neuron with
 *             the largest |Λ|·u·(−l)/(u − l)); a node with no unstable ReLU left also splits its input.
 *   Leaves    the root, when its joint MILP has at most `rootMilpBinaries` binaries, goes to the
 *             MILP first (the original twins' encoding when the search runs on lowered twins) for `rootMilpShare` of the time limit; later, a node whose joint MILP
 *             has at most `leafBinaries` binaries goes to the MILP for `leafTimeLimitSec`
 *             (leaf.ts) with its local bounds; an optimal MILP closes it at its widened dual
 *             bound. A MILP stopped by its limit leaves the node open at the better of the two
 *             bounds, to be split further (its descendants go to the MILP once they have at
 *             most half as many binaries).
 *   Primal    every candidate point (the minimiser of each node's linear bound, box centres,
 *             MILP incumbents, the caller's start points) is clipped into D and evaluated by our
 *             float64 forward pass; the best is the incumbent U with its witness.
 *   Pruning   a node with lower ≥ U − tol cannot hold a point better than U by more than tol:
 *             it is closed, and its lower bound stays in the global minimum.
 *   Anytime   the global lower bound is the minimum over open and closed leaves; `history`
 *             records (seconds, bound, best) whenever either moves. The search stops when the
 *             gap closes (U − lower ≤ tol: status 'exact'), or at the time limit ('bounded').
 *
 * Order. Nodes are taken best-first (lowest lower bound, ties by creation order) in batches of
 * `batch` nodes; the leaf MILPs of a batch run in the solver's worker threads while the main
 * thread bounds the batch's children; a batch's results are applied in node order. So, for a
 * given configuration, the search tree does not depend on timing except through MILPs that hit
 * their limit and through the time limit itself.
 */
import type { Bounds } from '../ir/bounds.js';
import type { TwinBounds } from '../bounds/types.js';
import { twinForward } from '../layers/gradient.js';
import { safetyMargin } from '../solver/sound.js';
import type { MilpSolver } from '../solver/types.js';
import { clipToBox } from '../rsm/domain.js';
import { type BabObjective, type BabTwins, logitForm, type NodeBound, type NodeSpec } from './bound.js';
import { type Bounded, type ExpandConfig, type ExpandRequest, type ExpandSetup, expand } from './expand.js';
import { KillablePool } from '../solver/pool.js';
import type { BabWorkerResult } from './worker.js';
import { MinHeap } from './heap.js';
import { encodeLeaf, type LeafOutcome, solveLeaf } from './leaf.js';

export interface BabConfig {
  /** Nodes taken per round. */
  readonly batch: number;
  /** Worker threads that expand nodes (1: in the main thread). */
  readonly threads: number;
  /** A node whose MILP has at most this many binaries is solved as a leaf. */
  readonly leafBinaries: number;
  /** Wall-clock limit of one leaf MILP, seconds (capped by the time left). */
  readonly leafTimeLimitSec: number;
  /**
   * The root itself goes to the MILP first when its MILP has at most this many binaries, for
   * `rootMilpShare` of the time limit: where HiGHS alone finishes quickly (small MLPs, distilled
   * twins of other structures) branching would only slow it down.
   */
  readonly rootMilpBinaries: number;
  readonly rootMilpShare: number;
  /** α iterations per node (bound.ts). */
  readonly alphaIterations: number;
  /** Input splits for inputs of at most this many coordinates; ReLU splits above. */
  readonly inputSplitMaxDim: number;
  /** Stop after this many bounded nodes (a safety net for tests; default unlimited). */
  readonly maxNodes: number;
  /**
   * ReLU candidates compared per branching (the best by score): each split's two children are
   * bounded cheaply (no α) and the split whose worse child is best is taken, in the spirit of
   * FSB. 1 = the score alone.
   */
  readonly candidates: number;
  /**
   * A ReLU-split child reuses its parent's per-node bounds with the split neuron clamped (no
   * sweep); every `refreshEvery` levels, and before a node goes to the MILP, a full sweep
   * re-derives all per-node bounds on the node. 1 = a sweep at every node.
   */
  readonly refreshEvery: number;
  /**
   * A node's α-diff bound also tries its parent's optimised parameters and split multipliers
   * (the α,β-CROWN warm start), besides its own `alphaIterations` from the default relaxation.
   */
  readonly warmStart: boolean;
}

export const DEFAULT_BAB: BabConfig = {
  batch: 4,
  threads: 1,
  leafBinaries: 60,
  leafTimeLimitSec: 10,
  rootMilpBinaries: 400,
  rootMilpShare: 0.6,
  alphaIterations: 10,
  inputSplitMaxDim: 20,
  maxNodes: Number.POSITIVE_INFINITY,
  candidates: 3,
  refreshEvery: 6,
  warmStart: true,
};

export interface BabPoint {
  readonly seconds: number;
  /** Sound lower bound of the minimum at that time. */
  readonly bound: number;
  /** Best re-checked value reached at that time. */
  readonly best: number;
}

/** How a search runs: the solver of its leaves, its limits and gaps, its configuration. */
export interface BabRun {
  readonly solver: MilpSolver;
  /** Wall-clock limit of the whole search, seconds. */
  readonly timeLimitSec: number;
  readonly mipRelGap: number;
  readonly mipAbsGap: number;
  /** Configuration; the expander's, when one is given, governs the expansion settings. */
  readonly config?: Partial<BabConfig>;
  /** A shared expander for these twins (createExpander); else one is made and closed here. */
  readonly expander?: Expander;
}

export interface BabQuery extends BabRun {
  readonly twins: BabTwins;
  readonly objective: BabObjective;
  /** D: every node's box lies inside it, and every witness is clipped into it. */
  readonly box: Bounds;
  /** Points of D to start the incumbent from (x₀, attack points). At least one. */
  readonly starts: readonly Float64Array[];
  /** A sound lower bound known beforehand (a relaxation's), used when it is better. */
  readonly knownLower?: number;
  /**
   * A threshold question instead of the minimum: the search stops once the global lower bound
   * exceeds it or a point at or below it is found, and a node whose lower bound exceeds it is
   * closed (the bound stays sound; the gap need not close).
   */
  readonly threshold?: number;
  /**
   * Sound per-node bounds of `twins` over `box`, shared by the searches of one box (the ends of a
   * row): when `bounds` is set the root is bounded from them instead of sweeping again (on a
   * large CNN the root's sweep is the longest single step of a search); when it is not, the
   * root's sweep fills it in for the next search.
   */
  readonly rootBounds?: { bounds?: TwinBounds };
  /**
   * The root's MILP on other twins computing the same function (the originals of lowered twins,
   * twins.ts), with the root's bounds read onto their nodes by `bounds`: on the ECG CNN the
   * originals' max-pool encoding closes an end the ReLU-tree encoding of the same windows does
   * not (measured: exact in 30–39 s against a gap left at 60 s).
   */
  readonly rootLeaf?: { readonly twins: BabTwins; readonly bounds: (tb: TwinBounds) => TwinBounds };
  /** Called after every round with the current state. */
  readonly onProgress?: (p: BabPoint & { readonly nodes: number; readonly open: number }) => void;
}

export interface BabStats {
  /** Nodes bounded (the root included). */
  readonly nodes: number;
  readonly maxDepth: number;
  readonly leavesToMilp: number;
  /** Open nodes when the search stopped. */
  readonly open: number;
  /** best − bound at the end (0 when exact up to tolerance). */
  readonly gap: number;
  readonly history: readonly BabPoint[];
}

export interface BabResult extends BabStats {
  /** Sound: ≤ min over D. */
  readonly bound: number;
  readonly witness: { readonly value: number; readonly x: number[] };
  readonly status: 'exact' | 'bounded';
  readonly seconds: number;
  /** Whether the bound had to be lowered to a witness (a relaxation bug or rounding: never expected). */
  readonly boundRepaired: boolean;
}

interface Node {
  readonly id: number;
  readonly spec: NodeSpec;
  readonly depth: number;
  lower: number;
  bound: NodeBound;
  /** Whether the node's per-node bounds come from a sweep on the node itself (else they are its parent's, clamped). */
  swept: boolean;
  /** Binaries of the last MILP tried on this node's lineage that hit its limit (Infinity: none tried). */
  milpStalledAt: number;
}


/** The closing tolerance at incumbent value v: the MIP gaps plus twice the safety margin (as solve-end.ts). */
export function gapTolerance(v: number, relGap: number, absGap: number): number {
  return absGap + relGap * Math.max(1, Math.abs(v)) + 2 * safetyMargin(v);
}

/**
 * The objective at x by our float64 forward pass, or +∞ when x violates one of its constraints
 * (then x is no point of the problem).
 */
function objectiveAt(q: BabQuery, x: Float64Array): number {
  const { z1, z2 } = twinForward(q.twins.n1, q.twins.n2, x);
  if ((q.objective.constraints ?? []).some(r => !(logitForm(r.c1, r.c2, z1, z2) >= r.lower))) return Infinity;
  return logitForm(q.objective.c1, q.objective.c2, z1, z2);
}

/** The worker script, next to this module: .ts under tsx, .js in dist/. */
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./worker${ext}`, import.meta.url);
}

/**
 * Expands nodes in worker threads (each holding the twins once), or in this thread when there
 * is one thread. One expander serves any number of objectives on the same twins and
 * configuration (e.g. every end of a row); the caller closes it.
 */
export interface Expander {
  readonly setup: ExpandSetup;
  run(r: ExpandRequest, deadlineMs: number): Promise<readonly Bounded[] | null>;
  close(): Promise<void>;
}

export function createExpander(twins: BabTwins, config: Partial<BabConfig> = {}): Expander {
  const cfg: BabConfig = { ...DEFAULT_BAB, ...config };
  const setup: ExpandSetup = { twins, config: expandConfig(cfg) };
  if (cfg.threads <= 1) return { setup, run: async r => expand(setup, r), close: async () => undefined };
  const pool = new KillablePool<ExpandRequest, BabWorkerResult, never>(workerUrl(), cfg.threads, setup);
  return {
    async run(r, deadlineMs) {
      const out = await pool.run(r, {
        deadlineMs,
        onProgress: () => undefined,
        onKilled: () => ({ ok: false, message: 'stopped at the time limit' }),
        onCrash: message => ({ ok: false, message }),
      });
      if (out.result.ok) return out.result.nodes;
      if (out.result.message === 'stopped at the time limit') return null;
      throw new Error(`branch-and-bound worker: ${out.result.message}`);
    },
    setup,
    close: () => pool.close(),
  };
}

/**
 * The share of the end's time limit one sweep may take: the root's (when the caller gives no
 * bounds) and each node's. Past it the sweep stops with sound, looser bounds (interval, and the
 * parent's intersected in), so that one sweep of a large lowered CNN cannot use up the end.
 */
const ROOT_SWEEP_SHARE = 0.4;
const NODE_SWEEP_SHARE = 0.1;

function expandConfig(c: BabConfig): ExpandConfig {
  return { alphaIterations: c.alphaIterations, candidates: c.candidates, refreshEvery: c.refreshEvery, inputSplitMaxDim: c.inputSplitMaxDim, warmStart: c.warmStart };
}

export async function branchAndBound(q: BabQuery): Promise<BabResult> {
  const t0 = performance.now();
  const cfg: BabConfig = { ...DEFAULT_BAB, ...q.config };
  const deadline = t0 + q.timeLimitSec * 1000;
  const elapsed = (): number => (performance.now() - t0) / 1000;
  const tol = (v: number): number => gapTolerance(v, q.mipRelGap, q.mipAbsGap);
  const threshold = q.threshold;
  /** Whether a node with this lower bound can be closed: it lies above the threshold, or cannot beat the incumbent by more than tol. */
  const closes = (lower: number): boolean => (threshold !== undefined && lower > threshold) || (Number.isFinite(best.value) && lower >= best.value - tol(best.value));
  const gaps = { rel: q.mipRelGap, abs: q.mipAbsGap };
  const own = q.expander ? null : createExpander(q.twins, cfg);
  const ex = q.expander ?? (own as Expander);
  /**
   * The most binaries a node's MILP may have: rootMilpBinaries for the root, leafBinaries for
   * other nodes, and half the binaries of the last MILP of its lineage that hit its slice.
   */
  const milpLimit = (n: Node): number => (Number.isFinite(n.milpStalledAt) ? n.milpStalledAt / 2 : n.depth === 0 ? cfg.rootMilpBinaries : cfg.leafBinaries);
  const request = (kind: 'branch' | 'sweep', n: Node): ExpandRequest => ({ kind, node: { spec: n.spec, depth: n.depth, bound: n.bound, swept: n.swept }, objective: q.objective, inputDim: q.box.lower.length, sweepSeconds: NODE_SWEEP_SHARE * q.timeLimitSec });

  let best = { value: Infinity, x: q.starts[0] ?? q.box.lower };
  const offer = (x: Float64Array): void => {
    const p = clipToBox(x, q.box);
    const v = objectiveAt(q, p);
    if (v < best.value) best = { value: v, x: p };
  };
  q.starts.forEach(offer);

  let nextId = 0;
  let nodes = 0;
  let maxDepth = 0;
  let leavesToMilp = 0;
  let closedFloor = Infinity;
  // Best-first: lowest lower bound, ties by creation order.
  const open = new MinHeap<Node>((x, y) => x.lower < y.lower || (x.lower === y.lower && x.id < y.id));
  const history: BabPoint[] = [];
  const known = q.knownLower ?? -Infinity;

  /** A bounded node from an expansion (null when empty), its points offered to the incumbent. */
  const adopt = (b: Bounded, depth: number, parentLower: number, stalledAt: number): Node | null => {
    nodes++;
    if (!b.bound) return null;
    for (const p of b.bound.points) offer(p);
    maxDepth = Math.max(maxDepth, depth);
    return { id: nextId++, spec: b.spec, depth, lower: Math.max(b.bound.lower, parentLower), bound: b.bound, swept: b.swept, milpStalledAt: stalledAt };
  };
  /** Files a bounded node: closed when it cannot beat the incumbent, else open. */
  const file = (n: Node | null): void => {
    if (!n) return;
    if (closes(n.lower)) closedFloor = Math.min(closedFloor, n.lower);
    else open.push(n);
  };
  /** Whether the root was bounded: until then no leaf covers the box. */
  let covered = false;
  /**
   * The minimum over open and closed leaves, and never below the bound given. Before the root is
   * bounded (its sweep stopped at the time limit) it is the bound given; once it is, no leaf left
   * means every part of the box was found empty (no point satisfies the constraints): +∞.
   */
  const globalLower = (): number => {
    const inner = Math.min(closedFloor, open.peek()?.lower ?? Infinity);
    return covered ? Math.max(known, inner) : known;
  };
  const record = (): void => {
    const bound = Math.min(globalLower(), best.value);
    const last = history[history.length - 1];
    if (!last || last.bound !== bound || last.best !== best.value) history.push({ seconds: elapsed(), bound, best: best.value });
  };

  try {
    // The root's sweep is the longest single step (seconds on a large CNN): in a worker it is
    // killed at the time limit too, and the end keeps the bound it was given.
    const given = q.rootBounds?.bounds;
    const first = await ex.run({ kind: 'root', box: q.box, objective: q.objective, inputDim: q.box.lower.length, sweepSeconds: ROOT_SWEEP_SHARE * q.timeLimitSec, ...(given ? { bounds: given } : {}) }, q.timeLimitSec * 1000 + 1000);
    if (first) {
      covered = true;
      const rb = first[0].bound?.bounds;
      if (q.rootBounds && !given && rb) q.rootBounds.bounds = rb;
      file(adopt(first[0], 0, -Infinity, Infinity));
    }
    record();
    while (open.size > 0 && performance.now() < deadline && nodes < cfg.maxNodes) {
      if (closes(globalLower()) || (threshold !== undefined && best.value <= threshold)) break;
      const batch: Node[] = [];
      while (batch.length < cfg.batch && open.size > 0) {
        const n = open.pop();
        if (!n) break;
        if (closes(n.lower)) closedFloor = Math.min(closedFloor, n.lower);
        else batch.push(n);
      }
      const wantsMilp = (n: Node): boolean => n.bound.binaries <= milpLimit(n);
      // A node near the MILP threshold first gets a sweep of its own (tighter bounds, fewer binaries).
      const nearMilp = (n: Node): boolean => !n.swept && n.bound.binaries <= 1.5 * milpLimit(n);
      const left = (): number => deadline - performance.now();
      const resweep = await Promise.all(batch.map(n => (nearMilp(n) ? ex.run(request('sweep', n), left() + 1000) : Promise.resolve(null))));
      const ready: Node[] = [];
      batch.forEach((n, k) => {
        const r = resweep[k];
        if (!r) ready.push(n);
        else {
          nodes--; // the node itself, re-bounded
          const m = adopt(r[0], n.depth, n.lower, n.milpStalledAt);
          if (m) ready.push(m);
        }
      });
      // Leaf MILPs run in the solver's workers while the other nodes are expanded.
      const leafJobs = new Map<Node, Promise<LeafOutcome & { readonly binaries: number }>>();
      for (const n of ready) {
        if (!wantsMilp(n)) continue;
        const leaf = n.depth === 0 && q.rootLeaf ? encodeLeaf(q.rootLeaf.twins, n.spec.box, q.rootLeaf.bounds(n.bound.bounds)) : encodeLeaf(q.twins, n.spec.box, n.bound.bounds);
        const secs = left() / 1000;
        if (leaf.binaries > milpLimit(n) || secs <= 0.05) continue;
        leavesToMilp++;
        const start = clipToBox(best.x, n.spec.box);
        leafJobs.set(n, solveLeaf(leaf, q.objective, n.spec.splits, start, q.solver, Math.min(n.depth === 0 ? cfg.rootMilpShare * q.timeLimitSec : cfg.leafTimeLimitSec, secs), gaps).then(out => ({ ...out, binaries: leaf.binaries })));
      }
      const branchJobs = ready.map(n => (leafJobs.has(n) ? Promise.resolve(null) : ex.run(request('branch', n), left() + 1000)));
      const [leafOut, kids] = await Promise.all([Promise.all(ready.map(n => leafJobs.get(n) ?? Promise.resolve(null))), Promise.all(branchJobs)]);
      ready.forEach((n, k) => {
        const out = leafOut[k];
        if (out) {
          if (out.point) offer(out.point);
          if (out.kind === 'optimal' && out.lower !== null) closedFloor = Math.min(closedFloor, Math.max(n.lower, out.lower));
          else if (out.kind !== 'infeasible') {
            // Not closed: keep the node open at the better bound, to be split further.
            if (out.lower !== null) n.lower = Math.max(n.lower, out.lower);
            n.milpStalledAt = out.binaries;
            file(n);
          }
          return;
        }
        const c = kids[k];
        if (c === null) {
          open.push(n); // stopped at the time limit: still open
          return;
        }
        if (c.length === 0) {
          // Nothing left to split (a point box, every ReLU stable): its bound is all there is.
          closedFloor = Math.min(closedFloor, n.lower);
          return;
        }
        for (const b of c) file(adopt(b, n.depth + 1, n.lower, n.milpStalledAt));
      });
      record();
      q.onProgress?.({ ...history[history.length - 1], nodes, open: open.size });
    }
  } finally {
    await own?.close();
  }

  let bound = globalLower();
  let boundRepaired = false;
  if (best.value < bound) {
    bound = best.value;
    boundRepaired = true;
  }
  record();
  // An empty problem (bound +∞, no point) is exactly solved too.
  const exact = best.value === Infinity ? bound === Infinity : best.value - bound <= tol(best.value);
  return {
    bound,
    witness: { value: best.value, x: Array.from(best.x) },
    status: exact ? 'exact' : 'bounded',
    seconds: elapsed(),
    boundRepaired,
    nodes,
    maxDepth,
    leavesToMilp,
    open: open.size,
    gap: best.value === bound ? 0 : Math.max(0, best.value - bound),
    history,
  };
}
