/**
 * Hard row budgets (--row-time-limit, --total-time-limit): each row runs in its own worker
 * thread (row-worker.ts), which is terminated when the row's budget runs out. The row is then
 * reported from the soundest numbers at hand: interval bounds computed here before the worker
 * starts, intersected with every sound pair bound the worker sent (relaxations, finished ends).
 * Every end of such a row has status `relaxed`, reason `time-limit` and the phase it was in.
 */
import { Worker } from 'node:worker_threads';
import { intervalBounds } from '../bounds/interval.js';
import { UserError } from '../errors.js';
import { argmax, forward } from '../layers/forward.js';
import { type Network, outputSize } from '../ir/network.js';
import { clipToBox, neighbourhood } from '../rsm/domain.js';
import { labelLowers, soundImplication } from '../rsm/implication.js';
import { twinSlack, widen } from '../bounds/precision.js';
import { forward32 } from '../layers/forward32.js';
import { type Pair, rhoInterval, rhoOfLogits } from '../rsm/objective.js';
import { tsBootstrap } from '../solver/pool.js';
import type { SolverName } from '../solver/select.js';
import type { EndProgress, RowControl, RowPhase } from '../verify/control.js';
import { type Sample, selectPairs } from '../verify/methods.js';
import type { VerifySettings } from '../verify/options.js';
import type { EndDetail, PairResult, RowResult } from '../verify/verify.js';

/** What a row worker holds for every row (workerData): plain data only, it loads the twins itself. */
export interface RowWorkerSetup {
  readonly n1: string;
  readonly n2: string;
  readonly settings: VerifySettings;
  readonly solver: SolverName;
  readonly threads: number;
}

/** One row for the worker. */
export interface RowJob {
  readonly row: number;
  readonly x: readonly number[];
  readonly label: number | null;
}

export type RowMessage =
  | { readonly kind: 'phase'; readonly phase: RowPhase }
  | { readonly kind: 'partial'; readonly pair: [number, number]; readonly lower: number; readonly upper: number }
  | { readonly kind: 'end' }
  | { readonly kind: 'interim'; readonly progress: EndProgress }
  | { readonly kind: 'ready' }
  | { readonly kind: 'done'; readonly result: RowResult }
  | { readonly kind: 'error'; readonly message: string; readonly user: boolean };

/** A row stopped by its budget: which phase it was in and after how many seconds. */
export interface BudgetStop {
  readonly phase: RowPhase;
  readonly limitSec: number;
}

export type BudgetedRow = RowResult & { readonly budgetStop?: BudgetStop };

/** Seconds a terminated worker may take to go before the run gives up waiting for it. */
const TERMINATE_GRACE_MS = 2000;

function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./row-worker${ext}`, import.meta.url);
}

/**
 * Runs rows in one worker thread, reused from row to row (loading the twins and the solver
 * once), and replaced after a row's budget killed it.
 */
export class RowRunner {
  private worker: Worker | null = null;
  /** The current worker has loaded the twins and its solver. */
  private ready = false;

  constructor(
    private readonly setup: RowWorkerSetup,
    private readonly nets: { readonly n1: Network; readonly n2: Network },
  ) {
    // Started at once: the worker loads the twins and the solver while this thread reads the data.
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = import.meta.url.endsWith('.ts') ? new Worker(tsBootstrap(workerUrl()), { eval: true, workerData: this.setup }) : new Worker(workerUrl(), { workerData: this.setup });
    this.ready = false;
    w.on('message', (m: RowMessage) => {
      if (m.kind === 'ready' && this.worker === w) this.ready = true;
    });
    return w;
  }

  /** Verifies one row within budgetSec of wall clock; past it the worker is terminated and the sound bounds so far are reported. */
  async run(job: RowJob, budgetSec: number, control: RowControl = {}): Promise<BudgetedRow> {
    const { n1, n2 } = this.nets;
    const s = this.setup.settings;
    const sample: Sample = { row: job.row, x: Float64Array.from(job.x), label: job.label };
    const best = intervalStart(n1, n2, sample, s);
    if (budgetSec <= 0) return stopped(n1, n2, sample, s, best, { phase: 'queued', limitSec: 0 });
    // A fresh worker first loads the twins and the solver: that time is the row's too.
    if (!this.worker) this.worker = this.spawn();
    let phase: RowPhase = this.ready ? 'queued' : 'start';
    if (!this.ready) control.phase?.('start');
    const worker = this.worker;
    return new Promise<BudgetedRow>((resolve, reject) => {
      let settled = false;
      const finish = (kill: boolean, f: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (!kill) return f();
        this.worker = null;
        void Promise.race([worker.terminate(), new Promise(r => setTimeout(r, TERMINATE_GRACE_MS).unref())]).finally(f);
      };
      // setTimeout takes at most 2³¹ − 1 ms; a longer budget is no budget.
      const ms = Math.min(budgetSec * 1000, 2 ** 31 - 1);
      const timer = setTimeout(() => finish(true, () => resolve(stopped(n1, n2, sample, s, best, { phase, limitSec: budgetSec }))), ms);
      const onMessage = (m: RowMessage): void => {
        if (m.kind === 'phase') {
          phase = m.phase;
          control.phase?.(m.phase);
        } else if (m.kind === 'partial') {
          const key = m.pair.join(':');
          const b = best.get(key);
          // Both are sound bounds of the same ρ: their intersection is too.
          if (b) best.set(key, { lower: Math.max(b.lower, m.lower), upper: Math.min(b.upper, m.upper) });
          control.partial?.(m.pair, m.lower, m.upper);
        } else if (m.kind === 'end') control.endDone?.();
        else if (m.kind === 'interim') control.interim?.(m.progress);
        else if (m.kind === 'ready') return;
        else if (m.kind === 'done') finish(false, () => resolve(m.result));
        else finish(true, () => reject(m.user ? new UserError(m.message) : new Error(m.message)));
      };
      const onError = (e: Error): void => finish(true, () => reject(e));
      const onExit = (code: number): void => finish(true, () => reject(new Error(`row ${job.row}: the row worker exited with code ${code}`)));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await Promise.race([w.terminate(), new Promise(r => setTimeout(r, TERMINATE_GRACE_MS).unref())]);
  }
}

/** Interval bounds of ρ for every pair of the row: the floor of what a stopped row reports. */
function intervalStart(n1: Network, n2: Network, sample: Sample, s: VerifySettings): Map<string, { lower: number; upper: number }> {
  const box = neighbourhood(sample.x, s.eps, s.domain);
  const b1 = intervalBounds(n1, box);
  const b2 = intervalBounds(n2, box);
  const label = sample.label ?? argmax(forward(n1, sample.x));
  const best = new Map<string, { lower: number; upper: number }>();
  const slack = twinSlack(s.precision ?? 'float64', n1, n2, b1, b2);
  for (const pair of selectPairs(s.pairs ?? 'label', label, outputSize(n1))) best.set(pair.join(':'), widen(rhoInterval(b1[n1.output], b2[n2.output], pair), slack.rho(pair)));
  return best;
}

/** The row as reported after a budget stop: sound bounds so far, x₀ (clipped into D) as witness. */
function stopped(n1: Network, n2: Network, sample: Sample, s: VerifySettings, best: ReadonlyMap<string, { lower: number; upper: number }>, stop: BudgetStop): BudgetedRow {
  const box = neighbourhood(sample.x, s.eps, s.domain);
  const center = clipToBox(sample.x, box);
  const classes = outputSize(n1);
  // One forward pass per network and point: a stopped row must cost little (rows after a
  // total budget are all reported this way).
  const [z1, z2] = [forward(n1, sample.x), forward(n2, sample.x)];
  const [c1, c2] = [forward(n1, center), forward(n2, center)];
  const [f1, f2] = [forward32(n1, center), forward32(n2, center)];
  const label = sample.label ?? argmax(z1);
  const pairs = selectPairs(s.pairs ?? 'label', label, classes).map((pair: Pair): PairResult => {
    const b = best.get(pair.join(':')) ?? { lower: -Infinity, upper: Infinity };
    const value = rhoOfLogits(c1, c2, pair);
    const w = { value, x: Array.from(center), value32: rhoOfLogits(f1, f2, pair) };
    // A point of D outside the bounds would be a bug elsewhere; never print such a bound.
    const lower = Math.min(b.lower, value);
    const upper = Math.max(b.upper, value);
    const end = (repaired: boolean): EndDetail => ({ outcome: 'none', dualBound: null, objective: null, nodes: 0, seconds: 0, status: 'relaxed', reason: 'time-limit', phase: stop.phase, boundRepaired: repaired });
    return {
      row: sample.row, label, pair, lower, upper, rsmLower: Math.exp(lower), rsmUpper: Math.exp(upper), status: 'relaxed',
      lowerWitness: w, upperWitness: w, seconds: 0, min: end(lower !== b.lower), max: end(upper !== b.upper),
      attackLower: w, attackUpper: w, gap: upper - lower, attack: { seed: '', restarts: 0, steps: 0, evaluations: 0, ms: 0 },
    };
  });
  const lowers = labelLowers(pairs, label);
  const implication = (s.implication ?? 'exact') === 'off' ? null : { class: label, sound: soundImplication(lowers, label, classes) };
  return {
    row: sample.row,
    label,
    labelSource: sample.label === null ? 'n1' : 'data',
    n1Decision: argmax(z1),
    n2Decision: argmax(z2),
    boundsMethod: 'interval (row stopped by its time budget)',
    diffCuts: 0,
    binaries: { n1: 0, n2: 0 },
    unstable: { n1: 0, n2: 0 },
    pairs,
    implication,
    seconds: stop.limitSec,
    budgetStop: stop,
  };
}
