/**
 * `twinmargin report`: the HTML it writes for verify runs (the committed embedded ECG run, an
 * attack run with a 1-D counterexample, an MNIST 8×8 run with a 2-D one, a run with
 * branch-and-bound details) and for the committed bench records, opened in Debian's headless
 * Chromium: no request attempted, no console error, every chart there with the expected
 * number of marks, a bounded page height, a screenshot, and printing to PDF. Plus the pieces
 * that need no browser: input detection, error lines, file size and self-containment.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { main } from '../src/cli/main.js';
import { inputLayout } from '../src/report/inputs.js';
import { babOf, type BabDetail, LIMITS } from '../src/report/run-section.js';
import { findChromium, openPage, type Opened } from './helpers/browser.js';
import { optionalShared } from './helpers/shared.js';

const ROOT = new URL('..', import.meta.url).pathname;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const RESULTS = `${ROOT}benchmarks/results/`;
const EXAMPLE_RUN = `${RESULTS}example-run.jsonl`;
/** A real `verify --method bab` run: embedded ECG pair, row 0, ε = 0.0005, 20 s per end, 2 shared cores. */
const BAB_RUN = `${ROOT}test/fixtures/report/ecg-bab-row0.jsonl`;
const BENCH = ['cifar10', 'ecg', 'eeg', 'mnist'].map(s => `${RESULTS}bench-${s}.jsonl`);
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-report-'));
const CHROMIUM = findChromium();
const NO_BROWSER: string | false = CHROMIUM ? false : 'no Chromium at /usr/bin/chromium (Debian package chromium; .ci/run installs it)';

type Rec = Record<string, unknown>;
const readJsonl = (f: string): Rec[] => readFileSync(f, 'utf8').trim().split('\n').map(l => JSON.parse(l) as Rec);
const writeJsonl = (f: string, recs: readonly unknown[]): void => writeFileSync(f, recs.map(r => JSON.stringify(r)).join('\n') + '\n');

/** Runs the CLI in this process (no second tsx start-up), capturing what it prints. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const { write: w1 } = process.stdout;
  const { write: w2 } = process.stderr;
  process.stdout.write = ((s: string | Uint8Array) => out.push(String(s)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => err.push(String(s)) > 0) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

async function run(args: string[]): Promise<void> {
  const r = await cli(args);
  if (r.code !== 0) throw new Error(`twinmargin ${args.join(' ')} exited ${r.code}: ${r.err}`);
}

/**
 * The embedded run with branch-and-bound details added to the ends of row 0's pairs, the way
 * `--method bab` records them: the sound bound climbing to the reported lower (min end) or
 * falling to the reported upper (max end), the best witness value closing in on it from inside.
 */
function withBab(out: string): { pairs: number; details: BabDetail[] } {
  const recs = readJsonl(EXAMPLE_RUN);
  const details: BabDetail[] = [];
  let pairs = 0;
  for (const r of recs) {
    if (r.kind !== 'pair' || r.row !== 0) continue;
    pairs++;
    const lower = r.lower as number;
    const upper = r.upper as number;
    const w = upper - lower;
    const end = (sense: 'min' | 'max'): BabDetail => {
      const bound = sense === 'min' ? lower : upper;
      const best = ((sense === 'min' ? r.lowerWitness : r.upperWitness) as { value: number }).value;
      const sign = sense === 'min' ? -1 : 1;
      const history = Array.from({ length: 6 }, (_, k) => ({
        seconds: 0.2 * (k + 1),
        bound: bound + sign * w * 2 ** -k * (k < 5 ? 1 : 0),
        best: best - sign * w * 0.5 * 2 ** -k * (k < 5 ? 1 : 0),
      }));
      const d = { nodes: 2 ** 6 - 1, maxDepth: 5, leavesToMilp: 3, open: 0, gap: Math.abs(best - bound), history };
      details.push(d);
      return d;
    };
    r.min = { ...(r.min as Rec), bab: end('min') };
    r.max = { ...(r.max as Rec), bab: end('max') };
  }
  writeJsonl(out, recs);
  return { pairs, details };
}

async function inBrowser(t0: Test, file: string, name: string, check: (o: Opened, tt: Test) => Promise<void>): Promise<void> {
  await t0.test(`${name} in headless Chromium`, { skip: NO_BROWSER }, async tt => browserChecks(tt, file, name, check));
}

async function browserChecks(tt: Test, file: string, name: string, check: (o: Opened, tt: Test) => Promise<void>): Promise<void> {
  const o = await openPage(CHROMIUM!, file);
  try {
    await check(o, tt);
    tt.same(o.requests, [], 'the page attempted no request');
    tt.same(o.errors, [], 'no console error, no page error');
    const shot = join(dir, `${name}.png`);
    await o.page.screenshot({ path: shot });
    tt.ok(readFileSync(shot).subarray(1, 4).toString() === 'PNG' && statSync(shot).size > 10_000, `screenshot ${shot}`);
    const pdf = join(dir, `${name}.pdf`);
    await o.page.emulateMedia({ media: 'print' });
    await o.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    tt.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-', `printed to ${pdf}`);
    tt.ok(statSync(pdf).size > 20_000, 'the PDF has content');
    tt.same(o.requests, [], 'printing attempted no request either');
  } finally {
    await o.close();
  }
}

const count = (o: Opened, selector: string): Promise<number> => o.page.locator(selector).count();

t.test('input layouts: images from the ONNX shape or a square size, otherwise signals', async tt => {
  tt.same(inputLayout(784, [1, 1, 28, 28]), { kind: 'image', c: 1, h: 28, w: 28 });
  tt.same(inputLayout(3072, [1, 3, 32, 32]), { kind: 'image', c: 3, h: 32, w: 32 });
  tt.same(inputLayout(784, [1, 784]), { kind: 'image', c: 1, h: 28, w: 28 });
  tt.same(inputLayout(64, null), { kind: 'image', c: 1, h: 8, w: 8 });
  tt.same(inputLayout(3072, [1, 3072]), { kind: 'image', c: 3, h: 32, w: 32 });
  tt.same(inputLayout(260, [1, 1, 260]), { kind: 'signal', length: 260 });
  tt.same(inputLayout(187, [1, 187]), { kind: 'signal', length: 187 });
  tt.same(inputLayout(9, null), { kind: 'signal', length: 9 }, 'too small to be an image');
});

t.test('branch-and-bound details are read only when well formed', async tt => {
  tt.equal(babOf({ outcome: 'optimal' }), null);
  tt.equal(babOf({ bab: { nodes: 3 } }), null, 'no history');
  const b = babOf({ bab: { nodes: 3, maxDepth: 1, leavesToMilp: 0, gap: 0.5, history: [{ seconds: 1, bound: -1, best: 0 }, { bound: 2 }] } });
  tt.equal(b?.history.length, 1, 'a point without seconds is left out');
  tt.equal(b?.nodes, 3);
});

t.test('a large run gives a page of bounded size', async tt => {
  // The embedded run's rows repeated under new row numbers, 2,000 rows in all (witness inputs dropped to keep the file small).
  const noX = (w: unknown): unknown => ({ ...(w as Rec), x: [] });
  const recs = readJsonl(EXAMPLE_RUN).map(r => (r.kind === 'pair' ? { ...r, lowerWitness: noX(r.lowerWitness), upperWitness: noX(r.upperWitness), attackLower: noX(r.attackLower), attackUpper: noX(r.attackUpper) } : r));
  const big: Rec[] = [recs[0]];
  for (let k = 0; k < 400; k++) for (const r of recs.slice(1)) big.push({ ...r, row: (r.row as number) + 1000 * (k + 1) });
  const file = join(dir, 'big.jsonl');
  writeJsonl(file, big);
  const html = join(dir, 'big.html');
  const r = await cli(['report', file, '--out', html]);
  tt.equal(r.code, 0, r.err);
  const text = readFileSync(html, 'utf8');
  tt.ok(statSync(html).size < 2_000_000, `${statSync(html).size} bytes for ${statSync(file).size} bytes of results`);
  tt.equal(text.match(/data-chart="forest"/g)?.length, LIMITS.forestRows, 'forest plots of the first rows only');
  tt.match(text, /Forest plots of 1960 more rows are left out/);
  tt.match(text, /The first 1000 of 2000 rows/);
});

t.test('bad inputs: one line naming the file, exit code 2', async tt => {
  const notResults = join(dir, 'other.jsonl');
  writeJsonl(notResults, [{ kind: 'something', tool: 'twinmargin' }]);
  const text = join(dir, 'text.csv');
  writeFileSync(text, '1,2,3\n');
  const badPair = join(dir, 'bad-pair.jsonl');
  writeJsonl(badPair, [readJsonl(EXAMPLE_RUN)[0], { kind: 'pair', row: 0, pair: [0], lower: 0 }]);
  const cases: [string[], RegExp][] = [
    [['report', join(dir, 'none.jsonl'), '--out', join(dir, 'x.html')], /none\.jsonl: results file not found/],
    [['report', notResults, '--out', join(dir, 'x.html')], /other\.jsonl: line 1 has kind "something"; expected "run" \(verify\) or "bench"/],
    [['report', text, '--out', join(dir, 'x.html')], /text\.csv: line 1 is not a JSON record, nor is the file one JSON document/],
    [['report', badPair, '--out', join(dir, 'x.html')], /bad-pair\.jsonl: line 2: a pair record needs a row number and a pair \[i, j\]/],
    [['report', EXAMPLE_RUN, '--out', join(dir, 'x.txt')], /--out .*x\.txt: the report is HTML/],
  ];
  for (const [args, pattern] of cases) {
    const r = await cli(args);
    tt.equal(r.code, 2, `exit 2 for ${args[1]}`);
    const lines = r.err.trim().split('\n');
    tt.equal(lines.length, 1, `one line: ${r.err.trim()}`);
    tt.match(lines[0], pattern);
  }
});

t.test('verify runs: forest plots, verdict matrix, counterexamples beside x₀, branch and bound', async tt => {
  const bab = join(dir, 'bab.jsonl');
  const { pairs: babPairs, details } = withBab(bab);
  const attack = join(dir, 'ecg-attack.jsonl');
  await run(['verify', '--n1', `${ECG}ecg_mitbih260_cnn_fp32.onnx`, '--n2', `${ECG}ecg_mitbih260_cnn_int8w.onnx`, '--data', `${ECG}mitbih260_beats_subset.csv`,
    '--rows', '0', '--domain', 'none', '--eps', '0.05', '--method', 'attack', '--attack', '2x10', '--format', 'jsonl', '--out', attack]);
  const files = [EXAMPLE_RUN, bab, attack, BAB_RUN];
  let mnist: string | null = null;
  const csv = optionalShared(tt, 'data/mnist/mnist8x8_test_first1000.csv');
  const m1 = optionalShared(tt, 'data/models/mnist/mnist8x8_teacher_100_80_60_40_20_10.onnx');
  const m2 = optionalShared(tt, 'data/models/mnist/mnist8x8_student_40_40_10.onnx');
  if (csv && m1 && m2) {
    mnist = join(dir, 'mnist8x8.json');
    await run(['verify', '--n1', m1, '--n2', m2, '--data', csv,
      '--label-col', 'first', '--rows', '0', '--eps', '0.08', '--method', 'attack', '--attack', '2x10', '--format', 'json', '--out', mnist]);
    files.push(mnist);
  }
  const html = join(dir, 'runs.html');
  const r = await cli(['report', ...files, '--out', html]);
  tt.equal(r.code, 0, r.err);
  tt.match(r.out, /^wrote .*runs\.html \(\d+ KiB\) from \d files/);
  const text = readFileSync(html, 'utf8');
  tt.notMatch(text, /<script|\ssrc=|\shref=|@import|url\(/i, 'no script, no reference to anything outside the file');
  tt.match(text, /Content-Security-Policy" content="default-src 'none'/);

  // What the page must show, counted from the inputs themselves.
  const example = readJsonl(EXAMPLE_RUN);
  const exampleRows = example.filter(x => x.kind === 'row');
  const examplePairs = example.filter(x => x.kind === 'pair');
  const attackRows = readJsonl(attack).filter(x => x.kind === 'row');
  const attackCex = attackRows.filter(x => (x.implication as { attack?: { counterexample?: unknown } }).attack?.counterexample).length;
  tt.ok(attackCex >= 1, 'the attack run found a counterexample (seeded, so always the same)');
  const realBab = readJsonl(BAB_RUN).filter(x => x.kind === 'pair' && (babOf(x.min) || babOf(x.max))).length;
  tt.ok(realBab > 0, 'the bab run recorded branch-and-bound details');
  const mnistRows = mnist ? (JSON.parse(readFileSync(mnist, 'utf8')) as { rows: Rec[] }).rows.length : 0;

  await inBrowser(tt, html, 'runs', async (o, tt) => {
    const forests = 2 * exampleRows.length + attackRows.length + 1 + mnistRows;
    tt.equal(await count(o, 'figure[data-chart="forest"]'), forests, 'a forest plot per row of every run');
    const bars = await o.page.locator('figure[data-chart="forest"]').first().locator('g[aria-label="bar"] rect').count();
    tt.equal(bars, examplePairs.filter(p => p.row === exampleRows[0].row).length, 'one bar per class pair');
    const x0Marks = await o.page.locator('figure[data-chart="forest"]').first().locator('g[aria-label="dot"]').nth(2).locator('path').count();
    tt.equal(x0Marks, bars, 'ρ at x₀ marked on every pair: x₀ was read back from the data the header names');
    tt.equal(await count(o, 'figure[data-chart="verdict-matrix"]'), files.length, 'a verdict matrix per run');
    const cells = await o.page.locator('figure[data-chart="verdict-matrix"]').first().locator('g[aria-label="cell"]').nth(1).locator('rect').count();
    tt.equal(cells, exampleRows.length, 'one verdict cell per row');
    tt.equal(await count(o, 'figure[data-chart="counterexample-signal"]'), attackCex, 'an ECG counterexample drawn as a signal');
    tt.equal(await o.page.locator('figure[data-chart="counterexample-signal"]').first().locator('g[aria-label="line"] path').count(), 2 + 1, 'x₀ and the counterexample, and their difference');
    if (mnist) {
      tt.equal(await count(o, 'figure[data-chart="counterexample-image"]'), mnistRows, 'the MNIST counterexample drawn as images');
      const images = o.page.locator('figure[data-chart="counterexample-image"]').first().locator('svg');
      tt.equal(await images.count(), 3, 'x₀, counterexample, difference');
      tt.equal(await images.first().locator('g[aria-label="cell"] rect').count(), 64, 'an 8 × 8 image');
    }
    tt.equal(await count(o, 'figure[data-chart="bab-convergence"]'), babPairs + realBab, 'a convergence chart per pair that ran branch and bound');
    tt.equal(await o.page.locator('figure[data-chart="bab-convergence"]').first().locator('g[aria-label="line"] path').count(), 4, 'bound and best witness of both ends');
    const babTable = await o.page.locator('figure[data-chart="bab-convergence"] + div table').first().innerText();
    tt.match(babTable, new RegExp(`min\\t${details[0].nodes}\\t${details[0].maxDepth}\\t${details[0].leavesToMilp}\\t${details[0].open}`), 'the numbers under the chart');
    const height = Number(await o.page.evaluate('document.body.scrollHeight'));
    tt.ok(height > 2000 && height < 40_000, `page height ${height} px`);
  });
});

t.test('bench records: study charts with their tables, under 2 MB', async tt => {
  const html = join(dir, 'study.html');
  const r = await cli(['report', ...BENCH, '--out', html]);
  tt.equal(r.code, 0, r.err);
  const size = statSync(html).size;
  tt.ok(size < 2_000_000, `study report ${size} bytes`);
  const queries = BENCH.flatMap(f => readJsonl(f)).filter(x => x.kind === 'query');
  const groups = new Set(queries.map(q => `${String(q.suite)} · ${String(q.scheme)}`));
  const cells = new Set(queries.map(q => `${String(q.suite)}|${String(q.entry)}|${String(q.method)}`));
  await inBrowser(tt, html, 'study', async (o, tt) => {
    for (const kind of ['verdict-bars', 'lrsm-box', 'width-ratio', 'time', 'exact-share']) tt.equal(await count(o, `figure[data-chart="${kind}"]`), 1, `chart ${kind}`);
    const labels = await o.page.locator('figure[data-chart="verdict-bars"] g[aria-label="y-axis tick label"] text').allTextContents();
    tt.same(new Set(labels), groups, 'one stacked bar per suite and scheme');
    tt.equal(await o.page.locator('figure[data-chart="exact-share"] g[aria-label="cell"] rect').count(), cells.size, 'one cell per entry and method');
    tt.ok(await count(o, 'table') >= 8, 'tables under the charts');
    const height = Number(await o.page.evaluate('document.body.scrollHeight'));
    tt.ok(height > 2000 && height < 60_000, `page height ${height} px`);
  });
});
