/**
 * Input regions given as files, for verify (LRSM) and equiv: `--box FILE.json` (src/data/box.ts)
 * or `--vnnlib FILE` (src/data/vnnlib.ts). Region k is the k-th box of the file (for verify:
 * "row" k of the results). Output assertions of a VNN-LIB file are never dropped silently: they
 * are named in a note (`vnnlibNote`) and kept per region as `outputConstraints`.
 */
import { readBoxes } from '../data/box.js';
import { readVnnlib } from '../data/vnnlib.js';
import { UserError } from '../errors.js';
import { fileSha256 } from './results-file.js';

export interface FileRegion {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** VNN-LIB output atoms of the disjuncts with this box (each disjunct's joined by ' and '); [] for --box. */
  readonly outputConstraints: readonly string[];
}

export interface RegionFile {
  readonly flag: '--box' | '--vnnlib';
  readonly path: string;
  readonly sha256: string;
  readonly regions: readonly FileRegion[];
  /** Number of output variables Y_i a VNN-LIB file declares (0 for --box). */
  readonly outputs: number;
}

/** The region flag given, or null; both at once is an error. */
export function regionFlag(o: { readonly box?: string | undefined; readonly vnnlib?: string | undefined }): { flag: '--box' | '--vnnlib'; path: string } | null {
  if (o.box !== undefined && o.vnnlib !== undefined) throw new UserError('give one region file: --box FILE.json or --vnnlib FILE, not both');
  if (o.box !== undefined) return { flag: '--box', path: o.box };
  if (o.vnnlib !== undefined) return { flag: '--vnnlib', path: o.vnnlib };
  return null;
}

/** Reads the regions of --box or --vnnlib, checked against the networks' input size. */
export function readRegionFile(src: { flag: '--box' | '--vnnlib'; path: string }, inputs: number): RegionFile {
  if (src.flag === '--box') {
    const regions = readBoxes(src.path, inputs).map(b => ({ ...b, outputConstraints: [] }));
    return { ...src, sha256: fileSha256(src.path), regions, outputs: 0 };
  }
  const spec = readVnnlib(src.path);
  if (spec.inputs !== inputs) throw new UserError(`${src.path}: declares ${spec.inputs} inputs X_i, the networks take ${inputs}`);
  return { ...src, sha256: fileSha256(src.path), regions: spec.regions, outputs: spec.outputs };
}

/**
 * The note for a VNN-LIB file's output assertions, or null when it has none: what was found
 * (how many regions carry them, the first few) and how it is treated (`use`, e.g. "equiv checks
 * --property on each input box").
 */
export function vnnlibNote(file: RegionFile, use: string): string | null {
  const withOutputs = file.regions.filter(r => r.outputConstraints.length > 0);
  if (withOutputs.length === 0) return null;
  const shown = withOutputs[0].outputConstraints.slice(0, 3).join(' | ');
  return `note: ${file.path}: ${file.outputs} outputs Y_i with output constraints in ${withOutputs.length} of ${file.regions.length} region(s) (e.g. ${shown}); they state a single-network property and are NOT used: ${use}; each record keeps them as outputConstraints`;
}

/** The centre of a region: the start point (x₀) of its attacks. */
export function regionCentre(r: { readonly lower: Float64Array; readonly upper: Float64Array }): Float64Array {
  return Float64Array.from(r.lower, (l, i) => 0.5 * (l + r.upper[i]));
}

/** The header field of a run over region file `f`: the file (path, sha256) and what it held. */
export function regionHeader(f: RegionFile): Record<string, unknown> {
  return { flag: f.flag, path: f.path, sha256: f.sha256, regions: f.regions.length, ...(f.flag === '--vnnlib' ? { outputs: f.outputs } : {}) };
}
