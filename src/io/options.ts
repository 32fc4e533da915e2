/** Parsing and validation of CLI option values; every failure is a one-line UserError. */
import { UserError } from '../errors.js';
import type { InputDomain } from '../rsm/domain.js';
import type { Pair } from '../rsm/objective.js';
import { type ImplicationMode, type PairSpec, VERIFY_METHODS, type VerifyMethod } from '../verify/methods.js';
import type { AttackBudget } from '../attack/pgd.js';
import type { HeaderMode, LabelColumn } from '../data/read.js';

/**
 * A bad option value: the message is `<flag> <detail>`, where `detail` (`<value>: expected …`) does
 * not depend on where the value was written, so a --config key or a manifest field
 * (src/io/query-schema.ts) reports the same words under its own name.
 */
export class OptionError extends UserError {
  constructor(
    readonly flag: string,
    readonly detail: string,
  ) {
    super(`${flag} ${detail}`);
  }
}

export function parseNumber(flag: string, text: string, check: (v: number) => boolean, what: string): number {
  const v = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(v) || !check(v)) throw new OptionError(flag, `${text}: expected ${what}`);
  return v;
}

/** "1/255", "0.0039", "1e-2": a factor > 0. */
export function parseScale(text: string): number {
  const what = 'a positive number or a fraction like 1/255';
  const m = /^\s*([^/]+)\/([^/]+)\s*$/.exec(text);
  const v = m ? parseNumber('--scale', m[1], Number.isFinite, what) / parseNumber('--scale', m[2], d => d !== 0, 'a non-zero denominator') : parseNumber('--scale', text, Number.isFinite, what);
  if (!(v > 0 && Number.isFinite(v))) throw new OptionError('--scale', `${text}: expected ${what}`);
  return v;
}

export function parseDomain(text: string): InputDomain | null {
  if (text.trim().toLowerCase() === 'none') return null;
  const parts = text.split(',');
  if (parts.length !== 2) throw new OptionError('--domain', `${text}: expected lo,hi (e.g. 0,1) or none`);
  const lo = parseNumber('--domain', parts[0], Number.isFinite, 'lo,hi with finite numbers');
  const hi = parseNumber('--domain', parts[1], Number.isFinite, 'lo,hi with finite numbers');
  if (!(lo < hi)) throw new OptionError('--domain', `${text}: lo must be below hi`);
  return { lo, hi };
}

export function parsePairs(text: string): PairSpec {
  const t = text.trim().toLowerCase();
  if (t === 'label' || t === 'all') return t;
  const pairs: Pair[] = t.split(',').map(p => {
    const m = /^(\d+):(\d+)$/.exec(p.trim());
    if (!m) throw new OptionError('--pairs', `${text}: expected label, all, or a list like 0:1,0:2`);
    const i = Number(m[1]);
    const j = Number(m[2]);
    if (i === j) throw new OptionError('--pairs', `${text}: pair ${p} compares a class with itself`);
    return [i, j] as const;
  });
  return pairs;
}

export function parseChoice<T extends string>(flag: string, text: string, choices: readonly T[]): T {
  const t = text.trim().toLowerCase();
  const hit = choices.find(c => c === t);
  if (!hit) throw new OptionError(flag, `${text}: expected one of ${choices.join(', ')}`);
  return hit;
}

export function parseImplication(text: string): ImplicationMode {
  return parseChoice('--implication', text, ['exact', 'sound', 'off'] as const);
}

export function parseMethod(text: string): VerifyMethod {
  return parseChoice('--method', text, VERIFY_METHODS);
}

export function parseLabelColumn(text: string): LabelColumn {
  return parseChoice('--label-col', text, ['first', 'last', 'none'] as const);
}

/** The L∞ radius ε ≥ 0. */
export function parseEps(text: string): number {
  return parseNumber('--eps', text, v => v >= 0, 'a number ≥ 0');
}

/** Seconds of one end's work (> 0). */
export function parseTimeLimit(text: string): number {
  return parseNumber('--time-limit', text, v => v > 0, 'a number of seconds > 0');
}

/** "8x50" (restarts × steps per objective) or "0" (evaluate x₀ only). */
export function parseAttackBudget(text: string): AttackBudget {
  const t = text.trim().toLowerCase();
  if (t === '0') return { restarts: 0, steps: 0 };
  const m = /^(\d+)x(\d+)$/.exec(t);
  const restarts = m ? Number(m[1]) : NaN;
  const steps = m ? Number(m[2]) : NaN;
  if (!m || restarts < 1 || restarts > 10000 || steps > 100000) throw new OptionError('--attack', `${text}: expected restarts x steps like 8x50 (restarts 1..10000), or 0`);
  return { restarts, steps };
}

/** The twins, data and neighbourhood of verify, demo and encode, as parsed from their options. */
export interface InputArgs {
  readonly n1: string;
  readonly n2: string;
  readonly data: string;
  readonly rows: string;
  readonly labelColumn: LabelColumn;
  /** CSV header line: detected (default), present or absent. */
  readonly header?: HeaderMode;
  readonly labels?: string;
  readonly scale: number;
  readonly domain: InputDomain | null;
  readonly eps: number;
}

/** The raw (string) values of those options, as commander gives them. */
export interface RawInput {
  n1: string;
  n2: string;
  data: string;
  rows: string;
  labelCol: string;
  header?: string;
  labels?: string;
  scale: string;
  domain: string;
  eps: string;
}

/** Parses the input options shared by verify, demo and encode; every failure a one-line UserError. */
export function parseInputArgs(o: RawInput): InputArgs {
  return {
    n1: o.n1,
    n2: o.n2,
    data: o.data,
    rows: o.rows,
    labelColumn: parseLabelColumn(o.labelCol),
    header: parseChoice('--header', o.header ?? 'auto', ['auto', 'yes', 'no'] as const),
    ...(o.labels ? { labels: o.labels } : {}),
    scale: parseScale(o.scale),
    domain: parseDomain(o.domain),
    eps: parseEps(o.eps),
  };
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** A size in bytes: `1073741824`, `512M`, `2G`, `1.5GiB` (K, M, G, T are powers of 1024; at least 1 MiB). */
export function parseByteSize(text: string, flag = '--max-memory'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  const bytes = m ? Math.floor(Number(m[1]) * BYTE_UNITS[m[2].toLowerCase()]) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 2 ** 20) throw new OptionError(flag, `${text}: expected a size of at least 1 MiB such as 512M, 2G or a number of bytes`);
  return bytes;
}
