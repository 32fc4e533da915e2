/**
 * The lowered twins' sweep share under --method bab (src/verify/row-bab.ts, LOWERED_SWEEP_SHARE),
 * measured side by side (not a test): one row (row 0) and one class pair of a suite entry, `verify
 * --method bab` at 60 s per end with each share given, one after the other; prints per share the
 * row's sweep seconds, the ρ bounds, the witnesses, the relative gaps |witness − bound| / |witness|
 * and the nodes per end, and writes benchmarks/results/lowered-share-<stamp>.json.
 * Usage: node --import tsx scripts/bench-lowered-share.ts SUITE ENTRY EPS I J SHARE [SHARE ...]
 */
import { verifyRow } from '../src/verify/verify.js';
import { boundsFor } from '../src/verify/methods.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { loadEntry, writeResults } from './bench-common.js';

const [suite, name, epsS, pa, pb, ...shares] = process.argv.slice(2);
if (!suite || !name || !epsS || !pa || !pb || shares.length === 0) throw new Error('usage: bench-lowered-share.ts SUITE ENTRY EPS I J SHARE [SHARE ...]');
const eps = Number(epsS);
const { entry, prepared, n1, n2 } = loadEntry(suite, name, [0], [eps]);
const solver = createHighsSolver({ threads: 2 });
const runs: Record<string, unknown>[] = [];
try {
  for (const share of shares.map(Number)) {
    const r = await verifyRow(n1, n2, prepared.samples[0], { eps, domain: entry.domain, pairs: [[Number(pa), Number(pb)]], implication: 'off', timeLimitSec: 60, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: boundsFor('bab'), method: 'bab', bab: { threads: 2 }, loweredSweepShare: share }, solver);
    const p = r.pairs[0];
    const gap = (b: number, w: number): number => Math.abs(w - b) / Math.max(Math.abs(w), 1e-12);
    const run = { suite, entry: name, eps, pair: [Number(pa), Number(pb)], share, sweepSec: r.timings?.bounds, lower: p.lower, upper: p.upper, witness: [p.lowerWitness.value, p.upperWitness.value], gapMin: gap(p.lower, p.lowerWitness.value), gapMax: gap(p.upper, p.upperWitness.value), nodes: [p.min.bab?.nodes, p.max.bab?.nodes] };
    runs.push(run);
    console.log(JSON.stringify(run));
  }
} finally {
  await solver.close();
}
console.log(`wrote ${writeResults('lowered-share', { timeLimitSec: 60, runs })}`);
