/**
 * The study tables of benchmark results (`twinmargin summarize`), per suite and compression
 * scheme:
 *   1. N2 ⇒ N1 per input (entry, row, ε): proven, vacuous, refuted, tie, unknown — combining
 *      every method run on that input (a counterexample wins, then a proof);
 *   2. the same per method alone, and per entry (with how often N1 and N2 disagree at x₀);
 *   3. LRSM bounds (log scale, ρ) per class pair, from the tightest sound bounds of all methods:
 *      quartiles of the lower and upper ends and of the width; per entry, the median width and
 *      midpoint and how many pairs have a proven sign of ρ on all of D;
 *   4. relaxed against exact width: for the pairs where some method (milp or auto) finished
 *      exactly, width of each method / exact width (quartiles, geometric mean);
 *   5. time per query and method (median, 75th percentile, max), the share of pairs exact, and
 *      the MILP ends (min or max of a pair) stopped by the time limit;
 *   0. first of all: per entry and ε, the class pairs with both ends exact under any method
 *      and under each method alone (the headline of benchmarks/README.md).
 * Records are read from any number of JSONL files; a torn last line is ignored, and a second
 * record with the same suite and key replaces the first (with a warning).
 */
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';
import { quarantine, readJsonl } from '../io/results-file.js';
import { isQueryRecord, type QueryRecord } from './records.js';
import { geomean, quantile, sortNum } from './stats.js';

export interface Results {
  readonly records: readonly QueryRecord[];
  readonly warnings: readonly string[];
}

export function readResults(files: readonly string[]): Results {
  const byKey = new Map<string, QueryRecord>();
  const warnings: string[] = [];
  for (const f of files) {
    if (!existsSync(f)) throw new UserError(`${f}: results file not found`);
    const contents = readJsonl(f);
    const { records, tornBytes } = contents;
    const first = records[0];
    if (contents.blank) throw new UserError(`${f}: is empty`);
    if (!first || (contents.bad.length > 0 && contents.bad[0].line < contents.lines[0])) throw new UserError(`${f}: not a JSONL results file`);
    if (first.kind !== 'bench') {
      const what = first.kind === 'run' ? 'a `twinmargin verify` results file' : `a file whose first record is ${JSON.stringify(first.kind ?? null)}`;
      throw new UserError(`${f}: not a bench results file (it is ${what}); summarize reads the JSONL files that \`twinmargin bench\` writes`);
    }
    quarantine(f, contents, false, 'rerun `twinmargin bench` with --repair');
    if (tornBytes) warnings.push(`${f}: ignored ${tornBytes} bytes after the last complete record`);
    for (const r of records) {
      if (!isQueryRecord(r)) continue;
      const k = `${r.suite}|${r.key}`;
      if (byKey.has(k)) warnings.push(`${f}: a second record for ${k} replaces the first`);
      byKey.set(k, r);
    }
  }
  return { records: [...byKey.values()], warnings };
}

export type Cell = string | number | null;

export interface Table {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  /** How many leading columns are keys (the rest are values, one CSV line each). */
  readonly keys: number;
  readonly rows: readonly Cell[][];
  readonly note?: string;
}


export type InputVerdict = 'proven' | 'vacuous' | 'refuted' | 'tie' | 'unknown';
export const INPUT_VERDICTS: readonly InputVerdict[] = ['proven', 'vacuous', 'refuted', 'tie', 'unknown'];

/** The verdict on one input from all its methods' records: a counterexample wins, then a proof. */
export function inputVerdict(records: readonly QueryRecord[]): InputVerdict {
  const v = new Set(records.map(r => r.verdict));
  if (v.has('violated') || v.has('refuted-by-attack')) return 'refuted';
  if (v.has('holds')) return 'proven';
  if (v.has('vacuous')) return 'vacuous';
  if (v.has('tie')) return 'tie';
  return 'unknown';
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

const inputKey = (r: QueryRecord): string => `${r.suite}|${r.entry}|${r.row}|${r.eps}`;
const groupKey = (r: QueryRecord): string => `${r.suite}|${r.scheme}`;
const pct = (n: number, d: number): number | null => (d ? (100 * n) / d : null);

interface PairView {
  readonly lower: number;
  readonly upper: number;
  /** Width of the exact result, when some method finished this pair exactly. */
  readonly exactWidth: number | null;
  readonly byMethod: ReadonlyMap<string, number>;
}

/** Per (input, class pair): the tightest bounds over methods, the exact width, and each method's width. */
function pairViews(records: readonly QueryRecord[]): PairView[] {
  const byPair = new Map<string, { lower: number; upper: number; exact: number | null; byMethod: Map<string, number> }>();
  for (const r of records) {
    for (const p of r.pairs) {
      const k = `${inputKey(r)}|${p.pair[0]}:${p.pair[1]}`;
      const v = byPair.get(k) ?? { lower: -Infinity, upper: Infinity, exact: null, byMethod: new Map<string, number>() };
      v.lower = Math.max(v.lower, p.lower);
      v.upper = Math.min(v.upper, p.upper);
      const w = p.upper - p.lower;
      if (p.status === 'exact') v.exact = v.exact === null ? w : Math.min(v.exact, w);
      v.byMethod.set(r.method, w);
      byPair.set(k, v);
    }
  }
  return [...byPair.values()].map(v => ({ lower: v.lower, upper: v.upper, exactWidth: v.exact, byMethod: v.byMethod }));
}

/** Exact widths below this are not used as ratio denominators (ρ ≡ 0, e.g. identical weights). */
const MIN_EXACT_WIDTH = 1e-9;

export function buildTables(records: readonly QueryRecord[]): Table[] {
  const groups = [...groupBy(records, groupKey).entries()].sort(([a], [b]) => a.localeCompare(b));
  const implication: Cell[][] = [];
  const bounds: Cell[][] = [];
  const ratios: Cell[][] = [];
  const times: Cell[][] = [];
  const perMethod: Cell[][] = [];
  for (const [, recs] of groups) {
    const { suite, scheme } = recs[0];
    const inputs = [...groupBy(recs, inputKey).values()];
    const counts = new Map<InputVerdict, number>(INPUT_VERDICTS.map(v => [v, 0]));
    for (const i of inputs) {
      const v = inputVerdict(i);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const entries = new Set(recs.map(r => r.entry)).size;
    implication.push([suite, scheme, entries, inputs.length, ...INPUT_VERDICTS.map(v => counts.get(v) ?? 0), pct(counts.get('proven') ?? 0, inputs.length), pct(counts.get('refuted') ?? 0, inputs.length)]);

    const views = pairViews(recs);
    const lo = sortNum(views.map(v => v.lower));
    const hi = sortNum(views.map(v => v.upper));
    const wd = sortNum(views.map(v => v.upper - v.lower));
    const exactShare = pct(views.filter(v => v.exactWidth !== null).length, views.length);
    bounds.push([suite, scheme, views.length, quantile(lo, 0.25), quantile(lo, 0.5), quantile(lo, 0.75), quantile(hi, 0.25), quantile(hi, 0.5), quantile(hi, 0.75), quantile(wd, 0.5), exactShare]);

    const methods = [...new Set(recs.map(r => r.method))].sort();
    for (const m of methods) {
      const rs: number[] = [];
      for (const v of views) {
        const w = v.byMethod.get(m);
        if (w === undefined || v.exactWidth === null || v.exactWidth < MIN_EXACT_WIDTH) continue;
        rs.push(w / v.exactWidth);
      }
      const s = sortNum(rs);
      ratios.push([suite, scheme, m, s.length, quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75), geomean(s), s.length ? s[s.length - 1] : null]);
      const mr = recs.filter(r => r.method === m);
      perMethod.push([suite, scheme, m, mr.length, ...INPUT_VERDICTS.map(v => mr.filter(r => inputVerdict([r]) === v).length)]);
      const sec = sortNum(mr.map(r => r.seconds));
      const pairs = mr.flatMap(r => r.pairs);
      times.push([suite, scheme, m, mr.length, quantile(sec, 0.5), quantile(sec, 0.75), sec.length ? sec[sec.length - 1] : null, pct(pairs.filter(p => p.status === 'exact').length, pairs.length), pairs.reduce((n, p) => n + (p.minOutcome === 'timeLimit' ? 1 : 0) + (p.maxOutcome === 'timeLimit' ? 1 : 0), 0)]);
    }
  }

  const perEntry: Cell[][] = [];
  const lrsmEntry: Cell[][] = [];
  for (const [, recs] of [...groupBy(records, r => `${r.suite}|${r.entry}`).entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const inputs = [...groupBy(recs, inputKey).values()];
    const count = (v: InputVerdict): number => inputs.filter(i => inputVerdict(i) === v).length;
    const disagree = inputs.filter(i => i[0].n1Decision !== i[0].n2Decision).length;
    const eps = [...new Set(recs.map(r => r.eps))].sort((a, b) => a - b).join(' ');
    perEntry.push([recs[0].suite, recs[0].scheme, recs[0].entry, eps, inputs.length, disagree, ...INPUT_VERDICTS.map(count)]);
    const views = pairViews(recs);
    lrsmEntry.push([
      recs[0].suite,
      recs[0].scheme,
      recs[0].entry,
      eps,
      views.length,
      quantile(sortNum(views.map(v => v.upper - v.lower)), 0.5),
      quantile(sortNum(views.map(v => (v.upper + v.lower) / 2)), 0.5),
      views.filter(v => v.lower > 0).length,
      views.filter(v => v.upper < 0).length,
    ]);
  }

  // Both ends exact per entry and ε (the headline of benchmarks/README.md): a class pair of an
  // input counts once, exact when some method finished both of its ends exactly.
  const exactRows: Cell[][] = [];
  for (const [, recs] of [...groupBy(records, r => `${r.suite}|${r.entry}|${r.eps}`).entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const pairKey = (r: QueryRecord, p: QueryRecord['pairs'][number]): string => `${inputKey(r)}|${p.pair[0]}:${p.pair[1]}`;
    const all = new Set<string>();
    const exact = new Set<string>();
    const byMethod = new Map<string, Set<string>>();
    for (const r of recs) {
      for (const p of r.pairs) {
        const k = pairKey(r, p);
        all.add(k);
        if (p.status !== 'exact') continue;
        exact.add(k);
        const m = byMethod.get(r.method) ?? new Set<string>();
        m.add(k);
        byMethod.set(r.method, m);
      }
    }
    const methods = [...new Set(recs.map(r => r.method))].sort();
    const per = methods.map(m => `${m} ${byMethod.get(m)?.size ?? 0}`).join(' · ');
    exactRows.push([recs[0].suite, recs[0].entry, recs[0].eps, all.size, exact.size, pct(exact.size, all.size), per]);
  }

  return [
    {
      id: 'both-exact',
      title: 'Class pairs with both ends exact, per entry and ε (any method; then each method alone)',
      columns: ['suite', 'entry', 'ε', 'pairs', 'both ends exact', 'exact %', 'by method'],
      keys: 3,
      rows: exactRows,
      note: 'A class pair of one input (row) counts once; it is exact when one method finished both the min and the max of ρ with a closed gap (status exact).',
    },
    {
      id: 'implication',
      title: 'N2 ⇒ N1 per input (entry, row, ε), all methods combined',
      columns: ['suite', 'scheme', 'entries', 'inputs', ...INPUT_VERDICTS, 'proven %', 'refuted %'],
      keys: 2,
      rows: implication,
      note: 'proven: the exact MILP, or min ρ(c, j) ≥ 0 for all j on relaxed bounds; vacuous: N2 never decides the class on D; refuted: a confirmed counterexample (MILP or attack); unknown: no method settled it (time limit, or relaxed methods only).',
    },
    {
      id: 'implication-method',
      title: 'N2 ⇒ N1 per method alone (what each method settles by itself)',
      columns: ['suite', 'scheme', 'method', 'queries', ...INPUT_VERDICTS],
      keys: 3,
      rows: perMethod,
    },
    {
      id: 'entries',
      title: 'N2 ⇒ N1 per entry',
      columns: ['suite', 'scheme', 'entry', 'ε', 'inputs', 'N1≠N2 at x₀', ...INPUT_VERDICTS],
      keys: 3,
      rows: perEntry,
    },
    {
      id: 'lrsm',
      title: 'LRSM bounds, log scale: ρ = (z¹_c − z¹_j) − (z²_c − z²_j) per class pair, tightest sound bounds of all methods',
      columns: ['suite', 'scheme', 'pairs', 'lower q1', 'lower median', 'lower q3', 'upper q1', 'upper median', 'upper q3', 'width median', 'exact %'],
      keys: 2,
      rows: bounds,
    },
    {
      id: 'lrsm-entries',
      title: 'LRSM per entry: ρ > 0 on all of D means N2 is less sure of c over j than N1 everywhere (its margin shrank); ρ < 0, that it grew',
      columns: ['suite', 'scheme', 'entry', 'ε', 'pairs', 'width median', 'midpoint median', 'ρ > 0 on D', 'ρ < 0 on D'],
      keys: 3,
      rows: lrsmEntry,
    },
    {
      id: 'width-ratio',
      title: 'Width of each method / exact width, over the class pairs with an exact result',
      columns: ['suite', 'scheme', 'method', 'pairs', 'q1', 'median', 'q3', 'geomean', 'max'],
      keys: 3,
      rows: ratios,
    },
    {
      id: 'time',
      title: 'Seconds per query (one row, one ε, all its class pairs and the implication)',
      columns: ['suite', 'scheme', 'method', 'queries', 'median s', 'q3 s', 'max s', 'pairs exact %', 'MILP ends at time limit'],
      keys: 3,
      rows: times,
    },
  ];
}

function cellText(c: Cell): string {
  if (c === null) return '–';
  if (typeof c === 'string') return c;
  if (Number.isInteger(c)) return String(c);
  const a = Math.abs(c);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return c.toExponential(2);
  return a >= 100 ? c.toFixed(1) : c.toPrecision(3);
}

export function markdown(tables: readonly Table[]): string {
  const out: string[] = [];
  for (const t of tables) {
    out.push(`### ${t.title}`, '');
    out.push(`| ${t.columns.join(' | ')} |`, `|${t.columns.map((_, k) => (k < t.keys ? '---' : '---:')).join('|')}|`);
    for (const r of t.rows) out.push(`| ${r.map(cellText).join(' | ')} |`);
    if (t.note) out.push('', t.note);
    out.push('');
  }
  return out.join('\n');
}

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Long format: table, suite, scheme, item (entry or method, if any), metric, value. */
export function csv(tables: readonly Table[]): string {
  const lines = ['table,suite,scheme,item,metric,value'];
  for (const t of tables) {
    for (const r of t.rows) {
      const keys = r.slice(0, t.keys).map(c => String(c ?? ''));
      const item = keys.slice(2).join('/');
      for (let k = t.keys; k < t.columns.length; k++) {
        const v = r[k];
        lines.push([t.id, keys[0], keys[1], item, t.columns[k], v === null ? '' : String(v)].map(csvField).join(','));
      }
    }
  }
  return lines.join('\n') + '\n';
}

export function summarize(results: Results): { tables: Table[]; markdown: string; csv: string } {
  const tables = buildTables(results.records);
  const head = `${results.records.length} query records` + (results.warnings.length ? `\n\n${results.warnings.map(w => `warning: ${w}`).join('\n')}` : '');
  return { tables, markdown: `${head}\n\n${markdown(tables)}`, csv: csv(tables) };
}
