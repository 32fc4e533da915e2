/**
 * Peer suites: benchmark manifests of the peers' twin properties (`twinmargin equiv`) instead of
 * LRSM queries, e.g. benchmarks/suites/peers.json for the ACAS Xu pairs NeuroDiff publishes.
 *
 *   { "suite": "peers", "kind": "equiv", "description": "…",
 *     "defaults": { "timeLimitSec": 60, "engine": "auto" },
 *     "entries": [ { "name": "1_1-prop1", "n1": "…nnet", "n2": "…nnet", "vnnlib": "…vnnlib",
 *                    "properties": ["diff:0:0.05", "diff:0:0.01"], "peer": { "NeuroDiff": { "diff:0:0.05": 0.9 } } } ] }
 *
 * One query per (entry, region, property), run one after another in this process (each split /
 * MILP end has `timeLimitSec`; a diff query has two ends). Records are JSONL lines with the
 * verdict, seconds and bounds (counterexample inputs kept: they are 5 numbers on ACAS), keyed
 * by entry, region, property and both networks' SHA-256, so an interrupted run resumes.
 * `peer` holds published numbers (seconds per property) shown beside ours in the summary.
 * `timeLimitSec` is checked by the schema of the LRSM manifests and --time-limit (src/io/query-schema.ts).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { readVnnlib } from '../data/vnnlib.js';
import { diffMethod } from '../bounds/diff.js';
import { inputSize, outputSize, type Network } from '../ir/network.js';
import { loadOnnx } from '../onnx/load.js';
import { isNnetPath, loadNnet } from '../onnx/nnet.js';
import { checkTwins } from '../onnx/twins.js';
import { SIDE_BUDGET } from '../attack/pgd.js';
import { checkProperty, parseProperty, type PropertyResult, Region } from '../verify/properties.js';
import { autoEngine, ENGINE_CHOICES, type EngineChoice } from '../verify/input-split.js';
import { createSolver } from '../solver/select.js';
import { TOOL, VERSION } from '../version.js';
import { timeLimitField } from '../io/query-schema.js';
import { repoPath } from './manifest.js';

export interface EquivEntry {
  readonly name: string;
  readonly n1: string;
  readonly n2: string;
  readonly vnnlib: string;
  readonly properties: readonly string[];
  readonly timeLimitSec: number;
  readonly engine: EngineChoice;
  /** Published seconds per property, per peer tool (informational). */
  readonly peer: Record<string, Record<string, number | string>>;
}

export interface EquivSuite {
  readonly name: string;
  readonly description: string;
  readonly file: string;
  readonly entries: readonly EquivEntry[];
}

export interface EquivQueryRecord extends PropertyResult {
  readonly kind: 'equiv-query';
  readonly key: string;
  readonly suite: string;
  readonly entry: string;
  readonly region: number;
  readonly tool: string;
  readonly version: string;
  readonly n1: { readonly path: string; readonly sha256: string };
  readonly n2: { readonly path: string; readonly sha256: string };
  readonly vnnlib: string;
  readonly timeLimitSec: number;
  readonly engine: string;
}

const ENTRY_FIELDS = ['name', 'n1', 'n2', 'vnnlib', 'properties', 'timeLimitSec', 'engine', 'peer', 'comment'];

/** True when the manifest JSON is a peer suite (`"kind": "equiv"`). */
export function isEquivManifest(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as Record<string, unknown>).kind === 'equiv';
}

export function parseEquivSuite(json: Record<string, unknown>, file: string): EquivSuite {
  const fail = (msg: string): never => {
    throw new UserError(`${file}: ${msg}`);
  };
  for (const k of Object.keys(json)) if (!['suite', 'kind', 'description', 'defaults', 'entries', 'comment'].includes(k)) fail(`unknown field "${k}"`);
  if (typeof json.suite !== 'string' || !/^[A-Za-z0-9_-]+$/.test(json.suite)) fail('field "suite": expected a name of letters, digits, _ and -');
  const defaults = (json.defaults ?? {}) as Record<string, unknown>;
  if (!Array.isArray(json.entries) || json.entries.length === 0) fail('field "entries": expected a non-empty list');
  const seen = new Set<string>();
  const entries = (json.entries as unknown[]).map((raw, k): EquivEntry => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`entry ${k}: expected an object`);
    const o = raw as Record<string, unknown>;
    for (const f of Object.keys(o)) if (!ENTRY_FIELDS.includes(f)) fail(`entry ${k}: unknown field "${f}" (allowed: ${ENTRY_FIELDS.join(', ')})`);
    const get = (f: string): unknown => (f in o ? o[f] : defaults[f]);
    const str = (f: string): string => {
      const v = get(f);
      return typeof v === 'string' && v.trim() !== '' ? v : fail(`entry ${k}: field "${f}": expected a non-empty string`);
    };
    const name = str('name');
    if (seen.has(name)) fail(`entry ${k}: field "name": duplicate entry name`);
    seen.add(name);
    const props = get('properties');
    if (!Array.isArray(props) || props.length === 0 || !props.every(p => typeof p === 'string')) fail(`entry ${k} "${name}": field "properties": expected a non-empty list of property strings`);
    for (const p of props as string[]) {
      try {
        parseProperty(p);
      } catch (e) {
        fail(`entry ${k} "${name}": field "properties": ${(e as Error).message}`);
      }
    }
    const tl = timeLimitField.default(60).safeParse(get('timeLimitSec'));
    if (!tl.success) return fail(`entry ${k} "${name}": field "timeLimitSec": ${tl.error.issues[0].message}`);
    const engine = get('engine') ?? 'auto';
    if (!ENGINE_CHOICES.some(c => c === engine)) fail(`entry ${k} "${name}": field "engine": expected one of ${ENGINE_CHOICES.join(', ')}`);
    const peer = (get('peer') ?? {}) as Record<string, Record<string, number | string>>;
    return { name, n1: str('n1'), n2: str('n2'), vnnlib: str('vnnlib'), properties: props as string[], timeLimitSec: tl.data, engine: engine as EngineChoice, peer };
  });
  return { name: json.suite as string, description: typeof json.description === 'string' ? json.description : '', file, entries };
}

function load(path: string): Network {
  return isNnetPath(path) ? loadNnet(path, { outputs: 'raw' }) : loadOnnx(path);
}

function readDone(out: string): Map<string, EquivQueryRecord> {
  const done = new Map<string, EquivQueryRecord>();
  if (!existsSync(out)) return done;
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as EquivQueryRecord;
      if (r.kind === 'equiv-query') done.set(r.key, r);
    } catch {
      // A torn last line of an interrupted run: that query runs again.
    }
  }
  return done;
}

/** Runs every query not yet in `out`; returns all records of the suite (old and new). */
export async function runEquivSuite(s: EquivSuite, out: string, only: readonly string[] | undefined, log: (line: string) => void): Promise<EquivQueryRecord[]> {
  mkdirSync(dirname(out), { recursive: true });
  const done = readDone(out);
  const records: EquivQueryRecord[] = [];
  const solver = await createSolver('highs', 1);
  try {
    for (const e of s.entries) {
      if (only && !only.includes(e.name)) continue;
      for (const f of [e.n1, e.n2, e.vnnlib]) if (!existsSync(repoPath(f))) throw new UserError(`${s.file}: entry "${e.name}": ${f}: file not found${f.includes('shared/data') ? '; shared data comes from ../shared/data (see its README.md)' : ''}`);
      const n1 = load(repoPath(e.n1));
      const n2 = load(repoPath(e.n2));
      checkTwins(n1, n2);
      const spec = readVnnlib(repoPath(e.vnnlib));
      if (spec.inputs !== inputSize(n1)) throw new UserError(`${e.vnnlib}: declares ${spec.inputs} inputs X_i, the networks take ${inputSize(n1)}`);
      // As equiv's --engine auto (input-split.ts autoEngine).
      const engine = e.engine === 'auto' ? autoEngine(n1, n2) : e.engine;
      for (const [k, reg] of spec.regions.entries()) {
        const box = { lower: reg.lower, upper: reg.upper };
        let region: Region | null = null;
        for (const ps of e.properties) {
          const key = [s.name, e.name, k, ps, n1.sha256, n2.sha256, e.timeLimitSec, engine, VERSION].join('|');
          const hit = done.get(key);
          if (hit) {
            records.push(hit);
            continue;
          }
          region ??= new Region(n1, n2, box, diffMethod.compute(n1, n2, box), solver, e.timeLimitSec, { budget: SIDE_BUDGET, seed: 'twinmargin' }, 20, engine);
          const res = await checkProperty(region, parseProperty(ps, outputSize(n1)), { milp: true });
          const rec: EquivQueryRecord = {
            kind: 'equiv-query', key, suite: s.name, entry: e.name, region: k, tool: TOOL, version: VERSION,
            n1: { path: e.n1, sha256: n1.sha256 }, n2: { path: e.n2, sha256: n2.sha256 }, vnnlib: e.vnnlib, timeLimitSec: e.timeLimitSec, engine,
            ...(reg.outputConstraints.length ? { outputConstraints: reg.outputConstraints } : {}),
            ...res,
          };
          appendFileSync(out, JSON.stringify(rec) + '\n');
          records.push(rec);
          log(`${s.name} ${e.name} region ${k} ${ps}: ${rec.verdict} ${rec.seconds.toFixed(1)} s`);
        }
      }
    }
  } finally {
    await solver.close();
  }
  return records;
}

function num(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? v.toPrecision(3) : '—';
}

/** The markdown table: per entry and property our verdict, seconds and proven range, and each peer's published number. */
export function summarizeEquiv(s: EquivSuite, records: readonly EquivQueryRecord[]): string {
  const peers = [...new Set(s.entries.flatMap(e => Object.keys(e.peer)))];
  const head = `| entry | region | property | verdict | seconds | proven range | ${peers.map(p => `${p} (published s)`).join(' | ')} |`;
  const rule = `|${' --- |'.repeat(6 + peers.length)}`;
  const rows = records.map(r => {
    const e = s.entries.find(x => x.name === r.entry);
    const b = r.bounds as { lower?: unknown; upper?: unknown };
    const range = 'lower' in b ? `[${num(b.lower)}, ${num(b.upper)}]` : '—';
    return `| ${r.entry} | ${r.region} | ${r.property} | ${r.verdict} | ${r.seconds.toFixed(1)} | ${range} | ${peers.map(p => String(e?.peer[p]?.[r.property] ?? '—')).join(' | ')} |`;
  });
  const decided = records.filter(r => r.verdict !== 'unknown').length;
  return [head, rule, ...rows, '', `${decided} of ${records.length} queries decided (${records.filter(r => r.verdict === 'holds').length} hold, ${records.filter(r => r.verdict === 'violated').length} violated).`].join('\n');
}
