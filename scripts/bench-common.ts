/**
 * What every benchmark script shares: medians and geometric means (src/bench/stats.ts), the machine description, and
 * writing benchmarks/results/<name>-<stamp>.json (tool, version, script, machine, date first).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../src/version.js';
import { loadSuite, type SuiteEntry } from '../src/bench/manifest.js';
import { type PreparedEntry, prepareEntry } from '../src/bench/queries.js';
import type { Network } from '../src/ir/network.js';
import { loadOnnx } from '../src/onnx/load.js';

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

/** A suite entry's twins and samples for the given rows and ε values (twins made by make-twin are cached under out/bench/twins). */
export function loadEntry(suite: string, name: string, rows: readonly number[], eps: readonly number[]): { entry: SuiteEntry; prepared: PreparedEntry; n1: Network; n2: Network } {
  const entry = loadSuite(suite).entries.find(e => e.name === name);
  if (!entry) throw new Error(`suite ${suite} has no entry ${name}`);
  const prepared = prepareEntry({ ...entry, rows, eps }, join(ROOT, 'out/bench/twins'), line => console.error(line));
  return { entry, prepared, n1: loadOnnx(prepared.n1Path), n2: loadOnnx(prepared.n2Path) };
}

/** Writes a results document (tool, version, script, machine, date first) to a fixed path, so a long run can rewrite it after every query. */
export function writeResultsAt(path: string, script: string, fields: Record<string, unknown>): void {
  mkdirSync(`${ROOT}benchmarks/results`, { recursive: true });
  writeFileSync(path, JSON.stringify({ tool: 'twinmargin', version: VERSION, script, machine: machineInfo(), date: new Date().toISOString(), ...fields }, null, 1) + '\n');
}
