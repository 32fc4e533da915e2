/**
 * Tests of the input-data readers (src/data/): CSV (header, separators, label column, CRLF,
 * gzip), JSON (both forms, nested x), NPY (written byte by byte here: f4, f8, u1, f2, Fortran
 * order, v2/v3 headers, big endian, labels; plus three tiny files written by numpy 2.4 under
 * test/fixtures/data/), the row-spec parser, every error message, and the real data files in
 * ../shared/data beside the repository (skipped when absent, failed under TWINMARGIN_REQUIRE_SHARED=1).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import t from 'tap';
import { UserError } from '../src/errors.js';
import { parseRows, readSamples, type DataOptions, type LabelColumn, type Sample } from '../src/data/read.js';
import { decodeFloat16 } from '../src/data/npy.js';
import { needShared } from './helpers/shared.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'data');
const fixture = (name: string): string => join(FIXTURES, name);

const work = mkdtempSync(join(tmpdir(), 'twinmargin-data-'));
t.teardown(() => rmSync(work, { recursive: true, force: true }));

/** Write a scratch file and return its path. */
function scratch(name: string, content: string | Buffer): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}

/** Build a .npy file byte by byte: magic, version, header length, padded dict, data. */
function npy(descr: string, shape: number[], data: Buffer, opts: { fortran?: boolean; version?: 1 | 2 | 3 } = {}): Buffer {
  const version = opts.version ?? 1;
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let dict = `{'descr': '${descr}', 'fortran_order': ${opts.fortran === true ? 'True' : 'False'}, 'shape': ${shapeText}, }`;
  const prefix = version === 1 ? 10 : 12;
  while ((prefix + dict.length + 1) % 64 !== 0) dict += ' ';
  dict += '\n';
  const head = Buffer.alloc(prefix);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]).copy(head);
  if (version === 1) head.writeUInt16LE(dict.length, 8);
  else head.writeUInt32LE(dict.length, 8);
  return Buffer.concat([head, Buffer.from(dict, 'latin1'), data]);
}

const f4le = (v: number[]): Buffer => {
  const b = Buffer.alloc(4 * v.length);
  v.forEach((x, i) => b.writeFloatLE(x, 4 * i));
  return b;
};
const f4be = (v: number[]): Buffer => {
  const b = Buffer.alloc(4 * v.length);
  v.forEach((x, i) => b.writeFloatBE(x, 4 * i));
  return b;
};
const f8le = (v: number[]): Buffer => {
  const b = Buffer.alloc(8 * v.length);
  v.forEach((x, i) => b.writeDoubleLE(x, 8 * i));
  return b;
};
const u16le = (v: number[]): Buffer => {
  const b = Buffer.alloc(2 * v.length);
  v.forEach((x, i) => b.writeUInt16LE(x, 2 * i));
  return b;
};
const i32le = (v: number[]): Buffer => {
  const b = Buffer.alloc(4 * v.length);
  v.forEach((x, i) => b.writeInt32LE(x, 4 * i));
  return b;
};
const i64le = (v: number[]): Buffer => {
  const b = Buffer.alloc(8 * v.length);
  v.forEach((x, i) => b.writeBigInt64LE(BigInt(x), 8 * i));
  return b;
};

const xs = (samples: Sample[]): number[][] => samples.map((s) => Array.from(s.x));
const labels = (samples: Sample[]): (number | null)[] => samples.map((s) => s.label);

/** The part of a tap Test that throwsUser needs. */
interface Asserts {
  ok(value: unknown, message: string): boolean;
  equal(found: unknown, wanted: unknown, message: string): boolean;
  fail(message: string): boolean;
}

/** Assert that fn throws a UserError with exactly this message. */
function throwsUser(t: Asserts, fn: () => unknown, message: string): void {
  try {
    fn();
    t.fail(`expected UserError: ${message}`);
  } catch (e) {
    t.ok(e instanceof UserError, `${String(e)} is a UserError`);
    t.equal((e as Error).message, message, 'message');
  }
}

t.test('parseRows', async (t) => {
  t.equal(parseRows('all'), 'all');
  t.equal(parseRows(' ALL '), 'all');
  t.same(parseRows('3'), [3]);
  t.same(parseRows('0-4'), [0, 1, 2, 3, 4]);
  t.same(parseRows('0,2,5-7'), [0, 2, 5, 6, 7]);
  t.same(parseRows(' 9 , 1 - 2 '), [9, 1, 2], 'order is kept, spaces allowed');
  throwsUser(t, () => parseRows(''), 'empty row selection: give e.g. "0-9", "3", "0,2,5-7" or "all"');
  throwsUser(t, () => parseRows('1,,2'), 'invalid row selection "1,,2": "" is not a row number or a range a-b');
  throwsUser(t, () => parseRows('-1'), 'invalid row selection "-1": "-1" is not a row number or a range a-b');
  throwsUser(t, () => parseRows('a-b'), 'invalid row selection "a-b": "a-b" is not a row number or a range a-b');
  throwsUser(t, () => parseRows('1.5'), 'invalid row selection "1.5": "1.5" is not a row number or a range a-b');
  throwsUser(t, () => parseRows('5-2'), 'invalid row selection "5-2": range "5-2" is descending');
  throwsUser(t, () => parseRows('0-3,2'), 'invalid row selection "0-3,2": row 2 is selected twice');
  throwsUser(t, () => parseRows('0-99999999'), 'invalid row selection "0-99999999": more than 10000000 rows selected');
  throwsUser(t, () => parseRows('99999999999999999999'), 'invalid row selection "99999999999999999999": "99999999999999999999" is too large');
});

t.test('CSV', async (t) => {
  t.test('header, label last (default)', async (t) => {
    const s = readSamples(fixture('header_label_last.csv'), 'all', {});
    t.same(xs(s), [[0.5, 1, -0.25], [1, 2, 3], [4, 5, 6]]);
    t.same(labels(s), [3, 0, 7]);
    t.same(s.map((r) => r.row), [0, 1, 2]);
    t.ok(s[0].x instanceof Float64Array);
  });
  t.test('no header, label first, blank line skipped, selection order kept', async (t) => {
    const s = readSamples(fixture('label_first.csv'), [2, 0], { labelColumn: 'first' });
    t.same(xs(s), [[100, 0.5, -0], [0, 255, 128]]);
    t.same(labels(s), [1, 7]);
    t.same(s.map((r) => r.row), [2, 0]);
  });
  t.test('semicolons, no label', async (t) => {
    const s = readSamples(fixture('semicolon_nolabel.csv'), 'all', { labelColumn: 'none' });
    t.same(xs(s), [[1.5, 2.5], [3.5, 4.5]]);
    t.same(labels(s), [null, null]);
  });
  t.test('tabs with header (.tsv)', async (t) => {
    const s = readSamples(fixture('tab_header.tsv'), 'all', {});
    t.same(xs(s), [[1, 2], [3, 4]]);
    t.same(labels(s), [1, 0]);
  });
  t.test('gzip (made by gzip -9n)', async (t) => {
    const s = readSamples(fixture('label_last.csv.gz'), 'all', { scale: 2 });
    t.same(xs(s), [[0.5, 1], [1.5, 2]]);
    t.same(labels(s), [1, 2]);
  });
  t.test('CRLF, BOM, no final newline, trailing blank lines, whitespace separated, ", "', async (t) => {
    const crlf = scratch('crlf.csv', '\ufeffp0,p1,y\r\n1,2,3\r\n4,5,6\r\n\r\n\r\n');
    t.same(xs(readSamples(crlf, 'all', {})), [[1, 2], [4, 5]]);
    const noFinal = scratch('nofinal.csv', '1,2,3\n4,5,6');
    t.same(labels(readSamples(noFinal, 'all', {})), [3, 6]);
    const ws = scratch('spaces.txt.csv', '1.0e+00 2.0e+00 3.0e+00\n  4 5   6\n');
    t.same(xs(readSamples(ws, 'all', { labelColumn: 'none' })), [[1, 2, 3], [4, 5, 6]]);
    const commaSpace = scratch('commaspace.csv', '1, 2, 3\n4, 5, 6\n');
    t.same(xs(readSamples(commaSpace, [1], {})), [[4, 5]]);
  });
  t.test('large-ish file: only selected rows are parsed, others may be bad', async (t) => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i === 1500 ? 'oops,1,0' : `${i},${i + 0.5},1`));
    const p = scratch('big.csv', `${lines.join('\n')}\n`);
    const s = readSamples(p, [1999, 3], {});
    t.same(xs(s), [[1999, 1999.5], [3, 3.5]]);
    throwsUser(t, () => readSamples(p, [1500], {}), 'big.csv: row 1500 (line 1501), column 0: "oops" is not a finite number');
  });
});

t.test('JSON', async (t) => {
  t.test('array form, nested x flattened row-major, label optional', async (t) => {
    const s = readSamples(fixture('samples.json'), 'all', { expectedFeatures: 4 });
    t.same(xs(s), [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
    t.same(labels(s), [3, 0, null]);
  });
  t.test('{"samples": [...]} form, label null, scale', async (t) => {
    const s = readSamples(fixture('samples_object.json'), [1, 0], { scale: 0.5 });
    t.same(xs(s), [[1.5, 2, 2.5], [0.25, 0.75, 1.25]]);
    t.same(labels(s), [2, null]);
  });
  t.test('deeper nesting and gzip', async (t) => {
    const doc = [{ x: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], label: 1 }];
    const p = scratch('deep.json.gz', gzipSync(JSON.stringify(doc)));
    t.same(xs(readSamples(p, 'all', {})), [[1, 2, 3, 4, 5, 6, 7, 8]]);
  });
});

t.test('NPY', async (t) => {
  t.test('float16 decoding', async (t) => {
    t.equal(decodeFloat16(0x3c00), 1);
    t.equal(decodeFloat16(0xc000), -2);
    t.equal(decodeFloat16(0x3555), 0.333251953125);
    t.equal(decodeFloat16(0x0001), 2 ** -24, 'smallest subnormal');
    t.equal(decodeFloat16(0x7bff), 65504, 'largest finite');
    t.equal(decodeFloat16(0x8000), -0);
    t.equal(decodeFloat16(0x7c00), Infinity);
    t.equal(decodeFloat16(0xfc00), -Infinity);
    t.ok(Number.isNaN(decodeFloat16(0x7e00)));
  });
  t.test('<f4, 3-D array flattened per sample', async (t) => {
    const p = scratch('f4.npy', npy('<f4', [2, 2, 2], f4le([1, 2, 3, 4, 5, 6, 7, 8.5])));
    const s = readSamples(p, 'all', { expectedFeatures: 4 });
    t.same(xs(s), [[1, 2, 3, 4], [5, 6, 7, 8.5]]);
    t.same(labels(s), [null, null]);
  });
  t.test('<f8 with a v2 header, >f4 with a v3 header', async (t) => {
    const p2 = scratch('f8v2.npy', npy('<f8', [2, 2], f8le([0.1, 0.2, 0.3, 0.4]), { version: 2 }));
    t.same(xs(readSamples(p2, [1], {})), [[0.3, 0.4]]);
    const p3 = scratch('f4bev3.npy', npy('>f4', [1, 3], f4be([1.5, -2, 0.25]), { version: 3 }));
    t.same(xs(readSamples(p3, 'all', {})), [[1.5, -2, 0.25]]);
  });
  t.test('|u1 with scale 1/255, <i4 labels', async (t) => {
    const p = scratch('u1.npy', npy('|u1', [2, 3], Buffer.from([0, 255, 51, 10, 20, 30])));
    const l = scratch('u1_labels.npy', npy('<i4', [2], i32le([7, 0])));
    const s = readSamples(p, 'all', { scale: 1 / 255, labelsPath: l });
    t.same(xs(s), [[0, 1, 0.2], [10 / 255, 20 / 255, 30 / 255]]);
    t.same(labels(s), [7, 0]);
  });
  t.test('<f2 and 1-D data (one feature per sample)', async (t) => {
    const p = scratch('f2.npy', npy('<f2', [2, 2], u16le([0x3c00, 0xc000, 0x3555, 0x0001])));
    t.same(xs(readSamples(p, 'all', {})), [[1, -2], [0.333251953125, 2 ** -24]]);
    const p1 = scratch('f4_1d.npy', npy('<f4', [3], f4le([1, 2, 3])));
    t.same(xs(readSamples(p1, 'all', {})), [[1], [2], [3]]);
  });
  t.test('fortran_order: True is transposed to row-major', async (t) => {
    // Logical a (2×3) = [[1,2,3],[4,5,6]]; column-major storage is 1,4,2,5,3,6.
    const p = scratch('fortran.npy', npy('<f4', [2, 3], f4le([1, 4, 2, 5, 3, 6]), { fortran: true }));
    t.same(xs(readSamples(p, 'all', {})), [[1, 2, 3], [4, 5, 6]]);
    // 3-D: a[i,j,k] = 100i + 10j + k, shape (2,2,3); storage index = i + 2j + 4k.
    const vals: number[] = new Array<number>(12);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) for (let k = 0; k < 3; k++) vals[i + 2 * j + 4 * k] = 100 * i + 10 * j + k;
    const p3 = scratch('fortran3.npy', npy('<f8', [2, 2, 3], f8le(vals), { fortran: true }));
    t.same(xs(readSamples(p3, [1], {})), [[100, 101, 102, 110, 111, 112]]);
  });
  t.test('files written by numpy (f2 fortran 3-D, >f8, <i8 labels)', async (t) => {
    const s = readSamples(fixture('numpy_f2_fortran.npy'), 'all', { labelsPath: fixture('numpy_labels_i8.npy') });
    t.same(xs(s), [
      [-1, -0.75, -0.5, -0.25, 0, 0.25],
      [0.5, 0.75, 1, 1.25, 1.5, 1.75],
    ]);
    t.same(labels(s), [4, 9]);
    t.same(xs(readSamples(fixture('numpy_f8_be.npy'), 'all', {})), [[1.5, -2], [3.25, 1e-3]]);
  });
  t.test('gzip and the other integer dtypes', async (t) => {
    const p = scratch('i8.npy.gz', gzipSync(npy('<i8', [1, 2], i64le([-5, 1234567890123]))));
    t.same(xs(readSamples(p, 'all', {})), [[-5, 1234567890123]]);
    const pi1 = scratch('i1.npy', npy('|i1', [1, 2], Buffer.from([0xff, 0x7f])));
    t.same(xs(readSamples(pi1, 'all', {})), [[-1, 127]]);
  });
});

t.test('errors', async (t) => {
  const hdr = fixture('header_label_last.csv');
  t.test('files and options', async (t) => {
    const missing = join(work, 'nope.csv');
    throwsUser(t, () => readSamples(missing, 'all', {}), `data file not found: ${missing}`);
    throwsUser(t, () => readSamples(work, 'all', {}), `${basename(work)}: unsupported data file extension; supported: .csv, .tsv, .json, .npy (each optionally .gz)`);
    const dir = join(work, 'adir.csv');
    mkdirSync(dir);
    throwsUser(t, () => readSamples(dir, 'all', {}), `data file is a directory: ${dir}`);
    throwsUser(t, () => readSamples(scratch('x.bin', 'abc'), 'all', {}), 'x.bin: unsupported data file extension; supported: .csv, .tsv, .json, .npy (each optionally .gz)');
    throwsUser(t, () => readSamples(scratch('bad.csv.gz', 'not gzip'), 'all', {}), 'bad.csv.gz: not a valid gzip file (incorrect header check)');
    throwsUser(t, () => readSamples(hdr, 'all', { scale: 0 }), 'scale must be a positive finite number, got 0');
    throwsUser(t, () => readSamples(hdr, 'all', { scale: Number.NaN }), 'scale must be a positive finite number, got NaN');
    throwsUser(t, () => readSamples(hdr, 'all', { labelColumn: 'middle' as LabelColumn }), 'labelColumn must be one of first, last, none, got middle');
    throwsUser(t, () => readSamples(hdr, 'all', { expectedFeatures: 2.5 }), 'expectedFeatures must be a positive integer, got 2.5');
    throwsUser(t, () => readSamples(hdr, 'all', { labelsPath: 'l.npy' }), 'header_label_last.csv: a separate labels file is only supported for .npy data');
  });
  t.test('row selection', async (t) => {
    throwsUser(t, () => readSamples(hdr, [3], {}), 'header_label_last.csv: row 3 requested, the file has 3 rows');
    throwsUser(t, () => readSamples(hdr, [0, 500], {}), 'header_label_last.csv: row 500 requested, the file has 3 rows');
    throwsUser(t, () => readSamples(hdr, [], {}), 'header_label_last.csv: empty row selection');
    throwsUser(t, () => readSamples(scratch('empty.csv', ''), 'all', {}), 'empty.csv: the file has no data rows');
    throwsUser(t, () => readSamples(scratch('hdronly.csv', 'a,b,label\r\n'), 'all', {}), 'hdronly.csv: the file has no data rows (line 1 was read as a header because none of its cells is a number; pass --header no if it is data)');
    throwsUser(t, () => readSamples(scratch('one.csv', '1,2\n'), [1], {}), 'one.csv: row 1 requested, the file has 1 row');
  });
  t.test('CSV features', async (t) => {
    const p = scratch('bad.csv', '1,NaN,3\n1,abc,2\n1,,2\n1,inf,2\n1,1e999,2\n0x10,1,2\n-Infinity,1,2\n');
    throwsUser(t, () => readSamples(p, [0], {}), 'bad.csv: row 0 (line 1), column 1: "NaN" is not a finite number');
    throwsUser(t, () => readSamples(p, [1], {}), 'bad.csv: row 1 (line 2), column 1: "abc" is not a finite number');
    throwsUser(t, () => readSamples(p, [2], {}), 'bad.csv: row 2 (line 3), column 1: "" is not a finite number');
    throwsUser(t, () => readSamples(p, [3], {}), 'bad.csv: row 3 (line 4), column 1: "inf" is not a finite number');
    throwsUser(t, () => readSamples(p, [4], {}), 'bad.csv: row 4 (line 5), column 1: "1e999" is not a finite number');
    throwsUser(t, () => readSamples(p, [5], {}), 'bad.csv: row 5 (line 6), column 0: "0x10" is not a finite number');
    throwsUser(t, () => readSamples(p, [6], {}), 'bad.csv: row 6 (line 7), column 0: "-Infinity" is not a finite number');
    const hd = scratch('hdr_bad.csv', 'a,b,c\n\n1,2,zz\n');
    throwsUser(t, () => readSamples(hd, 'all', { labelColumn: 'none' }), 'hdr_bad.csv: row 0 (line 3), column 2: "zz" is not a finite number');
  });
  t.test('CSV labels', async (t) => {
    const p = scratch('labels.csv', '1,2,7.5\n1,2,-1\n1,2,x\n1,2,\n1,2,3\n');
    throwsUser(t, () => readSamples(p, [0], {}), 'labels.csv: row 0 (line 1), column 2: label "7.5" is not a non-negative integer; column 0 holds "1": if that is the label, set --label-col first');
    throwsUser(t, () => readSamples(p, [1], {}), 'labels.csv: row 1 (line 2), column 2: label "-1" is not a non-negative integer; column 0 holds "1": if that is the label, set --label-col first');
    throwsUser(t, () => readSamples(p, [2], {}), 'labels.csv: row 2 (line 3), column 2: label "x" is not a non-negative integer');
    throwsUser(t, () => readSamples(p, [3], {}), 'labels.csv: row 3 (line 4), column 2: label "" is not a non-negative integer');
    t.same(labels(readSamples(p, [4], { labelColumn: 'first' })), [1]);
  });
  t.test('row lengths', async (t) => {
    const ragged = scratch('ragged.csv', '1,2,0\n3,4,1\n5,1\n');
    throwsUser(t, () => readSamples(ragged, 'all', {}), 'ragged.csv: row 2 (line 3) has 2 fields, expected 3 like row 0 (line 1)');
    throwsUser(t, () => readSamples(ragged, [2], {}), 'ragged.csv: row 2 (line 3) has 2 fields, expected 3 like row 0 (line 1)'); // row 0 (or the header) is the reference, selected or not
    const hdrRagged = scratch('hdr_ragged.csv', 'a,b,label\n1,2,0\n3,4,5,1\n');
    throwsUser(t, () => readSamples(hdrRagged, [1], {}), 'hdr_ragged.csv: row 1 (line 3) has 4 fields, expected 3 like the header (line 1)');
    const mnist = scratch('mnist.csv', '7,1,2,3\n');
    throwsUser(t, () => readSamples(mnist, 'all', { labelColumn: 'first', expectedFeatures: 4 }), 'mnist.csv: row 0 has 3 features, the networks take 4 (is there really a label column?)');
    throwsUser(t, () => readSamples(mnist, 'all', { labelColumn: 'none', expectedFeatures: 3 }), 'mnist.csv: row 0 has 4 features, the networks take 3 (is there a label column?)');
    throwsUser(t, () => readSamples(mnist, 'all', { expectedFeatures: 10 }), 'mnist.csv: row 0 has 3 features, the networks take 10');
    throwsUser(t, () => readSamples(scratch('lonely.csv', '1\n2\n'), 'all', {}), 'lonely.csv: row 0 has no features');
    throwsUser(t, () => readSamples(fixture('samples.json'), [1], { expectedFeatures: 5 }), 'samples.json: row 1 has 4 features, the networks take 5');
    throwsUser(t, () => readSamples(scratch('huge.csv', '1e300,0\n'), 'all', { scale: 1e10 }), 'huge.csv: row 0, column 0: 1e+300 × 10000000000 overflows');
  });
  t.test('JSON', async (t) => {
    const j = (name: string, doc: unknown): string => scratch(name, JSON.stringify(doc));
    throwsUser(t, () => readSamples(scratch('broken.json', '[{"x": [1,'), 'all', {}), 'broken.json: invalid JSON (Unexpected end of JSON input)');
    throwsUser(t, () => readSamples(j('top.json', { data: [] }), 'all', {}), 'top.json: expected an array of samples or {"samples": [...]}');
    throwsUser(t, () => readSamples(j('nox.json', [{ y: [1] }]), 'all', {}), 'nox.json: row 0: expected an object {"x": [...], "label": ...}');
    throwsUser(t, () => readSamples(j('scalar.json', [{ x: 3 }]), 'all', {}), 'scalar.json: row 0: "x" must be an array of numbers');
    throwsUser(t, () => readSamples(j('ragged.json', [{ x: [[1, 2], [3]] }]), 'all', {}), 'ragged.json: row 0: "x" is a ragged nested array (expected shape [2, 2])');
    throwsUser(t, () => readSamples(j('deeper.json', [{ x: [1, [2]] }]), 'all', {}), 'deeper.json: row 0: "x" is a ragged nested array (expected shape [2])');
    throwsUser(t, () => readSamples(j('str.json', [{ x: [1, 2] }, { x: [1, '2'] }]), [1], {}), 'str.json: row 1, column 1: "2" is not a finite number');
    throwsUser(t, () => readSamples(scratch('inf.json', '[{"x": [1e999, 2]}]'), 'all', {}), 'inf.json: row 0, column 0: Infinity is not a finite number');
    throwsUser(t, () => readSamples(j('nul.json', [{ x: [[1, null]] }]), 'all', {}), 'nul.json: row 0, column 1: null is not a finite number');
    throwsUser(t, () => readSamples(j('lab.json', [{ x: [1], label: 2.5 }]), 'all', {}), 'lab.json: row 0: label 2.5 is not a non-negative integer');
    throwsUser(t, () => readSamples(j('labs.json', [{ x: [1], label: '3' }]), 'all', {}), 'labs.json: row 0: label "3" is not a non-negative integer');
    throwsUser(t, () => readSamples(j('rag2.json', [{ x: [1, 2] }, { x: [1, 2, 3] }]), 'all', {}), 'rag2.json: row 1 has 3 features, row 0 has 2');
  });
  t.test('NPY', async (t) => {
    throwsUser(t, () => readSamples(scratch('magic.npy', 'hello world, not numpy'), 'all', {}), 'magic.npy: not a valid .npy file: missing the \\x93NUMPY magic');
    const v4 = npy('<f4', [1, 1], f4le([1]));
    v4[6] = 4;
    throwsUser(t, () => readSamples(scratch('v4.npy', v4), 'all', {}), 'v4.npy: unsupported .npy format version 4.0 (supported: 1.0, 2.0, 3.0)');
    throwsUser(t, () => readSamples(scratch('c8.npy', npy('<c8', [1, 1], Buffer.alloc(8))), 'all', {}), "c8.npy: unsupported .npy dtype '<c8' (supported: f2 f4 f8 i1 i2 i4 i8 u1 u2 u4 u8 b1, little or big endian)");
    const structured = Buffer.concat([npy('<f4', [1], Buffer.alloc(0)).subarray(0, 10), Buffer.from("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }\n")]);
    structured.writeUInt16LE(structured.length - 10, 8);
    throwsUser(t, () => readSamples(scratch('struct.npy', Buffer.concat([structured, Buffer.alloc(4)])), 'all', {}), "struct.npy: structured .npy dtypes are not supported (descr [('a', '<f4')], 'fortran_order': False, 'shape': (1,), )");
    throwsUser(t, () => readSamples(scratch('short.npy', npy('<f4', [2, 2], f4le([1, 2, 3]))), 'all', {}), 'short.npy: not a valid .npy file: shape (2, 2) of <f4 needs 16 data bytes, the file has 12');
    throwsUser(t, () => readSamples(scratch('scalar.npy', npy('<f4', [], f4le([1]))), 'all', {}), 'scalar.npy: a 0-dimensional array holds no samples');
    throwsUser(t, () => readSamples(scratch('zero.npy', npy('<f4', [0, 4], Buffer.alloc(0))), 'all', {}), 'zero.npy: the file has no data rows');
    throwsUser(t, () => readSamples(scratch('nan.npy', npy('<f4', [2, 2], f4le([1, 2, 3, Number.NaN]))), [1], {}), 'nan.npy: row 1, column 1: value NaN is not a finite number');
    throwsUser(t, () => readSamples(scratch('inf16.npy', npy('<f2', [1, 2], u16le([0x3c00, 0xfc00]))), 'all', {}), 'inf16.npy: row 0, column 1: value -Infinity is not a finite number');
    throwsUser(t, () => readSamples(scratch('range.npy', npy('<f4', [2, 1], f4le([1, 2]))), [2], {}), 'range.npy: row 2 requested, the file has 2 rows');
    const data = scratch('d.npy', npy('<f4', [2, 1], f4le([1, 2])));
    const missing = join(work, 'missing_labels.npy');
    throwsUser(t, () => readSamples(data, 'all', { labelsPath: missing }), `labels file not found: ${missing}`);
    throwsUser(t, () => readSamples(data, 'all', { labelsPath: scratch('l3.npy', npy('<i4', [3], i32le([1, 2, 3]))) }), 'l3.npy: has 3 labels, d.npy has 2 rows');
    throwsUser(t, () => readSamples(data, 'all', { labelsPath: scratch('l22.npy', npy('<i4', [2, 2], i32le([1, 2, 3, 4]))) }), 'l22.npy: labels must be a 1-D array, got shape (2, 2)');
    throwsUser(t, () => readSamples(data, [1], { labelsPath: scratch('lf.npy', npy('<f4', [2], f4le([1, 2.5]))) }), 'lf.npy: row 1: label 2.5 is not a non-negative integer');
    throwsUser(t, () => readSamples(data, [1], { labelsPath: scratch('ln.npy', npy('<i4', [2], i32le([1, -3]))) }), 'ln.npy: row 1: label -3 is not a non-negative integer');
    const col = readSamples(data, 'all', { labelsPath: scratch('lcol.npy', npy('<f4', [2, 1], f4le([5, 6]))) });
    t.same(labels(col), [5, 6], 'an (n, 1) float array of integral labels is accepted');
  });
});

t.test('real data in ../shared/data', async (t) => {
  t.test('MIT-BIH beats260: 417 rows, 260 features, label last', async (t) => {
    const [p] = needShared(t, 'data/ecg_mitbih/beats260/mitbih260_beats_subset.csv') ?? [];
    if (!p) return;
    const opts: DataOptions = { labelColumn: 'last', expectedFeatures: 260 };
    const s = readSamples(p, 'all', opts);
    t.equal(s.length, 417);
    t.ok(s.every((r) => r.x.length === 260));
    t.equal(s[0].x[0], -0.1942944);
    const counts = [0, 0, 0, 0, 0];
    for (const r of s) counts[r.label ?? 0]++;
    t.same(counts, [100, 100, 100, 17, 100], 'class counts from the README');
    throwsUser(t, () => readSamples(p, [500], opts), 'mitbih260_beats_subset.csv: row 500 requested, the file has 417 rows');
  });
  t.test('MNIST first 100: label first, scale 1/255', async (t) => {
    const [p] = needShared(t, 'data/mnist/mnist_test_first100.csv') ?? [];
    if (!p) return;
    const s = readSamples(p, parseRows('0-9'), { labelColumn: 'first', scale: 1 / 255, expectedFeatures: 784 });
    t.equal(s.length, 10);
    t.equal(s[0].label, 7);
    t.equal(s[0].x.length, 784);
    t.ok(s.every((r) => r.x.every((v) => v >= 0 && v <= 1)));
    t.ok(s[0].x.some((v) => v === 1), 'pixel 255 maps to 1');
    t.equal(readSamples(p, 'all', { labelColumn: 'first' }).length, 100);
  });
});
