/**
 * `twinmargin equiv`: the peers' twin properties (diff:T:EPS, linf:EPS, top1, delta-top1:DELTA;
 * src/rsm/properties.ts) on regions from a box file, a VNN-LIB file, or data rows with an L∞
 * radius. Per region and property: a verdict (holds / violated / unknown), the bounds that
 * decided it, the seconds, and a re-checked counterexample with both networks' logits. The last
 * line of the table output is one word, the overall verdict (violated if any region is
 * violated, holds if every one holds, else unknown), for scripts; the exit code is 0 for every
 * verdict.
 */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { parseRows, readSamples, type LabelColumn } from '../data/read.js';
import { UserError } from '../errors.js';
import { inputSize, outputSize, type Network } from '../ir/network.js';
import { diffMethod } from '../bounds/diff.js';
import { loadOnnx } from '../onnx/load.js';
import { alignTwins } from '../layers/twin-pair.js';
import { isNnetPath, loadNnet } from '../onnx/nnet.js';
import { checkTwins } from '../onnx/twins.js';
import { type InputDomain, neighbourhood } from '../rsm/domain.js';
import { checkProperty, parseProperty, type Property, type PropertyResult, Region } from '../verify/properties.js';
import { autoEngine, ENGINE_CHOICES, type EngineChoice, SPLIT_MAX_INPUTS } from '../verify/input-split.js';
import { type AttackBudget, SIDE_BUDGET } from '../attack/pgd.js';
import { createSolver, SOLVERS, type SolverName } from '../solver/select.js';
import { TOOL, VERSION } from '../version.js';
import { readRegionFile, regionFlag, regionHeader, vnnlibNote } from '../io/regions.js';
import { parseAttackBudget, parseChoice, parseDomain, parseNumber, parseScale } from '../io/options.js';

export interface EquivRegion {
  /** Where it came from: "box 0 of b.json", "region 1 of prop_1.vnnlib", "row 3 ± 0.01". */
  readonly name: string;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** A VNN-LIB region's output assertions (reported and recorded, not checked: see vnnlibNote). */
  readonly outputConstraints?: readonly string[];
}

export interface EquivArgs {
  readonly n1: string;
  readonly n2: string;
  readonly properties: readonly string[];
  readonly box?: string;
  readonly vnnlib?: string;
  readonly data?: string;
  readonly rows: string;
  readonly labelColumn: LabelColumn;
  readonly scale: number;
  readonly domain: InputDomain | null;
  readonly eps?: number;
  readonly nnetOutputs: 'raw' | 'denormalized';
  readonly method: 'auto' | 'relaxed';
  /**
   * After relaxations and attacks: 'milp', 'split' (input-split branch and bound), 'dense-split'
   * (the same, sub-boxes bounded by the dense differential pass; other twins fall back to
   * 'split'), or 'auto' (autoEngine).
   */
  readonly engine: EngineChoice;
  readonly attackBudget: AttackBudget;
  readonly seed: string;
  readonly solver: SolverName;
  readonly timeLimitSec: number;
  readonly threads: number;
  readonly format: 'table' | 'json' | 'jsonl';
  readonly out?: string;
}

export interface EquivRecord extends PropertyResult {
  readonly kind: 'result';
  readonly region: string;
  readonly box: { readonly lower: number[]; readonly upper: number[] };
  readonly outputConstraints?: readonly string[];
}

function load(path: string, outputs: 'raw' | 'denormalized'): Network {
  return isNnetPath(path) ? loadNnet(path, { outputs }) : loadOnnx(path);
}

/**
 * The regions of the run, from exactly one of --box, --vnnlib or --data with --eps, and the
 * header's description of them (a region file's path, sha256 and counts).
 */
export function equivRegions(a: EquivArgs, inputs: number, log: (line: string) => void): { regions: EquivRegion[]; header: Record<string, unknown> | string } {
  const given = [a.box, a.vnnlib, a.data].filter(v => v !== undefined).length;
  if (given !== 1) throw new UserError('give exactly one region source: --box FILE.json, --vnnlib FILE, or --data FILE with --eps');
  const src = regionFlag(a);
  if (src) {
    const file = readRegionFile(src, inputs);
    const note = vnnlibNote(file, 'equiv checks --property on each input box');
    if (note) log(note);
    const what = src.flag === '--box' ? 'box' : 'region';
    const regions = file.regions.map((r, k) => ({ name: `${what} ${k} of ${src.path}`, lower: r.lower, upper: r.upper, ...(r.outputConstraints.length ? { outputConstraints: r.outputConstraints } : {}) }));
    return { regions, header: regionHeader(file) };
  }
  if (a.eps === undefined) throw new UserError('--data needs --eps (the L∞ radius around each row)');
  const samples = readSamples(a.data as string, parseRows(a.rows), { labelColumn: a.labelColumn, scale: a.scale, expectedFeatures: inputs });
  return { regions: samples.map(s => ({ name: `row ${s.row} ± ${a.eps}`, ...neighbourhood(s.x, a.eps as number, a.domain) })), header: `${a.data} rows ${a.rows} eps ${a.eps}` };
}

export async function runEquiv(a: EquivArgs, log: (line: string) => void): Promise<EquivRecord[]> {
  // Notes go to stderr when stdout carries JSON.
  const note = a.format === 'table' ? log : (line: string): void => {
    process.stderr.write(line + '\n');
  };
  // fp32 vs QDQ: identity stand-ins, so the differential relaxation applies.
  const [n1, n2] = alignTwins(load(a.n1, a.nnetOutputs), load(a.n2, a.nnetOutputs));
  checkTwins(n1, n2);
  const props: Property[] = a.properties.map(p => parseProperty(p, outputSize(n1)));
  const { regions, header: regionsHeader } = equivRegions(a, inputSize(n1), note);
  for (const line of [...n1.notes.map(n => `N1: ${n}`), ...n2.notes.map(n => `N2: ${n}`)]) note(`note: ${line}`);
  const header = {
    kind: 'run',
    tool: TOOL,
    version: VERSION,
    command: 'equiv',
    n1: { path: a.n1, sha256: n1.sha256, notes: n1.notes },
    n2: { path: a.n2, sha256: n2.sha256, notes: n2.notes },
    properties: props.map(p => p.kind === 'diff' ? `diff:${p.t}:${p.eps}` : p.kind === 'linf' ? `linf:${p.eps}` : p.kind === 'top1' ? 'top1' : `delta-top1:${p.delta}`),
    regions: regionsHeader,
    method: a.method,
    engine: a.engine,
    solver: a.solver,
    timeLimitSec: a.timeLimitSec,
    attack: { ...a.attackBudget, seed: a.seed },
  };
  const lines: string[] = [];
  const emit = (rec: object): void => {
    const s = JSON.stringify(rec);
    if (a.out) lines.push(s);
    else process.stdout.write(s + '\n');
  };
  if (a.format === 'jsonl') emit(header);
  const solver = await createSolver(a.solver, a.threads);
  const records: EquivRecord[] = [];
  try {
    for (const reg of regions) {
      const box = { lower: reg.lower, upper: reg.upper };
      const tb = diffMethod.compute(n1, n2, box);
      const engine = a.engine === 'auto' ? autoEngine(n1, n2) : a.engine;
      const region = new Region(n1, n2, box, tb, solver, a.timeLimitSec, { budget: a.attackBudget, seed: a.seed }, 20, engine);
      for (const p of props) {
        const res = await checkProperty(region, p, { milp: a.method === 'auto' });
        const rec: EquivRecord = { kind: 'result', region: reg.name, box: { lower: Array.from(reg.lower), upper: Array.from(reg.upper) }, ...(reg.outputConstraints ? { outputConstraints: reg.outputConstraints } : {}), ...res, notes: [...(tb.note ? [tb.note] : []), ...res.notes] };
        records.push(rec);
        if (a.format === 'jsonl') emit(rec);
        if (a.format === 'table') log(formatResult(rec));
      }
    }
  } finally {
    await solver.close();
  }
  if (a.format === 'json') {
    const { kind: _k, ...h } = header;
    const doc = JSON.stringify({ ...h, results: records }, null, 1);
    if (a.out) writeFileSync(a.out, doc + '\n');
    else process.stdout.write(doc + '\n');
  } else if (a.out) writeFileSync(a.out, lines.join('\n') + '\n');
  if (a.format === 'table') log(overall(records));
  return records;
}

/** violated if any result is, holds if all are, else unknown. */
export function overall(rs: readonly PropertyResult[]): 'holds' | 'violated' | 'unknown' {
  if (rs.some(r => r.verdict === 'violated')) return 'violated';
  return rs.every(r => r.verdict === 'holds') ? 'holds' : 'unknown';
}

function fmt(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(4) : v.toFixed(6)) : String(v);
  return String(v);
}

export function formatResult(r: EquivRecord): string {
  const out = [`${r.region}  ${r.property}: ${r.verdict.toUpperCase()}${r.tie ? ' (tie within solver tolerance)' : ''}  ${r.seconds.toFixed(2)} s`];
  const b = r.bounds;
  if (typeof b.quantity === 'string' && 'lower' in b) {
    out.push(`  ${b.quantity} ∈ [${fmt(b.lower)}, ${fmt(b.upper)}] (proven; decided by ${JSON.stringify(b.decidedBy)})`);
  } else if (typeof b.quantity === 'string') {
    out.push(`  ${b.quantity} ≤ ${fmt(b.upper)} (proven), reached ${fmt(b.reached)}`);
  }
  if (Array.isArray(b.classes)) {
    const parts = (b.classes as { class: number; direction: string; verdict: string; by: string }[]).map(c => `${c.class} ${c.direction}: ${c.verdict} (${c.by})`);
    out.push(`  classes: ${parts.join('; ')}`);
  }
  if (r.counterexample) {
    const c = r.counterexample;
    out.push(`  counterexample (re-checked): ${c.violates}`);
    out.push(`    x  = [${c.x.map(fmt).join(', ')}]`);
    out.push(`    z1 = [${c.z1.map(fmt).join(', ')}]`);
    out.push(`    z2 = [${c.z2.map(fmt).join(', ')}]`);
    out.push(`    z1 float32 = [${c.z1f32.map(fmt).join(', ')}]`);
    out.push(`    z2 float32 = [${c.z2f32.map(fmt).join(', ')}]`);
  }
  out.push(`  result ${r.verdict}`);
  return out.join('\n');
}

interface RawEquiv {
  n1: string;
  n2: string;
  property: string[];
  box?: string;
  vnnlib?: string;
  data?: string;
  rows: string;
  labelCol: string;
  scale: string;
  domain: string;
  eps?: string;
  nnetOutput: string;
  method: string;
  engine: string;
  attack: string;
  seed: string;
  solver: string;
  timeLimit: string;
  threads: string;
  format: string;
  out?: string;
}

export function addEquivCommand(program: Command, log: (line: string) => void): void {
  program
    .command('equiv')
    .description("the peers' twin properties (NeuroDiff output difference, ε-equivalence, top-1, δ-top-1) on boxes, VNN-LIB regions or data rows")
    .addOption(new Option('--n1 <model>', 'reference network N1 (.onnx or .nnet)').makeOptionMandatory())
    .addOption(new Option('--n2 <model>', 'twin network N2 (.onnx or .nnet)').makeOptionMandatory())
    .addOption(new Option('--property <p>', 'diff:T:EPS, linf:EPS, top1 or delta-top1:DELTA; repeat for several').argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]).makeOptionMandatory())
    .addOption(new Option('--box <json>', 'input box(es): {"lower": [...], "upper": [...]} or a list of them'))
    .addOption(new Option('--vnnlib <file>', 'VNN-LIB input box(es), in the model\'s input units (raw units for .nnet)'))
    .addOption(new Option('--data <file>', 'rows of a data file as centres of L∞ balls (with --eps)'))
    .addOption(new Option('--rows <spec>', 'rows of --data').default('0'))
    .addOption(new Option('--label-col <where>', 'CSV label column: first, last or none').default('last'))
    .addOption(new Option('--scale <s>', 'multiply every feature of --data').default('1'))
    .addOption(new Option('--domain <lo,hi|none>', 'clip --data balls to this domain').default('0,1'))
    .addOption(new Option('--eps <ε>', 'L∞ radius around each --data row'))
    .addOption(new Option('--nnet-output <o>', '.nnet outputs: raw (as NeuroDiff) or denormalized').default('raw'))
    .addOption(new Option('--method <m>', 'auto (relaxations, attack, then MILP) or relaxed (no MILP)').default('auto'))
    .addOption(new Option('--engine <e>', `after relaxations and attack: auto (dense-split for dense twins with ≤ ${SPLIT_MAX_INPUTS} inputs, split for other twins with so few, else milp), milp (joint MILP), split (input-split branch and bound) or dense-split (input splits bounded by the dense differential pass)`).default('auto'))
    .addOption(new Option('--attack <RxS>', 'attack budget per objective: restarts x sign steps').default(`${SIDE_BUDGET.restarts}x${SIDE_BUDGET.steps}`))
    .addOption(new Option('--seed <s>', 'seed of the attacks').default('twinmargin'))
    .addOption(new Option('--solver <name>', 'highs or glpk').default('highs'))
    .addOption(new Option('--time-limit <s>', 'hard wall-clock limit per MILP solve, seconds').default('60'))
    .addOption(new Option('--threads <n>', 'solver worker threads').default('2'))
    .addOption(new Option('--format <f>', 'table, json or jsonl').default('table'))
    .addOption(new Option('--out <file>', 'write json/jsonl here'))
    .action(async (o: RawEquiv) => {
      await runEquiv({
        n1: o.n1,
        n2: o.n2,
        properties: o.property,
        ...(o.box !== undefined ? { box: o.box } : {}),
        ...(o.vnnlib !== undefined ? { vnnlib: o.vnnlib } : {}),
        ...(o.data !== undefined ? { data: o.data } : {}),
        rows: o.rows,
        labelColumn: parseChoice('--label-col', o.labelCol, ['first', 'last', 'none'] as const),
        scale: parseScale(o.scale),
        domain: parseDomain(o.domain),
        ...(o.eps !== undefined ? { eps: parseNumber('--eps', o.eps, v => v >= 0, 'a number ≥ 0') } : {}),
        nnetOutputs: parseChoice('--nnet-output', o.nnetOutput, ['raw', 'denormalized'] as const),
        method: parseChoice('--method', o.method, ['auto', 'relaxed'] as const),
        engine: parseChoice('--engine', o.engine, ENGINE_CHOICES),
        attackBudget: parseAttackBudget(o.attack),
        seed: o.seed,
        solver: parseChoice('--solver', o.solver, SOLVERS),
        timeLimitSec: parseNumber('--time-limit', o.timeLimit, v => v > 0, 'a number of seconds > 0'),
        threads: parseNumber('--threads', o.threads, v => Number.isInteger(v) && v >= 1 && v <= 64, 'an integer from 1 to 64'),
        format: parseChoice('--format', o.format, ['table', 'json', 'jsonl'] as const),
        ...(o.out !== undefined ? { out: o.out } : {}),
      }, log);
    });
}
