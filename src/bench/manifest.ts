/**
 * Benchmark suite manifests (benchmarks/suites/<name>.json): declarative lists of twin pairs,
 * data, rows, ε values, methods and time limits. Validated when loaded: every problem is one line
 * naming the file, the entry and the field (`UserError`). The query fields (labelColumn, scale,
 * domain, rows, eps, methods, timeLimitSec, pairs, implication, attack) share one schema each with
 * the --config file's keys (src/io/query-schema.ts): they accept the same values, the
 * command-line text ("0-4", "1/255", "0:1,2:3", "4x20") included, with the same messages.
 *
 * File shape:
 *   { "suite": "ecg", "description": "…", "defaults": { <entry fields> }, "entries": [ <entry>, … ] }
 * Entry fields (defaults may give any but name, n1, n2):
 *   name         unique within the suite ([A-Za-z0-9._+-]+)
 *   scheme       quantized | pruned | distilled | fp16 | pruned+quantized
 *   n1           ONNX path (may be omitted when n2 is generated: it is then n2.from)
 *   n2           ONNX path, or { "from": <onnx>, "twin": TwinSpec } made by make-twin into a cache
 *   data         data file; labelColumn first | last | none; scale (number or "1/255");
 *   domain       [lo, hi] or null (z-scored signals), or "lo,hi" / "none"
 *   rows         [0, 3, …] or a row spec "0-4"; eps [ε, …]; methods [m, …] (one value: a list of one)
 *   timeLimitSec per MILP solve; pairs "label" | "all" | [[i, j], …] | "0:1,2:3"; implication exact | sound | off;
 *   attack       "RxS" attack budget (default the verify default 4x20)
 * Paths are relative to the repository root (shared files as ../shared/data/…).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../errors.js';
import type { LabelColumn } from '../data/read.js';
import { attackField, domainField, epsField, implicationField, labelColumnField, listOf, methodField, pairsField, rowsField, scaleField, timeLimitField } from '../io/query-schema.js';
import type { InputDomain } from '../rsm/domain.js';
import { type ImplicationMode, type PairSpec, VERIFY_METHODS, type VerifyMethod } from '../verify/methods.js';
import type { AttackBudget } from '../attack/pgd.js';
import { VERIFY_DEFAULTS } from '../verify/options.js';

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

/** Non-empty text; `missing` when absent. */
const text = z.string({ error: i => (i.input === undefined ? 'missing' : 'expected a non-empty string') }).refine(v => v.trim() !== '', 'expected a non-empty string');

/** An entry with its defaults merged in: the query fields by their shared schemas (src/io/query-schema.ts), n1 and n2 by parseModelRef. */
const ENTRY = z.strictObject({
  name: text.refine(v => /^[A-Za-z0-9._+-]+$/.test(v), 'expected letters, digits and . _ + -'),
  scheme: text.pipe(z.enum(SCHEMES, { error: i => `expected one of ${SCHEMES.join(', ')}, got ${JSON.stringify(i.input)}` })),
  n1: z.unknown().optional(),
  n2: z.unknown().optional(),
  data: text,
  labelColumn: labelColumnField.default(VERIFY_DEFAULTS.labelColumn),
  scale: scaleField.default(1),
  domain: domainField,
  rows: rowsField.pipe(z.array(z.number(), { error: '"all" is not allowed in a suite; list the rows' })),
  eps: listOf(epsField, 'numbers ≥ 0'),
  methods: listOf(methodField, VERIFY_METHODS.join(', ')),
  timeLimitSec: timeLimitField.default(VERIFY_DEFAULTS.timeLimitSec.manifest),
  pairs: pairsField.default(VERIFY_DEFAULTS.pairs),
  implication: implicationField.default(VERIFY_DEFAULTS.implication),
  attack: attackField.default(null),
  comment: z.unknown().optional(),
});
const ENTRY_FIELDS = Object.keys(ENTRY.shape);
const DEFAULT_FIELDS = ENTRY_FIELDS.filter(f => !['name', 'n1', 'n2'].includes(f));

function parseEntry(raw: Json, defaults: Obj, bad: (field: string, msg: string) => never, fail: (msg: string) => never): SuiteEntry {
  if (!isObj(raw)) return fail('expected an object');
  const r = ENTRY.safeParse({ ...defaults, ...raw });
  if (!r.success) {
    const unknown = r.error.issues.find(i => i.code === 'unrecognized_keys');
    if (unknown) return fail(`unknown field "${unknown.keys[0]}" (allowed: ${ENTRY_FIELDS.join(', ')})`);
    const issue = r.error.issues[0];
    return bad(String(issue.path[0]), issue.message);
  }
  const { n1: n1raw, n2: n2raw, comment: _comment, ...query } = r.data;
  const n2 = parseModelRef(n2raw as Json | undefined, bad);
  if (n1raw === undefined && n2.kind === 'twin') return { ...query, n1: n2.from, n2 };
  if (typeof n1raw !== 'string' || n1raw.trim() === '') return bad('n1', n1raw === undefined ? 'missing' : 'expected a non-empty string');
  return { ...query, n1: n1raw, n2 };
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
