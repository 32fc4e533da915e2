/** Writes one exported model: DIR/<name>.lp, DIR/<name>.mps and the JSON sidecar DIR/<name>.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MilpModel } from './model.js';
import { toLpFormat } from './lp-format.js';
import { toMpsFormat } from './mps-format.js';

export interface ExportedFiles {
  readonly lp: string;
  readonly mps: string;
  readonly json: string;
}

export function writeExport(dir: string, name: string, model: MilpModel, sidecar: Record<string, unknown>, comments: readonly string[] = []): ExportedFiles {
  mkdirSync(dir, { recursive: true });
  const files = { lp: join(dir, `${name}.lp`), mps: join(dir, `${name}.mps`), json: join(dir, `${name}.json`) };
  writeFileSync(files.lp, toLpFormat(model, { comments }));
  writeFileSync(files.mps, toMpsFormat(model, name, { comments }));
  writeFileSync(files.json, JSON.stringify({ ...sidecar, files: { lp: `${name}.lp`, mps: `${name}.mps` } }, null, 1) + '\n');
  return files;
}
