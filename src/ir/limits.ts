/**
 * Size limits checked before allocation, so that a tiny hostile model (a 600-byte
 * `ConstantOfShape [50000, 50000]`, an input declared as `[1, 2e9]`) is rejected with one line
 * instead of exhausting the machine's memory:
 *   - every tensor the ONNX loader builds (graph input, initializer, constant, node output) has
 *     at most `maxElements()` elements;
 *   - all of them together at most `TOTAL_FACTOR × maxElements()`;
 *   - every sparse matrix of the IR at most `maxElements()` entries.
 * The default, 2^24 elements (128 MiB as float64), is far above what the exact analyses can
 * handle anyway; `TWINMARGIN_MAX_ELEMENTS` overrides it, and the CLI's `--max-memory B`
 * (`setMaxMemory`) overrides both: B bytes for all tensors of one model as float64, so
 * `B / (8 × TOTAL_FACTOR)` elements per tensor (the default is the same as `--max-memory 512M`),
 * and B / 2 bytes for a data file (src/data/read.ts).
 */
import { UserError } from '../errors.js';

export const DEFAULT_MAX_ELEMENTS = 2 ** 24;
/** The loader's total over all tensors is this many times the per-tensor limit. */
export const TOTAL_FACTOR = 4;

/** Bytes of float64 tensors one model may hold under the default limits (512 MiB). */
export const DEFAULT_MAX_MEMORY = DEFAULT_MAX_ELEMENTS * 8 * TOTAL_FACTOR;

let maxMemoryBytes: number | null = null;

/** Sets (or with null clears) the `--max-memory` budget in bytes, which overrides the env limits. */
export function setMaxMemory(bytes: number | null): void {
  if (bytes !== null && !(Number.isSafeInteger(bytes) && bytes > 0)) throw new UserError(`--max-memory ${bytes}: expected a whole number of bytes > 0`);
  maxMemoryBytes = bytes;
}

/** The `--max-memory` budget in bytes, or null when it was not given. */
export function maxMemory(): number | null {
  return maxMemoryBytes;
}

/** The per-tensor element limit: `--max-memory`, else env TWINMARGIN_MAX_ELEMENTS, else DEFAULT_MAX_ELEMENTS. */
export function maxElements(): number {
  if (maxMemoryBytes !== null) return Math.max(1, Math.floor(maxMemoryBytes / (8 * TOTAL_FACTOR)));
  const env = process.env.TWINMARGIN_MAX_ELEMENTS;
  if (env === undefined || env.trim() === '') return DEFAULT_MAX_ELEMENTS;
  const v = Number(env);
  if (!Number.isSafeInteger(v) || v <= 0) throw new UserError(`TWINMARGIN_MAX_ELEMENTS=${env}: expected a whole number of elements > 0`);
  return v;
}

/** A size over the limit; callers that know the file and node rethrow it with that context. */
export class SizeLimitError extends UserError {
  constructor(what: string, readonly elements: number, readonly limit: number) {
    super(`${what} has ${elements.toLocaleString('en-US')} elements, more than the limit of ${limit.toLocaleString('en-US')} (raise TWINMARGIN_MAX_ELEMENTS or --max-memory to allow it)`);
  }
}

/** Throws a SizeLimitError when `elements` exceeds `limit` (default: the per-tensor limit). */
export function checkElements(elements: number, what: string, limit = maxElements()): void {
  if (!(elements <= limit)) throw new SizeLimitError(what, elements, limit);
}
