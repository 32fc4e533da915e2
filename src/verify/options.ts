/**
 * The options of a verify job and every default they have, applied in one place: the command
 * line (verify, demo) and suite manifests (bench) both build their VerifyOptions here.
 */
import type { BoundsMethod } from '../bounds/types.js';
import type { InputDomain } from '../rsm/domain.js';
import type { ObbtBudget } from '../rsm/obbt.js';
import { type AttackConfig, DEFAULT_SEED } from '../attack/inner.js';
import { type AttackBudget, DEFAULT_BUDGET, SIDE_BUDGET } from '../attack/pgd.js';
import type { BabConfig } from '../bab/driver.js';
import type { Precision } from '../bounds/precision.js';
import { boundsFor, type ImplicationMode, MIP_ABS_GAP, MIP_REL_GAP, type PairSpec, type VerifyMethod } from './methods.js';

export interface VerifyOptions {
  readonly eps: number;
  readonly domain: InputDomain | null;
  readonly pairs: PairSpec;
  readonly implication: ImplicationMode;
  readonly timeLimitSec: number;
  readonly mipRelGap: number;
  readonly mipAbsGap: number;
  readonly bounds: BoundsMethod;
  /** Default 'milp' (for library callers; the command line's default is VERIFY_DEFAULTS.method). */
  readonly method?: VerifyMethod;
  /**
   * LP bound tightening of unstable neurons before a MILP is built (src/rsm/obbt.ts), within
   * this budget per network. Off when absent.
   */
  readonly obbt?: ObbtBudget;
  /** The attacks behind the inner bounds; default budget defaultAttackBudget(method, 'cli'), seed DEFAULT_SEED. */
  readonly attack?: Partial<AttackConfig>;
  /**
   * Start the MILP at the attack point instead of x₀ (the attack point is a witness candidate
   * either way). Off by default: on mnist8x8 the near-optimal start made HiGHS slower
   * (max ρ 20–26 s from x₀ against 43–51 s from the attack point, same run).
   */
  readonly attackStart?: boolean;
  /** Branch-and-bound settings for 'bab' and auto's escalation (src/bab/driver.ts DEFAULT_BAB where absent). */
  readonly bab?: Partial<BabConfig>;
  /** Under --method bab, the lowered twins' sweep's share of the row's end budget (default LOWERED_SWEEP_SHARE, src/verify/row-bab.ts; for benchmarks). */
  readonly loweredSweepShare?: number;
  /** Add the differential cuts to the joint MILP (encodeJoint's diffCuts); default off. */
  readonly diffCuts?: boolean;
  /**
   * `float32`: every reported bound also holds for the float32 evaluation of both networks
   * (widened by the rounding-error bound of src/bounds/precision.ts). Default `float64`.
   */
  readonly precision?: Precision;
}

/** Where a job's settings come from: the command line, or a suite manifest entry. */
export type SettingsSource = 'cli' | 'manifest';

/** Every default of a verify job (the CLI's option defaults are these, as strings). */
export const VERIFY_DEFAULTS = {
  rows: '0',
  labelColumn: 'last',
  pairs: 'label',
  implication: 'exact',
  method: 'auto',
  obbtNeurons: 0,
  solver: 'highs',
  threads: 2,
  seed: DEFAULT_SEED,
  /** Per MILP solve: 60 s from the command line, 30 s in a suite manifest. */
  timeLimitSec: { cli: 60, manifest: 30 },
} as const;

/**
 * The attack budget when none is given: on the command line the full DEFAULT_BUDGET for
 * --method attack and the SIDE_BUDGET otherwise; in a manifest the SIDE_BUDGET for every method
 * (as bench/manifest.ts documents).
 */
export function defaultAttackBudget(method: VerifyMethod, source: SettingsSource): AttackBudget {
  return source === 'cli' && method === 'attack' ? DEFAULT_BUDGET : SIDE_BUDGET;
}

/** The attack configuration of a job: its own, else the defaults. */
export function attackConfig(opts: Pick<VerifyOptions, 'attack' | 'method'>, source: SettingsSource = 'cli'): AttackConfig {
  return { budget: opts.attack?.budget ?? defaultAttackBudget(opts.method ?? 'milp', source), seed: opts.attack?.seed ?? DEFAULT_SEED };
}

/** What a command line or a manifest entry says about one job; every absent field takes its default. */
export interface VerifySettings {
  readonly eps: number;
  readonly domain: InputDomain | null;
  readonly pairs?: PairSpec;
  readonly implication?: ImplicationMode;
  readonly method?: VerifyMethod;
  readonly timeLimitSec?: number;
  /** LP bound tightening budget in neurons per network; 0 = off. */
  readonly obbtNeurons?: number;
  readonly attackBudget?: AttackBudget;
  readonly seed?: string;
  /** Worker threads of branch and bound (each end uses all of them). */
  readonly threads?: number;
  /** Default float64 (VerifyOptions.precision). */
  readonly precision?: Precision;
}

/** The VerifyOptions of a job, every default applied. */
export function verifyOptions(s: VerifySettings, source: SettingsSource): VerifyOptions & { readonly method: VerifyMethod; readonly attack: AttackConfig } {
  const method = s.method ?? VERIFY_DEFAULTS.method;
  const timeLimitSec = s.timeLimitSec ?? VERIFY_DEFAULTS.timeLimitSec[source];
  const obbtNeurons = s.obbtNeurons ?? VERIFY_DEFAULTS.obbtNeurons;
  return {
    eps: s.eps,
    domain: s.domain,
    pairs: s.pairs ?? VERIFY_DEFAULTS.pairs,
    implication: s.implication ?? VERIFY_DEFAULTS.implication,
    timeLimitSec,
    mipRelGap: MIP_REL_GAP,
    mipAbsGap: MIP_ABS_GAP,
    bounds: boundsFor(method),
    method,
    ...(obbtNeurons ? { obbt: { maxNeurons: obbtNeurons, timeSec: Math.max(5, timeLimitSec) } } : {}),
    ...(s.threads !== undefined ? { bab: { threads: s.threads } } : {}),
    ...(s.precision && s.precision !== 'float64' ? { precision: s.precision } : {}),
    attack: attackConfig({ method, attack: { ...(s.attackBudget ? { budget: s.attackBudget } : {}), ...(s.seed !== undefined ? { seed: s.seed } : {}) } }, source),
  };
}
