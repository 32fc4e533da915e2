/**
 * Benchmark records: one JSON object per query (suite entry, row, ε, method), carrying the
 * identity of what produced it (tool version, both models' SHA-256, a hash of the entry's
 * settings) so that stale results are never mixed with current ones. Witness and counterexample
 * input vectors are dropped; only their values (ρ, margins, decisions) are kept.
 */
import { createHash } from 'node:crypto';
import type { ExactVerdict, SoundVerdict } from '../rsm/implication.js';
import type { EndStatus } from '../rsm/solve-end.js';
import type { RowResult } from '../verify/verify.js';
import type { VerifyMethod } from '../verify/methods.js';
import type { SuiteEntry } from './manifest.js';

/** The run header, first line of a results file (informational: records carry their own identity). */
export interface BenchHeader {
  readonly kind: 'bench';
  readonly tool: string;
  readonly version: string;
  readonly suite: string;
  readonly manifest: string;
  readonly startedAt: string;
}

export interface PairRecord {
  readonly pair: readonly [number, number];
  readonly lower: number;
  readonly upper: number;
  readonly status: EndStatus;
  readonly minStatus: EndStatus;
  readonly maxStatus: EndStatus;
  readonly minOutcome: string;
  readonly maxOutcome: string;
  /** ρ at the solver's (or relaxation's) witness points: lower ≤ lowerWitness, upperWitness ≤ upper. */
  readonly lowerWitness: number;
  readonly upperWitness: number;
  /** ρ at the attack points (inner bounds). */
  readonly attackLower: number;
  readonly attackUpper: number;
  readonly seconds: number;
}

/**
 * The query's N2 ⇒ N1 verdict, from the strongest evidence the method produced:
 * the exact MILP verdict when it ran (milp, auto), else a confirmed attack counterexample
 * ('refuted-by-attack'), else the paper's sufficient check on the relaxed bounds ('holds'),
 * else 'unknown'.
 */
export type QueryVerdict = ExactVerdict;

export interface QueryRecord {
  readonly kind: 'query';
  readonly key: string;
  readonly suite: string;
  readonly entry: string;
  readonly scheme: string;
  readonly row: number;
  readonly eps: number;
  readonly method: VerifyMethod;
  readonly tool: string;
  readonly version: string;
  readonly n1: { readonly path: string; readonly sha256: string };
  readonly n2: { readonly path: string; readonly sha256: string; readonly twin?: string };
  /** Hash of the entry's settings that shape a query's result (data, preprocessing, pairs, limits). */
  readonly config: string;
  readonly label: number;
  readonly labelSource: 'data' | 'n1';
  readonly n1Decision: number;
  readonly n2Decision: number;
  readonly verdict: QueryVerdict | null;
  readonly implication: {
    readonly class: number;
    readonly sound: SoundVerdict | null;
    readonly exact: ExactVerdict | null;
    readonly attack: string | null;
    readonly note?: string;
    readonly counterexample?: { readonly n1Decision: number; readonly n2Decision: number; readonly n1Margin: number; readonly n2Margin: number };
  } | null;
  readonly pairs: readonly PairRecord[];
  readonly binaries: { readonly n1: number; readonly n2: number };
  readonly unstable: { readonly n1: number; readonly n2: number };
  readonly boundsMethod: string;
  readonly seconds: number;
  readonly finishedAt: string;
}

export function queryKey(entry: string, row: number, eps: number, method: string): string {
  return `${entry}|row=${row}|eps=${eps}|${method}`;
}

/** The settings of an entry that every one of its queries depends on, hashed. */
export function entryConfig(e: SuiteEntry): string {
  const settings = {
    data: e.data,
    labelColumn: e.labelColumn,
    scale: e.scale,
    domain: e.domain,
    pairs: e.pairs,
    implication: e.implication,
    timeLimitSec: e.timeLimitSec,
    attack: e.attack,
  };
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
}

export function queryVerdict(r: RowResult): QueryVerdict | null {
  const imp = r.implication;
  if (!imp) return null;
  if (imp.exact) return imp.exact.verdict;
  if (imp.attack?.verdict === 'refuted-by-attack') return 'refuted-by-attack';
  return imp.sound === 'holds' ? 'holds' : 'unknown';
}

export interface QueryIdentity {
  readonly suite: string;
  readonly entry: SuiteEntry;
  readonly row: number;
  readonly eps: number;
  readonly method: VerifyMethod;
  readonly tool: string;
  readonly version: string;
  readonly n1: QueryRecord['n1'];
  readonly n2: QueryRecord['n2'];
  readonly config: string;
}

export function toRecord(id: QueryIdentity, r: RowResult): QueryRecord {
  const imp = r.implication;
  const cx = imp?.exact?.counterexample ?? imp?.attack?.counterexample;
  return {
    kind: 'query',
    key: queryKey(id.entry.name, id.row, id.eps, id.method),
    suite: id.suite,
    entry: id.entry.name,
    scheme: id.entry.scheme,
    row: id.row,
    eps: id.eps,
    method: id.method,
    tool: id.tool,
    version: id.version,
    n1: id.n1,
    n2: id.n2,
    config: id.config,
    label: r.label,
    labelSource: r.labelSource,
    n1Decision: r.n1Decision,
    n2Decision: r.n2Decision,
    verdict: queryVerdict(r),
    implication: imp
      ? {
          class: imp.class,
          sound: imp.sound,
          exact: imp.exact?.verdict ?? null,
          attack: imp.attack?.verdict ?? null,
          ...(imp.exact?.note ? { note: imp.exact.note } : {}),
          ...(cx ? { counterexample: { n1Decision: cx.n1Decision, n2Decision: cx.n2Decision, n1Margin: cx.n1Margin, n2Margin: cx.n2Margin } } : {}),
        }
      : null,
    pairs: r.pairs.map(p => ({
      pair: [p.pair[0], p.pair[1]] as const,
      lower: p.lower,
      upper: p.upper,
      status: p.status,
      minStatus: p.min.status,
      maxStatus: p.max.status,
      minOutcome: p.min.outcome,
      maxOutcome: p.max.outcome,
      lowerWitness: p.lowerWitness.value,
      upperWitness: p.upperWitness.value,
      attackLower: p.attackLower.value,
      attackUpper: p.attackUpper.value,
      seconds: p.seconds,
    })),
    binaries: r.binaries,
    unstable: r.unstable,
    boundsMethod: r.boundsMethod,
    seconds: r.seconds,
    finishedAt: new Date().toISOString(),
  };
}

export function isQueryRecord(r: Record<string, unknown>): r is Record<string, unknown> & QueryRecord {
  return r.kind === 'query' && typeof r.key === 'string' && typeof r.entry === 'string' && Array.isArray(r.pairs);
}
