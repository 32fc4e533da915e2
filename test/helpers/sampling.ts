/**
 * Seeded sampling of the neighbourhood for one-sided soundness checks. The seed is logged and
 * can be overridden with TWINMARGIN_SEED to replay a failure.
 */
import seedrandom from 'seedrandom';
import type { Bounds } from '../../src/ir/bounds.js';

export function testSeed(name: string): string {
  const seed = process.env.TWINMARGIN_SEED ?? `twinmargin:${name}`;
  console.error(`# seed for ${name}: ${seed} (override with TWINMARGIN_SEED)`);
  return seed;
}

/**
 * n points of the box: uniform, plus vertices-biased points (each coordinate at an end with
 * probability 1/2), where piecewise-linear extremes tend to sit.
 */
export function samplePoints(box: Bounds, n: number, seed: string): Float64Array[] {
  const rng = seedrandom(seed);
  const dim = box.lower.length;
  const out: Float64Array[] = [];
  for (let k = 0; k < n; k++) {
    const x = new Float64Array(dim);
    const vertexy = k % 2 === 1;
    for (let i = 0; i < dim; i++) {
      const u = rng();
      const t = vertexy ? (u < 0.25 ? 0 : u > 0.75 ? 1 : rng()) : u;
      // lower + t·(upper − lower) can round past upper; clamp so every sample really is in D.
      x[i] = t === 0 ? box.lower[i] : t === 1 ? box.upper[i] : Math.min(box.upper[i], Math.max(box.lower[i], box.lower[i] + t * (box.upper[i] - box.lower[i])));
    }
    out.push(x);
  }
  return out;
}
