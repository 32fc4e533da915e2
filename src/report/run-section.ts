/**
 * The sections of one verify run: header facts, a forest plot of the LRSM per row, the
 * N2 ⇒ N1 verdict matrix, counterexamples beside x₀, and branch-and-bound convergence.
 * Every chart has a table of its numbers under it. Large runs are bounded: detailed charts for
 * the first rows only, with a note saying how many were left out (the tables keep all rows of
 * the matrix).
 */
import { queryVerdict } from '../bench/records.js';
import type { ExactVerdict } from '../rsm/implication.js';
import type { BabSummary } from '../rsm/solve-end.js';
import type { PairResult } from '../verify/verify.js';
import { esc, facts, figure, num, type Section, table, warnings } from './html.js';
import { type InputLayout, recoverInputs, type RunInputs } from './inputs.js';
import { type RunRow, shortName, type VerifyRun } from './load.js';
import { Plot, plotSvg, STATUS_COLORS, STATUS_SYMBOLS, VERDICT_COLORS } from './plot.js';

/** Limits that keep the page size bounded for large runs. */
export const LIMITS = { forestRows: 40, matrixRows: 80, tableRows: 1000, counterexamples: 8, babPairs: 12 } as const;

const STATUSES = ['exact', 'bounded', 'relaxed'] as const;
export const VERDICTS: readonly ExactVerdict[] = ['holds', 'vacuous', 'violated', 'tie', 'unknown', 'refuted-by-attack'];

/**
 * Branch-and-bound detail of one end (`min.bab` / `max.bab`, BabSummary in src/rsm/solve-end.ts),
 * ρ units; read defensively, since results files outlive the code that wrote them.
 */
export type BabDetail = Omit<BabSummary, 'open'> & { readonly open: number | null };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The end's branch-and-bound detail, when it is there and well formed. */
export function babOf(end: unknown): BabDetail | null {
  if (typeof end !== 'object' || end === null || !('bab' in end)) return null;
  const b = (end as { bab: unknown }).bab;
  if (typeof b !== 'object' || b === null) return null;
  const d = b as Record<string, unknown>;
  if (!Array.isArray(d.history)) return null;
  const history = d.history.filter(
    (h): h is BabDetail['history'][number] => typeof h === 'object' && h !== null && finite((h as Record<string, unknown>).seconds),
  );
  const n = (v: unknown): number => (typeof v === 'number' ? v : NaN);
  return { nodes: n(d.nodes), maxDepth: n(d.maxDepth), leavesToMilp: n(d.leavesToMilp), open: typeof d.open === 'number' ? d.open : null, gap: n(d.gap), history };
}

const pairLabel = (p: readonly [number, number]): string => `${p[0]}:${p[1]}`;
const val = (v: number | null): number => (v === null ? NaN : v);

function rowVerdict(r: RunRow): ExactVerdict | 'none' {
  return queryVerdict({ ...r, pairs: [] }) ?? 'none';
}

function headerFacts(run: VerifyRun): string {
  const h = run.header;
  const model = (k: 'n1' | 'n2'): string => {
    const m = h[k] as { path?: unknown; sha256?: unknown; inputs?: unknown; classes?: unknown } | undefined;
    if (!m) return '–';
    return `<code>${esc(m.path)}</code> · ${esc(m.inputs)} inputs, ${esc(m.classes)} classes<br><span class="mono">SHA-256 ${esc(m.sha256)}</span>`;
  };
  const domain = Array.isArray(h.domain) ? `[${h.domain.map(v => esc(v)).join(', ')}]ⁿ` : 'none (unbounded)';
  const attack = h.attack as { restarts?: unknown; steps?: unknown; seed?: unknown } | undefined;
  const machine = h.machine ? esc(JSON.stringify(h.machine)) : 'not recorded in the results file';
  const date = typeof h.startedAt === 'string' ? esc(h.startedAt) : `not recorded; file written ${esc(run.modified)}`;
  const pairs = Array.isArray(h.pairs) ? (h.pairs as unknown[]).map(p => (Array.isArray(p) ? p.join(':') : String(p))).join(', ') : String(h.pairs);
  return facts([
    ['results file*', `<code>${esc(run.file)}</code>`],
    ['N1 (reference)*', model('n1')],
    ['N2 (twin)*', model('n2')],
    ['data*', `${dataFact(h.data)}, scale ${esc(h.scale ?? 1)}, ${run.rows.length} rows`],
    ['method*', `${esc(h.method)} (bounds ${esc(h.bounds)}, implication ${esc(h.implication)}, OBBT ${esc(h.obbtNeurons ?? 0)} neurons)`],
    ['solver*', `${esc(h.solver)}, time limit ${esc(h.timeLimitSec)} s per solve, MIP gaps ${esc(h.mipRelGap)} rel / ${esc(h.mipAbsGap)} abs`],
    ['tool', `${esc(h.tool)} ${esc(h.version)}`],
    ['ε (L∞)', esc(h.eps)],
    ['domain', domain],
    ['class pairs', esc(pairs)],
    ['attack', attack ? `${esc(attack.restarts)} restarts × ${esc(attack.steps)} steps, seed ${esc(attack.seed)}` : '–'],
    ['date', date],
    ['machine', machine],
  ]);
}

const fmtFactor = (v: number): string => {
  const e = Math.exp(v);
  return e >= 100 || e < 0.01 ? e.toExponential(1) : e.toPrecision(3);
};

function forest(run: VerifyRun, row: RunRow, pairs: readonly PairResult[], inputs: RunInputs): string {
  const data = pairs.map(p => ({
    pair: pairLabel(p.pair),
    lower: val(p.lower),
    upper: val(p.upper),
    aLo: p.attackLower.value,
    aHi: p.attackUpper.value,
    status: p.status,
    minStatus: p.min.status,
    maxStatus: p.max.status,
    rho0: inputs.rho0.get(`${p.row}|${pairLabel(p.pair)}`) ?? NaN,
  }));
  const drawable = data.filter(d => Number.isFinite(d.lower) && Number.isFinite(d.upper));
  const svg = plotSvg({
    width: 900,
    height: 70 + 26 * data.length,
    marginLeft: 60,
    marginRight: 20,
    marginTop: 40,
    x: { nice: true },
    y: { domain: data.map(d => d.pair), label: 'pair c:j', padding: 0.25 },
    color: { domain: [...STATUSES], range: STATUSES.map(s => STATUS_COLORS[s]), legend: true },
    symbol: { domain: [...STATUSES], range: STATUSES.map(s => STATUS_SYMBOLS[s]) },
    marks: [
      Plot.gridX({ stroke: '#ccd', strokeOpacity: 0.6 }),
      Plot.ruleX([0], { stroke: '#333', strokeDasharray: '4,3' }),
      Plot.barX(drawable, { x1: 'lower', x2: 'upper', y: 'pair', fill: 'status', fillOpacity: 0.28, stroke: 'status', title: (d: (typeof data)[number]) => `${d.pair}: [${num(d.lower)}, ${num(d.upper)}] ${d.status}` }),
      Plot.ruleY(data, { y: 'pair', x1: 'aLo', x2: 'aHi', stroke: 'status', strokeWidth: 5 }),
      Plot.dot(drawable, { x: 'lower', y: 'pair', symbol: 'minStatus', fill: 'minStatus', r: 4 }),
      Plot.dot(drawable, { x: 'upper', y: 'pair', symbol: 'maxStatus', fill: 'maxStatus', r: 4 }),
      Plot.dot(data.filter(d => Number.isFinite(d.rho0)), { x: 'rho0', y: 'pair', symbol: 'diamond2', stroke: 'black', r: 5, strokeWidth: 1.5 }),
      Plot.axisX({ anchor: 'bottom', label: 'ρ, log relative safety margin (N1 margin − N2 margin)', labelAnchor: 'center' }),
      Plot.axisX({ anchor: 'top', label: 'factor e^ρ (ratio of softmax margins)', labelAnchor: 'center', tickFormat: fmtFactor }),
    ],
  });
  const caption = `Row ${row.row}, label ${row.label}: verified [lower, upper] per class pair (bar), attack-reached [attackLower, attackUpper] (thick line inside), ` +
    `ρ at x₀ (◇), markers at the ends by end status (● exact, ▲ bounded, ■ relaxed); the dashed line is ρ = 0.`;
  const rows = pairs.map(p => [
    pairLabel(p.pair),
    `${p.min.status} / ${p.max.status}`,
    val(p.lower),
    val(p.upper),
    p.attackLower.value,
    p.attackUpper.value,
    inputs.rho0.get(`${p.row}|${pairLabel(p.pair)}`) ?? null,
    Math.exp(val(p.lower)),
    Math.exp(val(p.upper)),
    p.gap,
    p.seconds,
  ]);
  return figure('forest', svg, caption) + table({
    columns: ['pair', 'min / max status', 'lower', 'upper', 'attackLower', 'attackUpper', 'ρ(x₀)', 'e^lower', 'e^upper', 'gap', 's'],
    rows,
  });
}

function matrix(run: VerifyRun): string {
  const shown = run.rows.slice(0, LIMITS.matrixRows);
  const cells = shown.map(r => ({ row: `row ${r.row}`, verdict: rowVerdict(r) }));
  const counts = VERDICTS.map(v => ({ verdict: v, n: run.rows.filter(r => rowVerdict(r) === v).length }));
  const svg = plotSvg({
    width: 900,
    height: 60 + 22 * shown.length,
    marginLeft: 80,
    marginTop: 40,
    x: { domain: [...VERDICTS], axis: 'top', label: null, tickFormat: (v: string) => `${v} (${counts.find(c => c.verdict === v)?.n ?? 0})` },
    y: { domain: cells.map(c => c.row), label: null },
    color: { domain: [...VERDICTS, 'none'], range: [...VERDICTS, 'none'].map(v => VERDICT_COLORS[v as keyof typeof VERDICT_COLORS]) },
    marks: [
      Plot.cell(
        shown.flatMap(r => VERDICTS.map(v => ({ row: `row ${r.row}`, verdict: v }))),
        { x: 'verdict', y: 'row', fill: '#f3f4f6', inset: 1 },
      ),
      Plot.cell(cells.filter(c => c.verdict !== 'none'), { x: 'verdict', y: 'row', fill: 'verdict', inset: 1 }),
    ],
  });
  const left = run.rows.length - shown.length;
  const caption = `N2 ⇒ N1 on D per row (wherever N2 decides the row's class c, N1 does too): the verdict of the strongest check that ran (exact MILP, else attack, else the sufficient check)${left ? `; the first ${shown.length} of ${run.rows.length} rows drawn, all in the table` : ''}.`;
  const listed = run.rows.slice(0, LIMITS.tableRows);
  const rows = listed.map(r => {
    const imp = r.implication;
    const v = rowVerdict(r);
    return [
      r.row,
      `${r.label} (${r.labelSource})`,
      r.n1Decision,
      r.n2Decision,
      imp?.sound ?? null,
      imp?.exact?.verdict ?? null,
      imp?.attack?.verdict ?? null,
      `<span class="badge" style="background:${VERDICT_COLORS[v]}">${esc(v)}</span>`,
      `${r.unstable.n1} / ${r.unstable.n2}`,
      `${r.binaries.n1} / ${r.binaries.n2}`,
      r.seconds,
      imp?.exact?.note ?? '',
    ];
  });
  return figure('verdict-matrix', svg, caption) + table({
    columns: ['row', 'class c', 'N1 at x₀', 'N2 at x₀', 'sufficient check', 'exact', 'attack', 'verdict', 'unstable ReLUs N1 / N2', 'binaries', 's', 'note'],
    rows,
    html: new Set([7]),
    ...(listed.length < run.rows.length ? { note: `The first ${listed.length} of ${run.rows.length} rows; the verdict counts above are of all rows, the rest are in the results file.` } : {}),
  });
}

function imageOf(x: ArrayLike<number>, layout: Extract<InputLayout, { kind: 'image' }>, title: string, diverging: boolean, domain: [number, number]): string {
  const { c, h, w } = layout;
  const cells: { i: number; j: number; v: number | string }[] = [];
  const [lo, hi] = domain;
  const unit = (v: number): number => Math.round(255 * Math.min(1, Math.max(0, (v - lo) / (hi - lo || 1))));
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      if (c === 3 && !diverging) {
        const px = (k: number): number => x[k * h * w + i * w + j];
        cells.push({ i, j, v: `rgb(${unit(px(0))},${unit(px(1))},${unit(px(2))})` });
      } else {
        // One value per pixel: the channel mean (c = 1: the value itself).
        let s = 0;
        for (let k = 0; k < c; k++) s += x[k * h * w + i * w + j];
        cells.push({ i, j, v: s / c });
      }
    }
  }
  const side = 170;
  return plotSvg({
    width: side,
    height: side + 20,
    margin: 2,
    marginTop: 20,
    padding: 0,
    x: { axis: null, domain: [...Array(w).keys()] },
    y: { axis: null, domain: [...Array(h).keys()] },
    color: c === 3 && !diverging ? { type: 'identity' } : diverging ? { type: 'linear', scheme: 'RdBu', domain: [domain[1], domain[0]] } : { type: 'linear', scheme: 'Greys', domain },
    marks: [Plot.cell(cells, { x: 'j', y: 'i', fill: 'v' }), Plot.text([title], { frameAnchor: 'top', dy: -14, fontSize: 12 })],
  });
}

function counterexamples(run: VerifyRun, inputs: RunInputs): string | null {
  const eps = typeof run.header.eps === 'number' ? run.header.eps : NaN;
  const rows = run.rows.filter(r => r.implication?.exact?.counterexample ?? r.implication?.attack?.counterexample);
  if (rows.length === 0) return null;
  const out: string[] = [];
  for (const r of rows.slice(0, LIMITS.counterexamples)) {
    const imp = r.implication!;
    const cx = (imp.exact?.counterexample ?? imp.attack?.counterexample)!;
    const x0 = inputs.x0.get(r.row) ?? null;
    const diff = x0 ? cx.x.map((v, k) => v - x0[k]) : null;
    const dmax = diff ? Math.max(...diff.map(Math.abs)) : NaN;
    const how = imp.exact?.counterexample ? 'exact MILP' : 'attack';
    const head = `Row ${r.row}, class ${imp.class}: on this input N2 decides ${cx.n2Decision} (margin ${num(cx.n2Margin)}) and N1 decides ${cx.n1Decision} (margin ${num(cx.n1Margin)}), found by the ${how}, re-checked by the float64 forward pass`;
    let charts: string;
    if (inputs.layout.kind === 'image') {
      const lay = inputs.layout;
      const all = x0 ? [...cx.x, ...x0] : cx.x;
      const dom: [number, number] = [Math.min(...all), Math.max(...all)];
      const parts = [x0 ? imageOf(x0, lay, 'x₀', false, dom) : '', imageOf(cx.x, lay, 'counterexample', false, dom)];
      if (diff) parts.push(imageOf(diff, lay, `difference (max ${num(dmax, 2)})`, true, [-(dmax || 1), dmax || 1]));
      charts = `<div class="row-figs">${parts.join('')}</div>`;
    } else {
      const series = [
        ...(x0 ? Array.from(x0, (v, k) => ({ k, v, s: 'x₀' })) : []),
        ...cx.x.map((v, k) => ({ k, v, s: 'counterexample' })),
      ];
      const signal = plotSvg({
        width: 900,
        height: 220,
        marginLeft: 50,
        x: { label: 'input index' },
        y: { label: 'value', grid: true },
        color: { domain: ['x₀', 'counterexample'], range: ['#555', '#d73027'], legend: true },
        marks: [Plot.line(series, { x: 'k', y: 'v', stroke: 's', strokeWidth: 1.3 })],
      });
      const parts = [signal];
      if (diff) {
        parts.push(plotSvg({
          width: 900,
          height: 160,
          marginLeft: 50,
          x: { label: 'input index' },
          y: { label: 'counterexample − x₀', grid: true, domain: [-eps * 1.1, eps * 1.1] },
          marks: [
            Plot.ruleY([-eps, eps], { stroke: '#999', strokeDasharray: '3,3' }),
            Plot.ruleY([0], { stroke: '#333' }),
            Plot.line(diff.map((v, k) => ({ k, v })), { x: 'k', y: 'v', stroke: '#d73027' }),
          ],
        }));
      }
      charts = parts.join('');
    }
    const note = x0 ? (inputs.layout.kind === 'image' ? `Difference: red where the counterexample is above x₀, blue below, full colour at the largest |difference| ${num(dmax)} (ε = ${num(eps)}).` : `Dashed lines: ±ε = ${num(eps)} around x₀; max |difference| ${num(dmax)}.`) : `x₀ not drawn: ${inputs.notes.join('; ') || 'not available'}.`;
    out.push(figure(inputs.layout.kind === 'image' ? 'counterexample-image' : 'counterexample-signal', charts, `${head}. ${note}`));
    out.push(table({
      columns: ['network', 'decision', 'margin z_c − max z_k', 'logits'],
      rows: [
        ['N1', cx.n1Decision, cx.n1Margin, cx.n1Logits.map(v => num(v)).join(' ')],
        ['N2', cx.n2Decision, cx.n2Margin, cx.n2Logits.map(v => num(v)).join(' ')],
      ],
    }));
  }
  if (rows.length > LIMITS.counterexamples) out.push(`<p class="note">${rows.length - LIMITS.counterexamples} more counterexamples are in the results file.</p>`);
  return out.join('');
}

function convergence(run: VerifyRun): string | null {
  const withBab = run.pairs.filter(p => babOf(p.min) || babOf(p.max));
  if (withBab.length === 0) return null;
  const out: string[] = [];
  for (const p of withBab.slice(0, LIMITS.babPairs)) {
    const ends = [['min', babOf(p.min)], ['max', babOf(p.max)]] as const;
    const series: { t: number; v: number; s: string }[] = [];
    for (const [end, b] of ends) {
      if (!b) continue;
      for (const hpt of b.history) {
        if (finite(hpt.bound)) series.push({ t: hpt.seconds, v: hpt.bound, s: `${end}: sound bound` });
        if (finite(hpt.best)) series.push({ t: hpt.seconds, v: hpt.best, s: `${end}: best witness` });
      }
    }
    const names = ['min: sound bound', 'min: best witness', 'max: best witness', 'max: sound bound'];
    const svg = plotSvg({
      width: 900,
      height: 240,
      marginLeft: 60,
      x: { label: 'seconds', grid: true },
      y: { label: 'ρ', grid: true },
      color: { domain: names, range: ['#2166ac', '#92c5de', '#f4a582', '#b2182b'], legend: true },
      marks: [Plot.line(series, { x: 't', y: 'v', z: 's', stroke: 's', curve: 'step-after', strokeWidth: 1.6 }), Plot.dot(series, { x: 't', y: 'v', stroke: 's', r: 1.5 })],
    });
    out.push(figure('bab-convergence', svg, `Row ${p.row}, pair ${pairLabel(p.pair)}: branch and bound, sound bound and best re-checked witness against seconds, per end (min: bound ≤ best; max: best ≤ bound). Final [${num(val(p.lower))}, ${num(val(p.upper))}].`));
    out.push(table({
      columns: ['end', 'nodes', 'max depth', 'leaves to MILP', 'open at the end', 'gap', 'history points', 'final bound', 'final best'],
      rows: ends.filter(([, b]) => b).map(([end, b]) => {
        const last = b!.history[b!.history.length - 1];
        return [end, b!.nodes, b!.maxDepth, b!.leavesToMilp, b!.open, b!.gap, b!.history.length, last?.bound ?? null, last?.best ?? null];
      }),
    }));
  }
  if (withBab.length > LIMITS.babPairs) out.push(`<p class="note">${withBab.length - LIMITS.babPairs} more pairs ran branch and bound; their numbers are in the results file.</p>`);
  return out.join('');
}

/** The sections of one verify run, ids prefixed by `id`. */
export function runSections(run: VerifyRun, id: string): Section[] {
  const inputs = recoverInputs(run);
  const title = shortName(run.file);
  const sections: Section[] = [];
  const counts = VERDICTS.map(v => [v, run.rows.filter(r => rowVerdict(r) === v).length] as const).filter(([, n]) => n > 0);
  const summary = `<p>${run.rows.length} rows, ${run.pairs.length} class pairs; N2 ⇒ N1: ${counts.map(([v, n]) => `${n} ${esc(v)}`).join(', ') || 'not checked'}.</p>`;
  sections.push({ id, title: `Verify run: ${title}`, level: 2, body: headerFacts(run) + summary + warnings([...run.warnings, ...inputs.notes]) });
  sections.push({ id: `${id}-matrix`, title: 'N2 ⇒ N1 verdicts', level: 3, body: matrix(run) });
  const cx = counterexamples(run, inputs);
  if (cx) sections.push({ id: `${id}-cex`, title: 'Counterexamples beside x₀', level: 3, body: cx });
  const byRow = new Map<number, PairResult[]>();
  for (const p of run.pairs) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const forestRows = run.rows.filter(r => byRow.has(r.row));
  const forests = forestRows.slice(0, LIMITS.forestRows).map(r => `<h4>Row ${r.row}</h4>` + forest(run, r, byRow.get(r.row)!, inputs));
  if (forestRows.length > LIMITS.forestRows) forests.push(`<p class="note">Forest plots of ${forestRows.length - LIMITS.forestRows} more rows are left out to keep the page small; their numbers are in the results file.</p>`);
  if (forests.length) sections.push({ id: `${id}-lrsm`, title: 'LRSM per row and class pair', level: 3, body: forests.join('') });
  const bab = convergence(run);
  if (bab) sections.push({ id: `${id}-bab`, title: 'Branch-and-bound convergence', level: 3, body: bab });
  return sections;
}

/** The data file of a run header: a path (older headers) or {path, sha256}. */
function dataFact(d: unknown): string {
  if (typeof d === 'object' && d !== null && 'path' in d) {
    const sha = 'sha256' in d && typeof d.sha256 === 'string' ? `, SHA-256 <code>${esc(d.sha256)}</code>` : '';
    return `<code>${esc(d.path)}</code>${sha}`;
  }
  return `<code>${esc(d)}</code>`;
}
