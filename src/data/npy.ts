/**
 * NumPy `.npy` reader (format versions 1.0, 2.0 and 3.0).
 *
 * Layout: magic `\x93NUMPY`, major and minor version bytes, header length (uint16 LE for v1,
 * uint32 LE for v2/v3), then a Python dict literal such as
 * `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 784), }` (latin-1, utf-8 for v3),
 * then the raw array data, which must be exactly prod(shape) · itemsize bytes.
 *
 * dtypes: f2 (IEEE half, decoded here), f4, f8, i1, i2, i4, i8, u1, u2, u4, u8, b1, each
 * little (`<`) or big (`>`) endian; `|` (no order) for one-byte types. Structured and object
 * dtypes are rejected.
 *
 * Samples: axis 0 indexes samples; the remaining axes are flattened row-major (C order). A
 * `fortran_order: True` array is read through column-major strides, so the result is the same
 * as for the C-order array with the same shape. Elements are decoded on demand, per selected row.
 */
import { UserError } from '../errors.js';
import { asLabel, type RawRow, type RowSource } from './rows.js';

export interface NpyArray {
  readonly shape: readonly number[];
  readonly descr: string;
  readonly fortranOrder: boolean;
  /** Element at flat storage index `i` (storage order: C or Fortran as in the header). */
  get(i: number): number;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** IEEE 754 binary16 → number. */
export function decodeFloat16(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24; // zero / subnormal
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : Number.NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

type Getter = (view: DataView, offset: number, littleEndian: boolean) => number;

const GETTERS: Record<string, Getter> = {
  f2: (v, o, le) => decodeFloat16(v.getUint16(o, le)),
  f4: (v, o, le) => v.getFloat32(o, le),
  f8: (v, o, le) => v.getFloat64(o, le),
  i1: (v, o) => v.getInt8(o),
  u1: (v, o) => v.getUint8(o),
  b1: (v, o) => (v.getUint8(o) === 0 ? 0 : 1),
  i2: (v, o, le) => v.getInt16(o, le),
  u2: (v, o, le) => v.getUint16(o, le),
  i4: (v, o, le) => v.getInt32(o, le),
  u4: (v, o, le) => v.getUint32(o, le),
  i8: (v, o, le) => Number(v.getBigInt64(o, le)),
  u8: (v, o, le) => Number(v.getBigUint64(o, le)),
};

function headerField(header: string, key: string): string | null {
  const m = new RegExp(`['"]${key}['"]\\s*:\\s*`).exec(header);
  return m === null ? null : header.slice(m.index + m[0].length);
}

/** Parse a whole `.npy` buffer; `name` is used in messages. */
export function parseNpy(buf: Buffer, name: string): NpyArray {
  const bad = (why: string): UserError => new UserError(`${name}: not a valid .npy file: ${why}`);
  if (buf.length < 10 || MAGIC.some((b, i) => buf[i] !== b)) throw bad('missing the \\x93NUMPY magic');
  const major = buf[6];
  const minor = buf[7];
  let headerLength: number;
  let headerStart: number;
  if (major === 1) {
    headerLength = buf.readUInt16LE(8);
    headerStart = 10;
  } else if (major === 2 || major === 3) {
    if (buf.length < 12) throw bad('truncated header');
    headerLength = buf.readUInt32LE(8);
    headerStart = 12;
  } else {
    throw new UserError(`${name}: unsupported .npy format version ${major}.${minor} (supported: 1.0, 2.0, 3.0)`);
  }
  const dataStart = headerStart + headerLength;
  if (dataStart > buf.length) throw bad('truncated header');
  const header = buf.toString(major === 3 ? 'utf8' : 'latin1', headerStart, dataStart);

  const descrText = headerField(header, 'descr');
  const fortranText = headerField(header, 'fortran_order');
  const shapeText = headerField(header, 'shape');
  if (descrText === null || fortranText === null || shapeText === null) {
    throw bad(`header lacks 'descr', 'fortran_order' or 'shape': ${header.trim()}`);
  }
  const descrMatch = /^['"]([^'"]*)['"]/.exec(descrText);
  if (descrMatch === null) throw new UserError(`${name}: structured .npy dtypes are not supported (descr ${descrText.split('}')[0]})`);
  const descr = descrMatch[1];
  const fortranMatch = /^(True|False)\b/.exec(fortranText);
  if (fortranMatch === null) throw bad(`bad fortran_order in ${header.trim()}`);
  const fortranOrder = fortranMatch[1] === 'True';
  const shapeMatch = /^\(([^)]*)\)/.exec(shapeText);
  if (shapeMatch === null) throw bad(`bad shape in ${header.trim()}`);
  const dims = shapeMatch[1].split(',').map((d) => d.trim()).filter((d) => d !== '');
  const shape = dims.map((d) => {
    if (!/^\d+L?$/.test(d)) throw bad(`bad shape in ${header.trim()}`);
    return Number.parseInt(d, 10);
  });

  const typeMatch = /^([<>|=])([a-z])(\d+)$/.exec(descr);
  const getter = typeMatch === null ? undefined : GETTERS[`${typeMatch[2]}${typeMatch[3]}`];
  if (typeMatch === null || getter === undefined) {
    throw new UserError(
      `${name}: unsupported .npy dtype '${descr}' (supported: f2 f4 f8 i1 i2 i4 i8 u1 u2 u4 u8 b1, little or big endian)`,
    );
  }
  const itemSize = Number(typeMatch[3]);
  if (typeMatch[1] === '|' && itemSize !== 1) throw bad(`dtype '${descr}' needs a byte order`);
  const littleEndian = typeMatch[1] !== '>'; // '=' is native; every platform Node 20 runs on is little endian

  const count = shape.reduce((a, b) => a * b, 1);
  const dataBytes = count * itemSize;
  if (!Number.isSafeInteger(dataBytes) || buf.length - dataStart !== dataBytes) {
    throw bad(`shape (${shape.join(', ')}) of ${descr} needs ${dataBytes} data bytes, the file has ${buf.length - dataStart}`);
  }
  const view = new DataView(buf.buffer, buf.byteOffset + dataStart, dataBytes);
  return { shape, descr, fortranOrder, get: (i) => getter(view, i * itemSize, littleEndian) };
}

/** Samples along axis 0 of a data array, with optional labels from a second (1-D) array. */
export class NpySource implements RowSource {
  readonly rowCount: number;
  private readonly featureCount: number;
  /** For Fortran order: storage offset of C-order feature f, in units of rowCount. */
  private readonly fortranOffsets: Float64Array | null;

  constructor(
    private readonly data: NpyArray,
    private readonly name: string,
    private readonly labels: { array: NpyArray; name: string } | null,
  ) {
    if (data.shape.length === 0) throw new UserError(`${name}: a 0-dimensional array holds no samples`);
    const [rows, ...rest] = data.shape;
    this.rowCount = rows;
    this.featureCount = rest.reduce((a, b) => a * b, 1);
    this.fortranOffsets = data.fortranOrder ? fortranFeatureOffsets(rest, this.featureCount) : null;
    if (labels !== null) {
      const s = labels.array.shape;
      if (!(s.length === 1 || (s.length === 2 && s[1] === 1))) {
        throw new UserError(`${labels.name}: labels must be a 1-D array, got shape (${s.join(', ')})`);
      }
      if (s[0] !== rows) throw new UserError(`${labels.name}: has ${s[0]} labels, ${name} has ${rows} rows`);
    }
  }

  read(row: number): RawRow {
    const n = this.featureCount;
    const x = new Float64Array(n);
    for (let f = 0; f < n; f++) {
      const i = this.fortranOffsets === null ? row * n + f : row + this.rowCount * this.fortranOffsets[f];
      const v = this.data.get(i);
      if (!Number.isFinite(v)) throw new UserError(`${this.name}: row ${row}, column ${f}: value ${v} is not a finite number`);
      x[f] = v;
    }
    let label: number | null = null;
    if (this.labels !== null) {
      const raw = this.labels.array.get(row);
      label = asLabel(raw);
      if (label === null) throw new UserError(`${this.labels.name}: row ${row}: label ${raw} is not a non-negative integer`);
    }
    return { x, label };
  }
}

/** Column-major offset (within one sample's trailing axes `dims`) of each C-order feature index. */
function fortranFeatureOffsets(dims: readonly number[], count: number): Float64Array {
  const strides: number[] = [];
  let s = 1;
  for (const d of dims) {
    strides.push(s);
    s *= d;
  }
  const out = new Float64Array(count);
  for (let f = 0; f < count; f++) {
    let rem = f;
    let off = 0;
    for (let a = dims.length - 1; a >= 0; a--) {
      off += (rem % dims[a]) * strides[a];
      rem = Math.floor(rem / dims[a]);
    }
    out[f] = off;
  }
  return out;
}
