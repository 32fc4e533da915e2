/**
 * What the results file leaves out but a reader wants to see: each row's input x₀ (to draw a
 * counterexample beside it) and ρ at x₀ (a mark in the forest plot). Both come from the
 * models and data the header names, and are used only when they are provably the run's own:
 * both models' SHA-256 must match the header, and every witness input of the row must lie in
 * B∞(x₀, ε) (up to rounding), which also settles which CSV column held the label.
 * When that fails the report says why and draws what it has.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { type LabelColumn, parseRows, readSamples } from '../data/read.js';
import { inputSize, type Network } from '../ir/network.js';
import { loadOnnx } from '../onnx/load.js';
import { rhoAt } from '../rsm/objective.js';
import type { VerifyRun } from './load.js';

/** How a flat input is drawn: a line over its index, or an image of h × w pixels with c channels. */
export type InputLayout = { readonly kind: 'signal'; readonly length: number } | { readonly kind: 'image'; readonly c: number; readonly h: number; readonly w: number };

export interface RunInputs {
  /** x₀ per row, when it could be recovered. */
  readonly x0: ReadonlyMap<number, Float64Array>;
  /** ρ(x₀) per `row|i:j`. */
  readonly rho0: ReadonlyMap<string, number>;
  readonly layout: InputLayout;
  /** Why x₀ or ρ(x₀) are missing, if they are. */
  readonly notes: readonly string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Where a path in the header points: as written (relative to where verify ran), else relative to
 * the results file's folder or one of its parents (a results file kept inside the repository it
 * was run from, such as benchmarks/results/example-run.jsonl).
 */
function locate(path: string, resultsFile: string): string | null {
  if (existsSync(path)) return path;
  if (isAbsolute(path)) return null;
  for (let d = resolve(dirname(resultsFile)); ; d = dirname(d)) {
    const at = resolve(d, path);
    if (existsSync(at)) return at;
    if (dirname(d) === d) return null;
  }
}

/**
 * The drawing layout of an input of `size` elements with ONNX shape `shape` (batch first):
 * images when the shape has two spatial axes, or when a flat size is k² (one channel) or 3k²
 * (three); otherwise a signal.
 */
export function inputLayout(size: number, shape: readonly number[] | null): InputLayout {
  if (shape && shape.length >= 3) {
    const dims = shape.slice(1);
    const [h, w] = dims.slice(-2);
    const c = dims.length >= 3 ? dims[dims.length - 3] : 1;
    if (h > 1 && w > 1 && c * h * w === size && (c === 1 || c === 3)) return { kind: 'image', c, h, w };
  }
  const k = Math.round(Math.sqrt(size));
  if (k >= 4 && k * k === size) return { kind: 'image', c: 1, h: k, w: k };
  const k3 = Math.round(Math.sqrt(size / 3));
  if (k3 >= 4 && 3 * k3 * k3 === size) return { kind: 'image', c: 3, h: k3, w: k3 };
  return { kind: 'signal', length: size };
}

function model(header: Readonly<Record<string, unknown>>, key: 'n1' | 'n2', file: string, notes: string[]): Network | null {
  const m = header[key];
  if (typeof m !== 'object' || m === null) return null;
  const { path, sha256 } = m as { path?: unknown; sha256?: unknown };
  const p = str(path);
  if (!p) return null;
  const at = locate(p, file);
  if (!at) {
    notes.push(`${key.toUpperCase()} ${p} not found here: ρ at x₀ is not drawn`);
    return null;
  }
  try {
    const net = loadOnnx(at);
    if (net.sha256 !== sha256) {
      notes.push(`${key.toUpperCase()} ${p} has changed since the run (SHA-256 differs): ρ at x₀ is not drawn`);
      return null;
    }
    return net;
  } catch (e) {
    notes.push(`${key.toUpperCase()} ${p}: ${(e as Error).message}`);
    return null;
  }
}

/** Largest |a − b| over the entries. */
function linf(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}

/** The input points recorded for a row: witnesses, attack points and the counterexample. */
function recordedPoints(run: VerifyRun, row: number): number[][] {
  const pts: number[][] = [];
  for (const p of run.pairs) {
    if (p.row !== row) continue;
    for (const w of [p.lowerWitness, p.upperWitness, p.attackLower, p.attackUpper]) if (Array.isArray(w?.x) && w.x.length) pts.push(w.x);
  }
  const r = run.rows.find(q => q.row === row);
  const cx = r?.implication?.exact?.counterexample ?? r?.implication?.attack?.counterexample;
  if (cx && Array.isArray(cx.x)) pts.push(cx.x);
  return pts;
}

export function recoverInputs(run: VerifyRun): RunInputs {
  const notes: string[] = [];
  const h = run.header;
  const n1Info = h.n1 as { inputs?: unknown } | undefined;
  const size = typeof n1Info?.inputs === 'number' ? n1Info.inputs : (recordedPoints(run, run.rows[0]?.row ?? 0)[0]?.length ?? 0);
  const n1 = model(h, 'n1', run.file, notes);
  const n2 = n1 ? model(h, 'n2', run.file, notes) : null;
  const shape = n1 ? n1.nodes[0].shape : null;
  const layout = inputLayout(size, shape);
  const x0 = new Map<number, Float64Array>();
  const rho0 = new Map<string, number>();
  // The data file: a path (older headers) or {path, sha256}.
  const dataPath = str(h.data) ?? (typeof h.data === 'object' && h.data !== null && 'path' in h.data ? str(h.data.path) : null);
  const eps = typeof h.eps === 'number' ? h.eps : null;
  const scale = typeof h.scale === 'number' ? h.scale : 1;
  const rows = run.rows.map(r => r.row);
  if (!dataPath || eps === null || rows.length === 0) return { x0, rho0, layout, notes };
  const at = locate(dataPath, run.file);
  if (!at) {
    notes.push(`data ${dataPath} not found here: x₀ is not drawn`);
    return { x0, rho0, layout, notes };
  }
  const declared = str(h.labelColumn);
  const candidates: LabelColumn[] = declared ? [declared as LabelColumn] : ['last', 'first', 'none'];
  // Rounding of the JSON numbers and the clip into the domain stay far below this.
  const slack = 1e-9 * (1 + eps);
  for (const labelColumn of candidates) {
    let samples;
    try {
      samples = readSamples(at, parseRows(rows.join(',')), { labelColumn, scale, expectedFeatures: size });
    } catch {
      continue;
    }
    const fits = samples.every(s => recordedPoints(run, s.row).every(x => x.length === s.x.length && linf(x, s.x) <= eps + slack));
    if (!fits) continue;
    for (const s of samples) x0.set(s.row, s.x);
    break;
  }
  if (x0.size === 0) {
    notes.push(`data ${dataPath}: no reading of its rows puts the recorded witnesses within ε of x₀, so x₀ is not drawn`);
    return { x0, rho0, layout, notes };
  }
  if (n1 && n2 && inputSize(n1) === size) {
    for (const p of run.pairs) {
      const x = x0.get(p.row);
      if (x) rho0.set(`${p.row}|${p.pair[0]}:${p.pair[1]}`, rhoAt(n1, n2, x, p.pair));
    }
  }
  return { x0, rho0, layout, notes };
}
