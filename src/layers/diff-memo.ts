/**
 * The memo of one twin-aware sweep (TwinState.memo, reached through DiffInput.memo): the
 * layers' twin relaxations are pure functions of their input bounds, and the α-optimisers ask
 * for the same ones many times, so each is computed once per sweep and input bounds triple.
 * It lives as long as the sweep's state, never in module scope.
 */
import type { Bounds } from '../ir/bounds.js';
import type { AffineNode } from '../ir/network.js';
import type { Csr } from '../ir/sparse.js';
import type { PoolRelax } from './maxpool-diff.js';
import type { NeuronRelax, Region } from './relu-diff.js';

interface BoundsTriple {
  readonly d: Bounds;
  readonly b1: Bounds;
  readonly b2: Bounds;
}

/** One value per input bounds triple (d, b1, b2) and owner node, keyed by the objects themselves. */
export class InputMemo<T> {
  private readonly byD = new WeakMap<Bounds, { readonly b1: Bounds; readonly b2: Bounds; readonly owner: object | null; readonly value: T }>();

  get({ d, b1, b2 }: BoundsTriple, make: () => T, owner: object | null = null): T {
    const hit = this.byD.get(d);
    if (hit && hit.b1 === b1 && hit.b2 === b2 && hit.owner === owner) return hit.value;
    const value = make();
    this.byD.set(d, { b1, b2, owner, value });
    return value;
  }
}

export class DiffMemo {
  /** ΔW_k = W¹_k − W²_k per affine node pair (keyed by N1's node). */
  private readonly deltas = new WeakMap<AffineNode, { readonly n2: AffineNode; readonly delta: readonly Csr[] }>();
  readonly reluRelax = new InputMemo<NeuronRelax>();
  readonly reluRegions = new InputMemo<readonly (Region | null)[]>();
  readonly poolRelax = new InputMemo<PoolRelax>();

  weightDeltas(n1: AffineNode, n2: AffineNode, make: () => readonly Csr[]): readonly Csr[] {
    const hit = this.deltas.get(n1);
    if (hit && hit.n2 === n2) return hit.delta;
    const delta = make();
    this.deltas.set(n1, { n2, delta });
    return delta;
  }
}
