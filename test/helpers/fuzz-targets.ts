/**
 * Fuzz targets and fast-check arbitraries shared by test/fuzz-properties.test.ts (a short tier
 * in the suite) and scripts/fuzz.ts (`npm run fuzz`, a longer soak). Each target either
 * processes its input or rejects it with a one-line UserError (exit 2 in the CLI); anything else
 * (a RangeError from a stack overflow, "Invalid typed array length", a TypeError) would exit 70
 * and is a failure.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseRows, readSamples } from '../../src/data/read.js';
import { parseVnnlib } from '../../src/data/vnnlib.js';
import { UserError } from '../../src/errors.js';
import { parseAttackBudget, parseByteSize, parseDomain, parseNumber, parsePairs, parseScale } from '../../src/io/options.js';
import { loadOnnxBytes } from '../../src/onnx/load.js';
import { attr, floatTensor, int64Tensor, randoms, tinyModel } from '../fixtures/onnx/tiny.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-fuzz-props-'));

/** Runs `fn`: true when it returns or throws a one-line UserError; otherwise throws a description (fast-check shrinks on it). */
export function acceptsOrRejects(fn: () => unknown): true {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError && !e.message.includes('\n')) return true;
    throw new Error(`not a one-line UserError: ${(e as Error).name}: ${String((e as Error).message).slice(0, 300)}`);
  }
  return true;
}

/** A mutation of a byte string: truncation, bit flips, a byte run, an insertion. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number[]; bit: number }
  | { kind: 'fill'; at: number; len: number; value: number }
  | { kind: 'insert'; at: number; bytes: number[] };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('fill' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 16 }), value: fc.constantFrom(0x00, 0xff, 0x7f, 0x80) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 32 }) }),
);

export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = Math.max(1, bytes.length);
  const b = Uint8Array.from(bytes);
  switch (m.kind) {
    case 'truncate':
      return b.subarray(0, m.at % n);
    case 'flip':
      for (const at of m.at) b[at % n] ^= 1 << m.bit;
      return b;
    case 'fill':
      b.fill(m.value, m.at % n, (m.at % n) + m.len);
      return b;
    case 'insert': {
      const at = m.at % n;
      const out = new Uint8Array(b.length + m.bytes.length);
      out.set(b.subarray(0, at));
      out.set(m.bytes, at);
      out.set(b.subarray(at), at + m.bytes.length);
      return out;
    }
  }
}

/** Real models to mutate: the embedded ECG CNN, and a tiny Gemm/ReLU twin. */
export const ECG = readFileSync(`${ROOT}benchmarks/embedded/ecg-mitbih260/ecg_mitbih260_cnn_fp32.onnx`);
export const TINY = tinyModel({
  input: { name: 'x', dims: [1, 4] },
  nodes: [
    { op: 'Gemm', inputs: ['x', 'W1', 'b1'], outputs: ['h'], attrs: [attr.int('transB', 1)] },
    { op: 'Relu', inputs: ['h'], outputs: ['r'] },
    { op: 'Gemm', inputs: ['r', 'W2', 'b2'], outputs: ['y'], attrs: [attr.int('transB', 1)] },
  ],
  inits: [floatTensor('W1', [6, 4], randoms(24, 1)), floatTensor('b1', [6], randoms(6, 2)), floatTensor('W2', [3, 6], randoms(18, 3)), floatTensor('b2', [3], randoms(3, 4))],
});

/** Hostile dimensions: zero, negative, 2³¹ boundaries, 2⁵³. */
export const dim: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(0, -1, 1, 2, 3, 7, 2 ** 31, 2 ** 31 - 1, 50000, 1e9, 2 ** 53, -(2 ** 40)), fc.integer({ min: -5, max: 1e6 }));

/** Tiny models with hostile dims in inputs, initializers, ConstantOfShape and Reshape targets. */
export const dimModel: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.tuple(dim, dim).map(([a, b]) => tinyModel({ input: { name: 'x', dims: [a, b] }, nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] })),
  fc.tuple(dim, dim).map(([a, b]) => tinyModel({ input: { name: 'x', dims: [1, 4] }, nodes: [{ op: 'ConstantOfShape', inputs: ['s'], outputs: ['c'] }, { op: 'Add', inputs: ['x', 'c'], outputs: ['y'] }], inits: [int64Tensor('s', [2], [a, b])] })),
  fc.tuple(dim, dim).map(([a, b]) => tinyModel({ input: { name: 'x', dims: [1, 4] }, nodes: [{ op: 'MatMul', inputs: ['x', 'W'], outputs: ['y'] }], inits: [{ ...floatTensor('W', [4, 3], randoms(12, 5)), dims: [a, b] }] })),
  fc.tuple(dim, dim).map(([a, b]) => tinyModel({ input: { name: 'x', dims: [1, 4] }, nodes: [{ op: 'Reshape', inputs: ['x', 's'], outputs: ['r'] }, { op: 'Relu', inputs: ['r'], outputs: ['y'] }], inits: [int64Tensor('s', [2], [a, b])] })),
);

export function onnxTarget(bytes: Uint8Array): true {
  return acceptsOrRejects(() => loadOnnxBytes(bytes, 'fuzz.onnx'));
}

/** Data fixtures to mutate, by file name (the extension picks the reader). */
export const DATA_FIXTURES = ['header_label_last.csv', 'label_first.csv', 'tab_header.tsv', 'samples.json', 'samples_object.json', 'numpy_f2_fortran.npy', 'numpy_f8_be.npy'];
const fixtureBytes = new Map(DATA_FIXTURES.map(n => [n, readFileSync(`${ROOT}test/fixtures/data/${n}`)]));
let fileNo = 0;

export function dataTarget(name: string, bytes: Uint8Array, labelColumn: 'first' | 'last' | 'none', rows: 'all' | number[]): true {
  const path = join(dir, `f${fileNo++}-${name}`);
  writeFileSync(path, bytes);
  return acceptsOrRejects(() => readSamples(path, rows, { labelColumn }));
}

export const dataCase = fc.record({
  name: fc.constantFrom(...DATA_FIXTURES),
  m: mutation,
  labelColumn: fc.constantFrom('first' as const, 'last' as const, 'none' as const),
  rows: fc.oneof(fc.constant('all' as const), fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 3 })),
});
export const fixture = (name: string): Uint8Array => fixtureBytes.get(name) ?? new Uint8Array();

/** JSON samples with hostile structure: deep nesting, wrong types, huge numbers. */
export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 20000 }).map(d => `[{"x": ${'['.repeat(d)}0.5${']'.repeat(d)}, "label": 0}]`),
  fc.jsonValue({ maxDepth: 6 }).map(v => JSON.stringify([{ x: v, label: 0 }])),
  fc.jsonValue({ maxDepth: 4 }).map(v => JSON.stringify(v)),
);

export function jsonTarget(text: string): true {
  const path = join(dir, `j${fileNo++}.json`);
  writeFileSync(path, text);
  return acceptsOrRejects(() => readSamples(path, 'all', {}));
}

const VNN_TOKENS = ['(', ')', '(', ')', 'declare-const', 'assert', 'Real', 'X_0', 'X_1', 'Y_0', 'Y_1', '<=', '>=', '<', '>', 'and', 'or', '0.5', '-1e308', '1e999', 'NaN', ';', '\n', 'X_99999999'];
const VNN_SEED = '(declare-const X_0 Real)\n(declare-const X_1 Real)\n(declare-const Y_0 Real)\n(declare-const Y_1 Real)\n(assert (<= X_0 1))\n(assert (>= X_0 0))\n(assert (<= X_1 1))\n(assert (>= X_1 0))\n(assert (or (and (>= Y_0 Y_1)) (and (<= Y_1 0.5))))\n';

/** VNN-LIB texts: random token soups, mutated real specs, and deep nesting. */
export const vnnlibText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...VNN_TOKENS), { maxLength: 60 }).map(ts => ts.join(' ')),
  mutation.map(m => Buffer.from(mutate(Buffer.from(VNN_SEED), m)).toString('latin1')),
  fc.integer({ min: 1, max: 100000 }).map(d => `(declare-const X_0 Real)(assert ${'(and '.repeat(d)}(<= X_0 1)${')'.repeat(d)})`),
);

export function vnnlibTarget(text: string): true {
  return acceptsOrRejects(() => parseVnnlib(text, 'fuzz.vnnlib'));
}

const OPTION_PIECES = ['0', '1', '9', '-', '+', '.', 'e', 'E', ',', ':', '/', 'x', ' ', 'all', 'none', 'label', 'Infinity', 'NaN', '1e308', '1e-400', '99999999999999999999', '\u0000', 'é', 'M', 'G', 'iB'];
export const optionText: fc.Arbitrary<string> = fc.oneof(fc.array(fc.constantFrom(...OPTION_PIECES), { maxLength: 8 }).map(p => p.join('')), fc.string({ maxLength: 12 }));

/** The CLI option value parsers. */
export const OPTION_PARSERS: Record<string, (s: string) => unknown> = {
  eps: s => parseNumber('--eps', s, v => v >= 0, 'a number ≥ 0'),
  scale: s => parseScale(s),
  domain: s => parseDomain(s),
  pairs: s => parsePairs(s),
  attack: s => parseAttackBudget(s),
  rows: s => parseRows(s.slice(0, 12)),
  maxMemory: s => parseByteSize(s),
};

export function optionTarget(text: string): true {
  for (const parse of Object.values(OPTION_PARSERS)) acceptsOrRejects(() => parse(text));
  return true;
}
