/**
 * Writes one exported model: DIR/<name>.lp, DIR/<name>.mps and the JSON sidecar DIR/<name>.json;
 * for a maximisation also DIR/<name>.glpk.mps, the same model without the OBJSENSE section that
 * glpsol cannot read (solve it with `glpsol --freemps <name>.glpk.mps --max`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MilpModel } from './model.js';
import { toLpFormat } from './lp-format.js';
import { toMpsFormat } from './mps-format.js';

export interface ExportedFiles {
  readonly lp: string;
  readonly mps: string;
  readonly json: string;
  readonly glpkMps?: string;
}

export function writeExport(dir: string, name: string, model: MilpModel, sidecar: Record<string, unknown>, comments: readonly string[] = []): ExportedFiles {
  mkdirSync(dir, { recursive: true });
  const files = { lp: join(dir, `${name}.lp`), mps: join(dir, `${name}.mps`), json: join(dir, `${name}.json`) };
  writeFileSync(files.lp, toLpFormat(model, { comments }));
  writeFileSync(files.mps, toMpsFormat(model, name, { comments }));
  const glpk = model.sense === 'maximize' ? join(dir, `${name}.glpk.mps`) : null;
  if (glpk) writeFileSync(glpk, toMpsFormat(model, name, { comments: [...comments, `for GLPK: no OBJSENSE section; solve with glpsol --freemps ${name}.glpk.mps --max`], objsense: false }));
  writeFileSync(files.json, JSON.stringify({ ...sidecar, files: { lp: `${name}.lp`, mps: `${name}.mps`, ...(glpk ? { glpkMps: `${name}.glpk.mps` } : {}) } }, null, 1) + '\n');
  return { ...files, ...(glpk ? { glpkMps: glpk } : {}) };
}
