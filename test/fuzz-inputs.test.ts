/**
 * The fuzz tier (issue 15): seeded mutations of real inputs, each of which must either be
 * processed or rejected with a UserError (one line, exit 2 in the CLI), never another
 * exception (exit 70). Covered: the ONNX loader on the embedded ECG model and on tiny models
 * (truncation, bit flips, byte runs, mutated dims, shapes and attribute values), the CSV, JSON
 * and NPY readers on mutated fixtures, and the CLI option parsers on random strings.
 *
 * Cases are drawn from a seeded PRNG (logged; replay with TWINMARGIN_SEED), so a failure
 * replays exactly; each failing case is reported with its mutation. Memory is bounded by the
 * loader's and readers' limits (src/ir/limits.ts, src/data/read.ts); peak RSS over this corpus
 * is measured by scripts/bench-hostile-memory.ts, not here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import p from 'onnx-proto';
import seedrandom from 'seedrandom';
import t from 'tap';
import { parseAttackBudget, parseDomain, parseNumber, parsePairs, parseScale } from '../src/io/options.js';
import { parseRows, readSamples } from '../src/data/read.js';
import { UserError } from '../src/errors.js';
import { loadOnnxBytes } from '../src/onnx/load.js';
import { attr, encodeModel, floatTensor, int64Tensor, randoms, tinyProto } from './fixtures/onnx/tiny.js';
import { testSeed } from './helpers/sampling.js';

const { onnx } = p;
const ROOT = new URL('..', import.meta.url).pathname;
const ECG = readFileSync(`${ROOT}benchmarks/embedded/ecg-mitbih260/ecg_mitbih260_cnn_fp32.onnx`);
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-fuzz-'));

type Rng = () => number;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);

/** Runs `fn`; returns a description of the failure when it throws anything but a UserError. */
function outcome(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof UserError) return e.message.includes('\n') ? `multi-line message: ${e.message}` : null;
    return `${(e as Error).name}: ${(e as Error).message}`.slice(0, 300);
  }
}

function byteMutation(bytes: Uint8Array, rng: Rng): { bytes: Uint8Array; what: string } {
  const b = Uint8Array.from(bytes);
  switch (int(rng, 4)) {
    case 0: {
      const at = int(rng, b.length);
      return { bytes: b.subarray(0, at), what: `truncated at ${at}` };
    }
    case 1: {
      const flips: number[] = [];
      for (let k = 0, n = 1 + int(rng, 8); k < n; k++) {
        const at = int(rng, b.length);
        b[at] ^= 1 << int(rng, 8);
        flips.push(at);
      }
      return { bytes: b, what: `bits flipped at ${flips.join(',')}` };
    }
    case 2: {
      const at = int(rng, b.length);
      const len = 1 + int(rng, 16);
      const v = [0x00, 0xff, 0x7f, 0x80][int(rng, 4)];
      b.fill(v, at, at + len);
      return { bytes: b, what: `${len} bytes set to ${v} at ${at}` };
    }
    default: {
      const at = int(rng, b.length);
      const junk = Uint8Array.from({ length: 1 + int(rng, 32) }, () => int(rng, 256));
      const out = new Uint8Array(b.length + junk.length);
      out.set(b.subarray(0, at));
      out.set(junk, at);
      out.set(b.subarray(at), at + junk.length);
      return { bytes: out, what: `${junk.length} random bytes inserted at ${at}` };
    }
  }
}

const HOSTILE_DIMS = [0, -1, 1, 2, 3, 7, 2 ** 31, 2 ** 31 - 1, 50000, 1e9, 2 ** 53, -(2 ** 40)];

/** A tiny model with a structural mutation: dims, shapes, attribute values, opset. */
function tinyMutant(rng: Rng): { bytes: Uint8Array; what: string } {
  const pick = <T>(xs: readonly T[]): T => xs[int(rng, xs.length)];
  const d = (): number => pick(HOSTILE_DIMS);
  const kind = int(rng, 7);
  const conv = () => ({ op: 'Conv', inputs: ['x', 'W'], outputs: ['y'], attrs: [attr.ints('pads', [d(), d()]), attr.ints('strides', [Math.max(1, d())])] });
  const specs = [
    () => ({ what: 'input dims', spec: { input: { name: 'x', dims: [1, d()] }, nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] } }),
    () => ({ what: 'ConstantOfShape', spec: { nodes: [{ op: 'ConstantOfShape', inputs: ['s'], outputs: ['c'] }, { op: 'Add', inputs: ['x', 'c'], outputs: ['y'] }], inits: [int64Tensor('s', [2], [d(), d()])] } }),
    () => ({ what: 'initializer dims', spec: { nodes: [{ op: 'MatMul', inputs: ['x', 'W'], outputs: ['y'] }], inits: [{ ...floatTensor('W', [4, 3], randoms(12, 5)), dims: [d(), d()] }] } }),
    () => ({ what: 'Reshape target', spec: { nodes: [{ op: 'Reshape', inputs: ['x', 's'], outputs: ['r'] }, { op: 'Relu', inputs: ['r'], outputs: ['y'] }], inits: [int64Tensor('s', [2], [d(), d()])] } }),
    () => ({ what: 'Pad', spec: { nodes: [{ op: 'Pad', inputs: ['x', 'p'], outputs: ['y'] }], inits: [int64Tensor('p', [4], [d(), d(), d(), d()])] } }),
    () => ({ what: 'Conv pads', spec: { input: { name: 'x', dims: [1, 1, 8] }, nodes: [conv()], inits: [floatTensor('W', [2, 1, 3], randoms(6, 7))] } }),
    () => ({ what: 'opset and Gather', spec: { opset: d(), nodes: [{ op: 'Gather', inputs: ['x', 'i'], outputs: ['y'], attrs: [attr.int('axis', d())] }], inits: [int64Tensor('i', [2], [d(), d()])] } }),
  ];
  const { what, spec } = specs[kind]();
  let proto;
  try {
    proto = tinyProto(spec);
  } catch {
    proto = tinyProto({ nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] });
  }
  return { bytes: encodeModel(onnx.ModelProto.fromObject(proto.toJSON())), what: `${what}: ${JSON.stringify(spec).slice(0, 200)}` };
}

t.test('ONNX loader: mutated real and tiny models are loaded or rejected with a UserError', async tt => {
  const rng = seedrandom(testSeed('fuzz-onnx'));
  const failures: string[] = [];
  let cases = 0;
  for (let k = 0; k < 150; k++) {
    const m = byteMutation(ECG, rng);
    cases++;
    const f = outcome(() => loadOnnxBytes(m.bytes, 'ecg-mutant.onnx'));
    if (f) failures.push(`ECG ${m.what}: ${f}`);
  }
  for (let k = 0; k < 300; k++) {
    const m = k % 3 === 2 ? byteMutation(tinyMutant(rng).bytes, rng) : tinyMutant(rng);
    cases++;
    const f = outcome(() => loadOnnxBytes(m.bytes, 'tiny-mutant.onnx'));
    if (f) failures.push(`tiny ${m.what}: ${f}`);
  }
  tt.same(failures, [], `${cases} models, ${failures.length} non-UserError failures`);
});

t.test('data readers: mutated CSV, JSON and NPY files are read or rejected with a UserError', async tt => {
  const rng = seedrandom(testSeed('fuzz-data'));
  const fixtures = ['header_label_last.csv', 'label_first.csv', 'tab_header.tsv', 'semicolon_nolabel.csv', 'samples.json', 'samples_object.json', 'numpy_f2_fortran.npy', 'numpy_f8_be.npy'];
  const failures: string[] = [];
  let cases = 0;
  for (const name of fixtures) {
    const bytes = readFileSync(`${ROOT}test/fixtures/data/${name}`);
    for (let k = 0; k < 60; k++) {
      const m = byteMutation(bytes, rng);
      const path = join(dir, `m${cases}-${name}`);
      writeFileSync(path, m.bytes);
      cases++;
      for (const rows of ['all', [0], [1, 0]] as const) {
        const f = outcome(() => readSamples(path, rows === 'all' ? 'all' : [...rows], { labelColumn: (['first', 'last', 'none'] as const)[int(rng, 3)], expectedFeatures: 1 + int(rng, 4) }));
        if (f) failures.push(`${name} ${m.what}, rows ${JSON.stringify(rows)}: ${f}`);
      }
    }
  }
  // JSON with hostile structure.
  const hostile = ['[{"x": 1}]', '[{"x": []}]', '[{"x": [[[]]]}]', '{"samples": {}}', '[{"x": [1, "2"]}]', '[{"x": [1e999]}]', `[{"x": ${'['.repeat(100000)}${']'.repeat(100000)}}]`, '[{"x": [1], "label": 1e300}]', 'null', '[null]', '"text"'];
  for (const text of hostile) {
    const path = join(dir, `h${cases}.json`);
    writeFileSync(path, text);
    cases++;
    const f = outcome(() => readSamples(path, 'all', {}));
    if (f) failures.push(`json ${text.slice(0, 40)}: ${f}`);
  }
  tt.same(failures, [], `${cases} files, ${failures.length} non-UserError failures`);
});

t.test('CLI option parsers: random strings are parsed or rejected with a UserError', async tt => {
  const rng = seedrandom(testSeed('fuzz-options'));
  const alphabet = ['0', '1', '9', '-', '+', '.', 'e', 'E', ',', ':', '/', 'x', ' ', 'all', 'none', 'label', 'Infinity', 'NaN', '1e308', '1e-400', '99999999999999999999', '\u0000', 'é'];
  const failures: string[] = [];
  let cases = 0;
  const parsers: Record<string, (s: string) => unknown> = {
    number: s => parseNumber('--eps', s, v => v >= 0, 'a number ≥ 0'),
    scale: s => parseScale(s),
    domain: s => parseDomain(s),
    pairs: s => parsePairs(s),
    attack: s => parseAttackBudget(s),
    rows: s => parseRows(s.length > 12 ? s.slice(0, 12) : s),
  };
  for (let k = 0; k < 600; k++) {
    const s = Array.from({ length: int(rng, 8) }, () => alphabet[int(rng, alphabet.length)]).join('');
    for (const [name, parse] of Object.entries(parsers)) {
      cases++;
      const f = outcome(() => parse(s));
      if (f) failures.push(`${name} ${JSON.stringify(s)}: ${f}`);
    }
  }
  tt.same(failures, [], `${cases} option values, ${failures.length} non-UserError failures`);
});
