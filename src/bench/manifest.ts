/**
 * Benchmark suite manifests (benchmarks/suites/<name>.json): declarative lists of twin pairs,
 * data, rows, ε values, methods and time limits. Validated when loaded, by hand: every problem is
 * one line naming the file, the entry and the field (`UserError`).
 *
 * File shape:
 *   { "suite": "ecg", "description": "…", "defaults": { <entry fields> }, "entries": [ <entry>, … ] }
 * Entry fields (defaults may give any but name, n1, n2):
 *   name         unique within the suite ([A-Za-z0-9._+-]+)
 *   scheme       quantized | pruned | distilled | fp16 | pruned+quantized
 *   n1           ONNX path (may be omitted when n2 is generated: it is then n2.from)
 *   n2           ONNX path, or { "from": <onnx>, "twin": TwinSpec } made by make-twin into a cache
 *   data         data file; labelColumn first | last | none; scale (number or "1/255");
 *   domain       [lo, hi] or null (z-scored signals)
 *   rows         [0, 3, …] or a row spec "0-4"; eps [ε, …]; methods [m, …]
 *   timeLimitSec per MILP solve; pairs "label" | "all" | [[i, j], …]; implication exact | sound | off;
 *   attack       "RxS" attack budget (default the verify default 4x20)
 * Paths are relative to the repository root (shared files as ../shared/data/…).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { parseRows } from '../data/read.js';
import { parseAttackBudget, parseScale } from '../io/options.js';
import type { LabelColumn } from '../data/read.js';
import type { InputDomain } from '../rsm/domain.js';
import { type ImplicationMode, type PairSpec, VERIFY_METHODS, type VerifyMethod } from '../verify/methods.js';
import type { AttackBudget } from '../attack/pgd.js';
import { VERIFY_DEFAULTS } from '../verify/options.js';
import type { Pair } from '../rsm/objective.js';

export const SCHEMES = ['quantized', 'pruned', 'distilled', 'fp16', 'pruned+quantized'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** The make-twin spec, as in src/twin/make-twin.ts (checked again there by checkTwinSpec). */
export interface TwinSpecJson {
  readonly prune?: { readonly fraction: number; readonly scope: 'global' | 'layer' };
  readonly quantize?: { readonly kind: 'int8' | 'int4' | 'fp16'; readonly granularity: 'tensor' | 'channel' };
}

export type ModelRef = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'twin'; readonly from: string; readonly twin: TwinSpecJson };

export interface SuiteEntry {
  readonly name: string;
  readonly scheme: Scheme;
  readonly n1: string;
  readonly n2: ModelRef;
  readonly data: string;
  readonly labelColumn: LabelColumn;
  readonly scale: number;
  readonly domain: InputDomain | null;
  readonly rows: readonly number[];
  readonly eps: readonly number[];
  readonly methods: readonly VerifyMethod[];
  readonly timeLimitSec: number;
  readonly pairs: PairSpec;
  readonly implication: ImplicationMode;
  readonly attack: AttackBudget | null;
}

export interface Suite {
  readonly name: string;
  readonly description: string;
  /** The manifest file, as given or resolved. */
  readonly file: string;
  readonly entries: readonly SuiteEntry[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const ENTRY_FIELDS = ['name', 'scheme', 'n1', 'n2', 'data', 'labelColumn', 'scale', 'domain', 'rows', 'eps', 'methods', 'timeLimitSec', 'pairs', 'implication', 'attack', 'comment'];
const DEFAULT_FIELDS = ENTRY_FIELDS.filter(f => !['name', 'n1', 'n2'].includes(f));
const TOP_FIELDS = ['suite', 'description', 'defaults', 'entries', 'comment'];
const MAX_QUERIES = 100_000;

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The repository root: paths in manifests are relative to it. */
export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/** A manifest path relative to the repository root (absolute paths are kept). */
export function repoPath(p: string): string {
  return isAbsolute(p) ? p : resolve(REPO_ROOT, p);
}

/** A suite name (benchmarks/suites/<name>.json) or a manifest path. */
export function suiteFile(nameOrPath: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(nameOrPath)) return resolve(REPO_ROOT, 'benchmarks', 'suites', `${nameOrPath}.json`);
  return resolve(nameOrPath);
}

export function loadSuite(nameOrPath: string): Suite {
  const file = suiteFile(nameOrPath);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    const known = /^[A-Za-z0-9_-]+$/.test(nameOrPath) ? ` (no suite '${nameOrPath}' in benchmarks/suites/)` : '';
    throw new UserError(`${file}: suite manifest not found${known}`);
  }
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (e) {
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  return parseSuite(json, file);
}

export function parseSuite(json: Json, file: string): Suite {
  const top = (msg: string): never => {
    throw new UserError(`${file}: ${msg}`);
  };
  if (!isObj(json)) return top('expected a JSON object with "suite" and "entries"');
  for (const k of Object.keys(json)) if (!TOP_FIELDS.includes(k)) top(`unknown field "${k}" (expected ${TOP_FIELDS.join(', ')})`);
  const name = json.suite;
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(name)) top('field "suite": expected a name of letters, digits, _ and -');
  const description = json.description ?? '';
  if (typeof description !== 'string') top('field "description": expected a string');
  const defaults = json.defaults ?? {};
  if (!isObj(defaults)) return top('field "defaults": expected an object');
  for (const k of Object.keys(defaults)) if (!DEFAULT_FIELDS.includes(k)) top(`defaults: unknown field "${k}" (allowed: ${DEFAULT_FIELDS.join(', ')})`);
  const entries = json.entries;
  if (!Array.isArray(entries) || entries.length === 0) return top('field "entries": expected a non-empty list');
  const seen = new Set<string>();
  const parsed = entries.map((raw, k) => {
    const label = isObj(raw) && typeof raw.name === 'string' ? `entry ${k} "${raw.name}"` : `entry ${k}`;
    const e = parseEntry(raw, defaults, (field, msg) => {
      throw new UserError(`${file}: ${label}: field "${field}": ${msg}`);
    }, (msg) => {
      throw new UserError(`${file}: ${label}: ${msg}`);
    });
    if (seen.has(e.name)) throw new UserError(`${file}: ${label}: field "name": duplicate entry name`);
    seen.add(e.name);
    return e;
  });
  const queries = parsed.reduce((a, e) => a + e.rows.length * e.eps.length * e.methods.length, 0);
  if (queries > MAX_QUERIES) top(`${queries} queries; at most ${MAX_QUERIES}`);
  return { name: name as string, description: description as string, file, entries: parsed };
}

function parseEntry(raw: Json, defaults: Obj, bad: (field: string, msg: string) => never, fail: (msg: string) => never): SuiteEntry {
  if (!isObj(raw)) return fail('expected an object');
  for (const k of Object.keys(raw)) if (!ENTRY_FIELDS.includes(k)) fail(`unknown field "${k}" (allowed: ${ENTRY_FIELDS.join(', ')})`);
  const get = (f: string): Json | undefined => (f in raw ? raw[f] : defaults[f]);
  const str = (f: string): string => {
    const v = get(f);
    if (typeof v !== 'string' || v.trim() === '') return bad(f, v === undefined ? 'missing' : 'expected a non-empty string');
    return v;
  };
  const name = str('name');
  if (!/^[A-Za-z0-9._+-]+$/.test(name)) bad('name', 'expected letters, digits and . _ + -');
  const scheme = str('scheme');
  if (!(SCHEMES as readonly string[]).includes(scheme)) bad('scheme', `expected one of ${SCHEMES.join(', ')}, got "${scheme}"`);
  const n2 = parseModelRef(get('n2'), bad);
  const n1raw = get('n1');
  const n1 = n1raw === undefined && n2.kind === 'twin' ? n2.from : str('n1');
  const data = str('data');
  const labelColumn = get('labelColumn') ?? VERIFY_DEFAULTS.labelColumn;
  if (labelColumn !== 'first' && labelColumn !== 'last' && labelColumn !== 'none') return bad('labelColumn', 'expected first, last or none');
  return {
    name,
    scheme: scheme as Scheme,
    n1,
    n2,
    data,
    labelColumn,
    scale: parseScaleField(get('scale'), bad),
    domain: parseDomainField(get('domain'), bad),
    rows: parseRowsField(get('rows'), bad),
    eps: numberList(get('eps'), 'eps', v => v >= 0, 'numbers ≥ 0', bad),
    methods: parseMethods(get('methods'), bad),
    timeLimitSec: positive(get('timeLimitSec') ?? VERIFY_DEFAULTS.timeLimitSec.manifest, 'timeLimitSec', bad),
    pairs: parsePairsField(get('pairs') ?? VERIFY_DEFAULTS.pairs, bad),
    implication: choice(get('implication') ?? VERIFY_DEFAULTS.implication, 'implication', ['exact', 'sound', 'off'] as const, bad),
    attack: parseAttack(get('attack'), bad),
  };
}

function parseModelRef(v: Json | undefined, bad: (field: string, msg: string) => never): ModelRef {
  if (typeof v === 'string' && v.trim() !== '') return { kind: 'file', path: v };
  if (!isObj(v)) return bad('n2', v === undefined ? 'missing' : 'expected an ONNX path or { "from": <onnx>, "twin": { "prune"?: …, "quantize"?: … } }');
  for (const k of Object.keys(v)) if (k !== 'from' && k !== 'twin') bad('n2', `unknown field "${k}" (expected from, twin)`);
  if (typeof v.from !== 'string' || v.from.trim() === '') return bad('n2.from', 'expected an ONNX path');
  const t = v.twin;
  if (!isObj(t)) return bad('n2.twin', 'expected { "prune"?: { fraction, scope }, "quantize"?: { kind, granularity } }');
  for (const k of Object.keys(t)) if (k !== 'prune' && k !== 'quantize') bad('n2.twin', `unknown field "${k}" (expected prune, quantize)`);
  if (t.prune === undefined && t.quantize === undefined) bad('n2.twin', 'expected prune and/or quantize');
  let prune: TwinSpecJson['prune'];
  let quantize: TwinSpecJson['quantize'];
  if (t.prune !== undefined) {
    const p = t.prune;
    if (!isObj(p) || typeof p.fraction !== 'number' || !(p.fraction > 0 && p.fraction < 1)) return bad('n2.twin.prune.fraction', 'expected a number in (0, 1)');
    const scope = choice(p.scope ?? 'global', 'n2.twin.prune.scope', ['global', 'layer'] as const, bad);
    prune = { fraction: p.fraction, scope };
  }
  if (t.quantize !== undefined) {
    const q = t.quantize;
    if (!isObj(q)) return bad('n2.twin.quantize', 'expected { kind, granularity }');
    quantize = { kind: choice(q.kind, 'n2.twin.quantize.kind', ['int8', 'int4', 'fp16'] as const, bad), granularity: choice(q.granularity ?? 'channel', 'n2.twin.quantize.granularity', ['tensor', 'channel'] as const, bad) };
  }
  return { kind: 'twin', from: v.from, twin: { ...(prune ? { prune } : {}), ...(quantize ? { quantize } : {}) } };
}

function choice<T extends string>(v: Json | undefined, field: string, options: readonly T[], bad: (field: string, msg: string) => never): T {
  const hit = options.find(o => o === v);
  return hit ?? bad(field, `expected one of ${options.join(', ')}, got ${JSON.stringify(v ?? null)}`);
}

function positive(v: Json, field: string, bad: (field: string, msg: string) => never): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return bad(field, 'expected a number > 0');
  return v;
}

function numberList(v: Json | undefined, field: string, ok: (v: number) => boolean, what: string, bad: (field: string, msg: string) => never): number[] {
  const list = typeof v === 'number' ? [v] : v;
  if (!Array.isArray(list) || list.length === 0) return bad(field, v === undefined ? 'missing' : `expected a non-empty list of ${what}`);
  const out = list.map(x => (typeof x === 'number' && Number.isFinite(x) && ok(x) ? x : bad(field, `expected ${what}, got ${JSON.stringify(x)}`)));
  if (new Set(out).size !== out.length) bad(field, 'a value is listed twice');
  return out;
}

function parseScaleField(v: Json | undefined, bad: (field: string, msg: string) => never): number {
  if (v === undefined) return 1;
  const s = typeof v === 'number' ? v : typeof v === 'string' ? viaOption(() => parseScale(v, 'scale'), 'scale', bad) : NaN;
  if (Number.isFinite(s) && s > 0) return s;
  return bad('scale', `expected a positive number or a fraction like "1/255", got ${JSON.stringify(v)}`);
}

function parseDomainField(v: Json | undefined, bad: (field: string, msg: string) => never): InputDomain | null {
  if (v === undefined) return bad('domain', 'missing (give [lo, hi], or null for z-scored signals)');
  if (v === null || v === 'none') return null;
  if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number' && v[0] < v[1]) return { lo: v[0], hi: v[1] };
  return bad('domain', `expected [lo, hi] with lo < hi, or null; got ${JSON.stringify(v)}`);
}

function parseRowsField(v: Json | undefined, bad: (field: string, msg: string) => never): number[] {
  if (typeof v === 'string') {
    let sel: number[] | 'all';
    try {
      sel = parseRows(v);
    } catch (e) {
      return bad('rows', (e as Error).message);
    }
    if (sel === 'all') return bad('rows', '"all" is not allowed in a suite; list the rows');
    return sel;
  }
  return numberList(v, 'rows', x => Number.isInteger(x) && x >= 0, 'whole numbers ≥ 0', bad);
}

function parseMethods(v: Json | undefined, bad: (field: string, msg: string) => never): VerifyMethod[] {
  if (!Array.isArray(v) || v.length === 0) return bad('methods', `expected a non-empty list of ${VERIFY_METHODS.join(', ')}`);
  const out = v.map(m => choice(m, 'methods', VERIFY_METHODS, bad));
  if (new Set(out).size !== out.length) bad('methods', 'a method is listed twice');
  return out;
}

function parsePairsField(v: Json, bad: (field: string, msg: string) => never): PairSpec {
  if (v === 'label' || v === 'all') return v;
  if (Array.isArray(v) && v.length > 0) {
    return v.map((p): Pair => {
      if (Array.isArray(p) && p.length === 2 && p.every(c => typeof c === 'number' && Number.isInteger(c) && c >= 0) && p[0] !== p[1]) return [p[0] as number, p[1] as number];
      return bad('pairs', `expected "label", "all" or a list of [i, j] class pairs with i ≠ j, got ${JSON.stringify(p)}`);
    });
  }
  return bad('pairs', `expected "label", "all" or a list of [i, j] class pairs, got ${JSON.stringify(v)}`);
}

function parseAttack(v: Json | undefined, bad: (field: string, msg: string) => never): AttackBudget | null {
  if (v === undefined || v === null) return null;
  if (v === 0) return { restarts: 0, steps: 0 };
  if (typeof v !== 'string') return bad('attack', `expected restarts x steps like "4x20", or "0"; got ${JSON.stringify(v)}`);
  return viaOption(() => parseAttackBudget(v, 'attack'), 'attack', bad);
}

/** Runs a CLI option parser (src/io/options.ts) on a manifest string, its UserError becoming the field's error. */
function viaOption<T>(parse: () => T, field: string, bad: (field: string, msg: string) => never): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof UserError) return bad(field, e.message);
    throw e;
  }
}
