/**
 * Input boxes from JSON: one box `{"lower": [...], "upper": [...]}` (or `{"lo": [...], "hi": [...]}`),
 * or a list of them. Every value must be a finite number with lower ≤ upper; errors name the
 * file, the box and the index.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface InputBox {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

function vector(v: unknown, what: string): Float64Array {
  if (!Array.isArray(v)) throw new UserError(`${what} is not an array of numbers`);
  return Float64Array.from(v, (x: unknown, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new UserError(`${what}[${i}] = ${JSON.stringify(x)} is not a finite number`);
    return x;
  });
}

export function parseBoxes(value: unknown, source: string, inputs?: number): InputBox[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new UserError(`${source}: the list of boxes is empty`);
  return list.map((b: unknown, k) => {
    const name = `${source}: box ${k}`;
    if (typeof b !== 'object' || b === null || Array.isArray(b)) throw new UserError(`${name} is not an object {"lower": [...], "upper": [...]}`);
    const o = b as Record<string, unknown>;
    const lk = 'lower' in o ? 'lower' : 'lo';
    const uk = 'upper' in o ? 'upper' : 'hi';
    if (!(lk in o) || !(uk in o)) throw new UserError(`${name} needs "lower" and "upper" (or "lo" and "hi")`);
    const lower = vector(o[lk], `${name} "${lk}"`);
    const upper = vector(o[uk], `${name} "${uk}"`);
    if (lower.length !== upper.length) throw new UserError(`${name}: "${lk}" has ${lower.length} values but "${uk}" has ${upper.length}`);
    if (inputs !== undefined && lower.length !== inputs) throw new UserError(`${name} has ${lower.length} values, the networks take ${inputs} inputs`);
    for (let i = 0; i < lower.length; i++) {
      if (!(lower[i] <= upper[i])) throw new UserError(`${name}: ${lk}[${i}] = ${lower[i]} is above ${uk}[${i}] = ${upper[i]}`);
    }
    return { lower, upper };
  });
}

export function readBoxes(path: string, inputs?: number): InputBox[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`${path}: cannot read the box file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return parseBoxes(value, path, inputs);
}
