/**
 * A row's verdict on N2 ⇒ N1 for its class, the exit code a run ends with, and the VNN-COMP
 * words. One place, so that --fail-on, --format vnncomp, the summary and --help agree.
 */
import type { RowResult } from '../verify/verify.js';

export type RowVerdict = 'holds' | 'violated' | 'unknown' | 'unchecked';

export type FailOn = 'none' | 'violated' | 'unknown';

/** The exit codes of twinmargin, as --help and README list them. */
export const EXIT = { ok: 0, input: 2, violated: 10, unknown: 20, bug: 70 } as const;

export const EXIT_CODES_TEXT = [
  '0 the run finished (and, with --fail-on, no row failed)',
  '2 a problem with the inputs, options or environment (one line on stderr)',
  '10 --fail-on violated|unknown: some row is violated (a confirmed counterexample to N2 ⇒ N1)',
  '20 --fail-on unknown: no row violated, but some row is unknown (time limit, tie, or only the sufficient check ran and was inconclusive)',
  '70 an internal error (a bug: please report it)',
] as const;

/** holds: proved (exact check, or the sufficient check); violated: a confirmed counterexample; unchecked: --implication off. */
export function rowVerdict(r: Pick<RowResult, 'implication'>): RowVerdict {
  const im = r.implication;
  if (!im) return 'unchecked';
  const e = im.exact?.verdict;
  if (e === 'violated' || e === 'refuted-by-attack' || im.attack?.verdict === 'refuted-by-attack') return 'violated';
  if (e === 'holds' || e === 'vacuous' || im.sound === 'holds') return 'holds';
  return 'unknown';
}

/** VNN-COMP's result words: unsat = the property holds, sat = a counterexample exists. */
export function vnncompWord(v: RowVerdict, timedOut: boolean): string {
  if (v === 'holds') return 'unsat';
  if (v === 'violated') return 'sat';
  return timedOut ? 'timeout' : 'unknown';
}

/** --fail-on unknown is the stricter gate: it also fails on violated rows (code 10 before 20). */
export function exitCodeFor(verdicts: readonly RowVerdict[], failOn: FailOn): number {
  if (failOn === 'none') return EXIT.ok;
  if (verdicts.includes('violated')) return EXIT.violated;
  if (failOn === 'unknown' && verdicts.some(v => v === 'unknown' || v === 'unchecked')) return EXIT.unknown;
  return EXIT.ok;
}

export function verdictCounts(verdicts: readonly RowVerdict[]): Record<RowVerdict, number> {
  const c: Record<RowVerdict, number> = { holds: 0, violated: 0, unknown: 0, unchecked: 0 };
  for (const v of verdicts) c[v]++;
  return c;
}
