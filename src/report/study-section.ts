/**
 * The sections of a benchmark study (bench records of one or more suites): N2 ⇒ N1 verdicts as
 * stacked bars per suite and scheme, the LRSM distribution per entry, width over exact width
 * and time per query per method (log scales), and the share of exact ends per entry and method.
 * The tables under the charts are `summarize`'s own (src/bench/summarize.ts), so the report
 * and the Markdown/CSV tables always agree. Charts aggregate (boxes, counts), so the page grows
 * with the number of entries and methods, not of queries.
 */
import type { QueryRecord } from '../bench/records.js';
import { buildTables, INPUT_VERDICTS, inputVerdict, type Table } from '../bench/summarize.js';
import { esc, facts, figure, type Section, table, warnings } from './html.js';
import type { Study } from './load.js';
import { Plot, plotSvg, VERDICT_COLORS } from './plot.js';

const inputKey = (r: QueryRecord): string => `${r.suite}|${r.entry}|${r.row}|${r.eps}`;
const groupName = (r: QueryRecord): string => `${r.suite} · ${r.scheme}`;

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}

function tableOf(tables: readonly Table[], id: string): string {
  const t = tables.find(x => x.id === id);
  if (!t) return '';
  return table({ caption: t.title, columns: t.columns, rows: t.rows, ...(t.note ? { note: t.note } : {}) });
}

function verdictBars(records: readonly QueryRecord[], tables: readonly Table[]): string {
  const data: { group: string; verdict: string; n: number }[] = [];
  const groups = [...groupBy(records, groupName).entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [group, recs] of groups) {
    const inputs = [...groupBy(recs, inputKey).values()];
    for (const v of INPUT_VERDICTS) data.push({ group, verdict: v, n: inputs.filter(i => inputVerdict(i) === v).length });
  }
  const svg = plotSvg({
    width: 900,
    height: 70 + 28 * groups.length,
    marginLeft: 170,
    x: { label: 'inputs (entry, row, ε)', grid: true },
    y: { domain: groups.map(([g]) => g), label: null },
    color: { domain: [...INPUT_VERDICTS], range: INPUT_VERDICTS.map(v => VERDICT_COLORS[v]), legend: true },
    marks: [Plot.barX(data, { x: 'n', y: 'group', fill: 'verdict', order: [...INPUT_VERDICTS], title: (d: (typeof data)[number]) => `${d.group}: ${d.n} ${d.verdict}` }), Plot.ruleX([0])],
  });
  return figure('verdict-bars', svg, 'N2 ⇒ N1 per input, all methods of an input combined (a counterexample wins, then a proof), per suite and compression scheme.') +
    tableOf(tables, 'implication') + tableOf(tables, 'implication-method');
}

/** Per (input, pair): the tightest sound bounds over the methods run on it. */
function tightest(records: readonly QueryRecord[]): { entry: string; lower: number; upper: number }[] {
  const m = new Map<string, { entry: string; lower: number; upper: number }>();
  for (const r of records) {
    for (const p of r.pairs) {
      const k = `${inputKey(r)}|${p.pair[0]}:${p.pair[1]}`;
      const v = m.get(k) ?? { entry: `${r.suite} · ${r.entry}`, lower: -Infinity, upper: Infinity };
      v.lower = Math.max(v.lower, p.lower ?? -Infinity);
      v.upper = Math.min(v.upper, p.upper ?? Infinity);
      m.set(k, v);
    }
  }
  return [...m.values()];
}

function lrsmBoxes(records: readonly QueryRecord[], tables: readonly Table[]): string {
  const views = tightest(records).filter(v => Number.isFinite(v.lower) && Number.isFinite(v.upper));
  const entries = [...new Set(views.map(v => v.entry))].sort();
  const data = views.flatMap(v => [{ entry: v.entry, end: 'lower end', v: v.lower }, { entry: v.entry, end: 'upper end', v: v.upper }]);
  const svg = plotSvg({
    width: 900,
    height: 60 + 2 * 18 * entries.length + 40,
    marginLeft: 250,
    marginRight: 70,
    x: { label: 'ρ (log relative safety margin)', grid: true },
    y: { domain: entries, label: null },
    fy: { domain: ['lower end', 'upper end'], label: null },
    marks: [Plot.ruleX([0], { stroke: '#333', strokeDasharray: '4,3' }), Plot.boxX(data, { x: 'v', y: 'entry', fy: 'end', fill: '#9ecae1', stroke: '#2b5d8a', r: 1.5 })],
  });
  return figure('lrsm-box', svg, 'Distribution of the LRSM bounds per entry: per (input, class pair) the tightest sound [lower, upper] over all methods; boxes show quartiles, whiskers 1.5 IQR, dots outliers.') +
    tableOf(tables, 'lrsm') + tableOf(tables, 'lrsm-entries');
}

const MIN_EXACT_WIDTH = 1e-9;

function widthRatios(records: readonly QueryRecord[], tables: readonly Table[]): string {
  // Exact width per (input, pair), then each method's width over it.
  const exact = new Map<string, number>();
  for (const r of records) {
    for (const p of r.pairs) {
      if (p.status !== 'exact') continue;
      const k = `${inputKey(r)}|${p.pair[0]}:${p.pair[1]}`;
      exact.set(k, Math.min(exact.get(k) ?? Infinity, p.upper - p.lower));
    }
  }
  const data: { group: string; method: string; ratio: number }[] = [];
  for (const r of records) {
    for (const p of r.pairs) {
      const e = exact.get(`${inputKey(r)}|${p.pair[0]}:${p.pair[1]}`);
      if (e === undefined || e < MIN_EXACT_WIDTH) continue;
      const ratio = (p.upper - p.lower) / e;
      if (Number.isFinite(ratio) && ratio > 0) data.push({ group: groupName(r), method: r.method, ratio });
    }
  }
  if (data.length === 0) return '<p class="note">No class pair has an exact result, so there is no width ratio to draw.</p>' + tableOf(tables, 'width-ratio');
  const methods = [...new Set(data.map(d => d.method))].sort();
  const groups = [...new Set(data.map(d => d.group))].sort();
  const svg = plotSvg({
    width: 900,
    height: 50 + groups.length * (16 * methods.length + 14),
    marginLeft: 90,
    marginRight: 150,
    x: { type: 'log', label: 'width / exact width (log scale; 1 = exact)', grid: true },
    y: { domain: methods, label: null },
    fy: { domain: groups, label: null },
    color: { domain: methods, legend: true },
    marks: [Plot.ruleX([1], { stroke: '#333' }), Plot.boxX(data, { x: 'ratio', y: 'method', fy: 'group', fill: 'method', r: 1.5 })],
  });
  return figure('width-ratio', svg, 'Width of each method over the exact width, per class pair with an exact result (milp or auto finished), per suite and scheme.') + tableOf(tables, 'width-ratio');
}

function timeBoxes(records: readonly QueryRecord[], tables: readonly Table[]): string {
  const data = records.filter(r => r.seconds > 0).map(r => ({ group: groupName(r), method: r.method, s: r.seconds }));
  const methods = [...new Set(data.map(d => d.method))].sort();
  const groups = [...new Set(data.map(d => d.group))].sort();
  const svg = plotSvg({
    width: 900,
    height: 50 + groups.length * (16 * methods.length + 14),
    marginLeft: 90,
    marginRight: 150,
    x: { type: 'log', label: 'seconds per query (log scale)', grid: true },
    y: { domain: methods, label: null },
    fy: { domain: groups, label: null },
    color: { domain: methods, legend: true },
    marks: [Plot.boxX(data, { x: 's', y: 'method', fy: 'group', fill: 'method', r: 1.5 })],
  });
  return figure('time', svg, 'Seconds per query (one row at one ε: all its class pairs and the implication) per method, per suite and scheme.') + tableOf(tables, 'time');
}

function exactShare(records: readonly QueryRecord[]): string {
  const data: { entry: string; method: string; ends: number; exact: number; share: number }[] = [];
  for (const [, recs] of [...groupBy(records, r => `${r.suite} · ${r.entry}|${r.method}`).entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const ends = recs.flatMap(r => r.pairs.flatMap(p => [p.minStatus, p.maxStatus]));
    const exact = ends.filter(s => s === 'exact').length;
    data.push({ entry: `${recs[0].suite} · ${recs[0].entry}`, method: recs[0].method, ends: ends.length, exact, share: ends.length ? (100 * exact) / ends.length : 0 });
  }
  const entries = [...new Set(data.map(d => d.entry))].sort();
  const methods = [...new Set(data.map(d => d.method))].sort();
  const svg = plotSvg({
    width: 900,
    height: 60 + 20 * entries.length,
    marginLeft: 250,
    marginTop: 30,
    x: { domain: methods, axis: 'top', label: null },
    y: { domain: entries, label: null },
    color: { type: 'linear', domain: [0, 100], range: ['#f7fbff', '#1b7837'] },
    marks: [
      Plot.cell(data, { x: 'method', y: 'entry', fill: 'share', inset: 1 }),
      Plot.text(data, { x: 'method', y: 'entry', text: (d: (typeof data)[number]) => `${Math.round(d.share)}%`, fill: (d: (typeof data)[number]) => (d.share > 60 ? 'white' : 'black') }),
    ],
  });
  return figure('exact-share', svg, 'Share of LRSM ends (the min and the max of each class pair) that are exact, per entry and method.') +
    table({ columns: ['entry', 'method', 'ends', 'exact ends', 'exact %'], rows: data.map(d => [d.entry, d.method, d.ends, d.exact, d.share]) });
}

export function studySections(study: Study, id: string): Section[] {
  const { records } = study;
  const tables = buildTables(records);
  const suites = [...new Set(records.map(r => r.suite))].sort();
  const versions = [...new Set(records.map(r => r.version))].sort();
  const dates = study.headers.map(h => h.startedAt).filter((d): d is string => typeof d === 'string').sort();
  const ends = records.map(r => r.finishedAt).filter(Boolean).sort();
  const machine = study.machine
    ? esc(['cpuModel', 'cpus', 'memoryGiB', 'platform', 'node'].map(k => `${k} ${String(study.machine![k] ?? '–')}`).join(', ')) + (study.machine.note ? `<br>${esc(study.machine.note)}` : '')
    : 'not recorded (no bench-machine.json beside the records)';
  const head = facts([
    ['records*', study.files.map(f => `<code>${esc(f)}</code>`).join('<br>')],
    ['tool', `twinmargin ${versions.map(esc).join(', ')}`],
    ['suites', esc(suites.join(', '))],
    ['queries', `${records.length} (${new Set(records.map(inputKey)).size} inputs, ${new Set(records.map(r => `${r.suite}|${r.entry}`)).size} entries)`],
    ['models*', `${new Set(records.map(r => r.n1.sha256)).size} N1 and ${new Set(records.map(r => r.n2.sha256)).size} N2 (SHA-256 per entry in the records)`],
    ['ε', esc([...new Set(records.map(r => r.eps))].sort((a, b) => a - b).join(', '))],
    ['methods', esc([...new Set(records.map(r => r.method))].sort().join(', '))],
    ['machine*', machine],
    ['date', dates.length ? `started ${esc(dates[0])}${ends.length ? `, last query ${esc(ends[ends.length - 1])}` : ''}` : '–'],
  ]);
  const entries = table({
    caption: 'Entries: both models of each',
    columns: ['suite', 'entry', 'scheme', 'N1', 'N2', 'N2 SHA-256'],
    rows: [...groupBy(records, r => `${r.suite}|${r.entry}`).values()].map(rs => [rs[0].suite, rs[0].entry, rs[0].scheme, rs[0].n1.path, rs[0].n2.twin ?? rs[0].n2.path, rs[0].n2.sha256.slice(0, 16)]),
  });
  return [
    { id, title: 'Benchmark study', level: 2, body: head + warnings(study.warnings) + entries },
    { id: `${id}-verdicts`, title: 'N2 ⇒ N1 per suite and scheme', level: 3, body: verdictBars(records, tables) },
    { id: `${id}-lrsm`, title: 'LRSM distribution per entry', level: 3, body: lrsmBoxes(records, tables) },
    { id: `${id}-width`, title: 'Width over exact width per method', level: 3, body: widthRatios(records, tables) },
    { id: `${id}-time`, title: 'Time per query per method', level: 3, body: timeBoxes(records, tables) },
    { id: `${id}-exact`, title: 'Exact ends per entry', level: 3, body: exactShare(records) },
    { id: `${id}-entries`, title: 'Per entry', level: 3, body: tableOf(tables, 'entries') },
  ];
}

