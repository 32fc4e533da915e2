/**
 * What every benchmark script shares: medians and geometric means (src/bench/stats.ts), the machine description, and
 * writing benchmarks/results/<name>-<stamp>.json (tool, version, script, machine, date first).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { VERSION } from '../src/version.js';

const ROOT = new URL('..', import.meta.url).pathname;

export { geomean, median } from '../src/bench/stats.js';

export function machineInfo(): Record<string, unknown> {
  return { platform: platform(), release: release(), cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

/** Writes the results document of `scripts/bench-<name>.ts` and returns its path. */
export function writeResults(name: string, fields: Record<string, unknown>): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const doc = { tool: 'twinmargin', version: VERSION, script: `scripts/bench-${name}.ts`, machine: machineInfo(), date: new Date().toISOString(), ...fields };
  mkdirSync(`${ROOT}benchmarks/results`, { recursive: true });
  const path = `${ROOT}benchmarks/results/${name}-${stamp}.json`;
  writeFileSync(path, JSON.stringify(doc, null, 1) + '\n');
  return path;
}
