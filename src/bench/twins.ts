/**
 * Generated twins (n2 = { from, twin }) for suite entries. Placeholder until make-twin (branch
 * h-twin) is merged: such entries are reported and skipped.
 */
import { UserError } from '../errors.js';
import type { TwinSpecJson } from './manifest.js';

export function generatedTwin(from: string, _spec: TwinSpecJson, _cacheDir: string, _log: (line: string) => void): { path: string; tag: string } {
  throw new UserError(`${from}: generated twins need make-twin, which this build does not have yet`);
}
