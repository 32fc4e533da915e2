/**
 * Branch-and-bound settings measured side by side (not a test): one row (row 0) and one class
 * pair of a suite entry, `verify --method bab` at 60 s per end under each variant given, one after
 * the other in one run; prints per variant the row's sweep seconds, the ρ bounds, the witnesses,
 * the relative gaps |witness − bound| / |witness| and the nodes per end, and writes
 * benchmarks/results/bab-options-<stamp>.json. A variant is `share=S` (the lowered sweep's share
 * of the row's end budget, src/verify/row-bab.ts), `warm=on|off` (warm-started α, BabConfig
 * .warmStart), or both joined by a comma; `default` is the defaults.
 * Usage: node --import tsx scripts/bench-bab-options.ts SUITE ENTRY EPS I J VARIANT [VARIANT ...]
 *   e.g. … eeg chbmit22-prune0.3g 1e-3 0 1 share=0.25 share=0.4
 *        … ecg ecg260-tflite-int8w 2e-3 0 1 warm=on warm=off
 */
import { verifyRow } from '../src/verify/verify.js';
import { boundsFor } from '../src/verify/methods.js';
import { createHighsSolver } from '../src/solver/highs.js';
import type { BabConfig } from '../src/bab/driver.js';
import { loadEntry, writeResults } from './bench-common.js';

const TIME_LIMIT = 60;

interface Variant {
  readonly name: string;
  readonly share?: number;
  readonly bab: Partial<BabConfig>;
}

function parseVariant(s: string): Variant {
  let share: number | undefined;
  const bab: { warmStart?: boolean } = {};
  for (const part of s === 'default' ? [] : s.split(',')) {
    const [k, v] = part.split('=');
    if (k === 'share' && Number.isFinite(Number(v))) share = Number(v);
    else if (k === 'warm' && (v === 'on' || v === 'off')) bab.warmStart = v === 'on';
    else throw new Error(`variant ${s}: expected share=S, warm=on|off or default`);
  }
  return { name: s, ...(share !== undefined ? { share } : {}), bab };
}

const [suite, name, epsS, pa, pb, ...variantArgs] = process.argv.slice(2);
if (!suite || !name || !epsS || !pa || !pb || variantArgs.length === 0) throw new Error('usage: bench-bab-options.ts SUITE ENTRY EPS I J VARIANT [VARIANT ...]');
const variants = variantArgs.map(parseVariant);
const eps = Number(epsS);
const { entry, prepared, n1, n2 } = loadEntry(suite, name, [0], [eps]);
const solver = createHighsSolver({ threads: 2 });
const runs: Record<string, unknown>[] = [];
try {
  for (const v of variants) {
    const r = await verifyRow(n1, n2, prepared.samples[0], { eps, domain: entry.domain, pairs: [[Number(pa), Number(pb)]], implication: 'off', timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: boundsFor('bab'), method: 'bab', bab: { threads: 2, ...v.bab }, ...(v.share !== undefined ? { loweredSweepShare: v.share } : {}) }, solver);
    const p = r.pairs[0];
    const gap = (b: number, w: number): number => Math.abs(w - b) / Math.max(Math.abs(w), 1e-12);
    const run = { suite, entry: name, eps, pair: [Number(pa), Number(pb)], variant: v.name, sweepSec: r.timings?.bounds, lower: p.lower, upper: p.upper, witness: [p.lowerWitness.value, p.upperWitness.value], gapMin: gap(p.lower, p.lowerWitness.value), gapMax: gap(p.upper, p.upperWitness.value), status: [p.min.status, p.max.status], nodes: [p.min.bab?.nodes, p.max.bab?.nodes] };
    runs.push(run);
    console.log(JSON.stringify(run));
  }
} finally {
  await solver.close();
}
console.log(`wrote ${writeResults('bab-options', { timeLimitSec: TIME_LIMIT, runs })}`);
