/**
 * Size limits checked before allocation, so that a tiny hostile model (a 600-byte
 * `ConstantOfShape [50000, 50000]`, an input declared as `[1, 2e9]`) is rejected with one line
 * instead of exhausting the machine's memory:
 *   - every tensor the ONNX loader builds (graph input, initializer, constant, node output) has
 *     at most `maxElements()` elements;
 *   - all of them together at most `TOTAL_FACTOR × maxElements()`;
 *   - every sparse matrix of the IR at most `maxElements()` entries.
 * The default, 2^24 elements (128 MiB as float64), is far above what the exact analyses can
 * handle anyway; `TWINMARGIN_MAX_ELEMENTS` overrides it.
 */
import { UserError } from '../errors.js';

export const DEFAULT_MAX_ELEMENTS = 2 ** 24;
/** The loader's total over all tensors is this many times the per-tensor limit. */
export const TOTAL_FACTOR = 4;

/** The per-tensor element limit: env TWINMARGIN_MAX_ELEMENTS or DEFAULT_MAX_ELEMENTS. */
export function maxElements(): number {
  const env = process.env.TWINMARGIN_MAX_ELEMENTS;
  if (env === undefined || env.trim() === '') return DEFAULT_MAX_ELEMENTS;
  const v = Number(env);
  if (!Number.isSafeInteger(v) || v <= 0) throw new UserError(`TWINMARGIN_MAX_ELEMENTS=${env}: expected a whole number of elements > 0`);
  return v;
}

/** A size over the limit; callers that know the file and node rethrow it with that context. */
export class SizeLimitError extends UserError {
  constructor(what: string, readonly elements: number, readonly limit: number) {
    super(`${what} has ${elements.toLocaleString('en-US')} elements, more than the limit of ${limit.toLocaleString('en-US')} (raise TWINMARGIN_MAX_ELEMENTS to allow it)`);
  }
}

/** Throws a SizeLimitError when `elements` exceeds `limit` (default: the per-tensor limit). */
export function checkElements(elements: number, what: string, limit = maxElements()): void {
  if (!(elements <= limit)) throw new SizeLimitError(what, elements, limit);
}
