/**
 * Generated twins (n2 = { from, twin }) for suite entries: makeTwinModel (src/twin/make-twin.ts)
 * writes `<cache>/<first 16 hex of the source's SHA-256>-<tag>.onnx` (and its report as .json)
 * once; later runs reuse the file. The key is the source's content and the spec, so a changed
 * source model gets a new twin, and the twin's own SHA-256 goes into every record.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTwinSpec, makeTwinModel, type TwinSpec, twinTag } from '../twin/make-twin.js';
import type { TwinSpecJson } from './manifest.js';

export function generatedTwin(from: string, spec: TwinSpecJson, cacheDir: string, log: (line: string) => void): { path: string; tag: string } {
  const checked: TwinSpec = checkTwinSpec(spec);
  const tag = twinTag(checked);
  const bytes = readFileSync(from);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const path = join(cacheDir, `${sha.slice(0, 16)}-${tag}.onnx`);
  if (existsSync(path)) return { path, tag };
  mkdirSync(cacheDir, { recursive: true });
  const twin = makeTwinModel(bytes, checked, from);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, twin.bytes);
  writeFileSync(path.replace(/\.onnx$/, '.json'), JSON.stringify({ source: from, sourceSha256: sha, tag, report: twin.report }, null, 1) + '\n');
  renameSync(tmp, path);
  const r = twin.report;
  log(`made twin ${tag} of ${from}: ${r.weightsZero}/${r.weightsTotal} weights zero → ${path}`);
  return { path, tag };
}
