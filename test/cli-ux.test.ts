/**
 * The CLI as people and scripts drive it (issue 18), in this process on tiny hand-made twins:
 * stdout carries only the chosen format (it parses, also when a model ends in Softmax and
 * notes are printed), --fail-on exit codes, --format vnncomp, per-end reasons and row
 * timings, hard row budgets with sound bounds, progress lines, --config files, README's
 * generated reference, and the table's summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { floatTensor, tinyModel } from './fixtures/onnx/tiny.js';
import { main } from '../src/cli/main.js';
import { withReference } from '../src/cli/cli-reference.js';
import { progressView } from '../src/cli/progress-view.js';
import { columnFormat } from '../src/cli/report.js';
import { loadOnnx } from '../src/onnx/load.js';
import { rhoAt } from '../src/rsm/objective.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { samplePoints, testSeed } from './helpers/sampling.js';
import { needShared } from './helpers/shared.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-cli-ux-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** x[1,2] → Gemm(W1) → Relu → Gemm(W2) → Softmax: 3 classes. */
function mlp(path: string, w1: number[], w2: number[], softmax: boolean): string {
  const nodes = [
    { op: 'Gemm', inputs: ['x', 'W1', 'b1'], outputs: ['h'], attrs: [{ name: 'transB', type: 2, i: 1 }] },
    { op: 'Relu', inputs: ['h'], outputs: ['r'] },
    { op: 'Gemm', inputs: ['r', 'W2', 'b2'], outputs: [softmax ? 'z' : 'y'], attrs: [{ name: 'transB', type: 2, i: 1 }] },
    ...(softmax ? [{ op: 'Softmax', inputs: ['z'], outputs: ['y'], attrs: [{ name: 'axis', type: 2, i: 1 }] }] : []),
  ];
  writeFileSync(path, tinyModel({ input: { name: 'x', dims: [1, 2] }, nodes, inits: [floatTensor('W1', [3, 2], w1), floatTensor('b1', [3], [0.1, 0, -0.1]), floatTensor('W2', [3, 3], w2), floatTensor('b2', [3], [0, 0.05, 0])] }));
  return path;
}
const W1 = [1, 0.5, -0.5, 1, 0.3, -0.8];
const W2 = [1, -0.5, 0.2, -0.3, 1, 0.4, 0.2, 0.1, -1];
const N1 = mlp(join(dir, 'n1.onnx'), W1, W2, true);
const N2 = mlp(join(dir, 'n2.onnx'), W1.map(w => w * 1.01), W2, true);
/** N2's classes 0 and 1 swapped: it decides otherwise near x₀, so N2 ⇒ N1 is violated. */
const SWAP = mlp(join(dir, 'swap.onnx'), W1, [...W2.slice(3, 6), ...W2.slice(0, 3), ...W2.slice(6)], true);
const DATA = join(dir, 'data.json');
writeFileSync(DATA, JSON.stringify([{ x: [0.6, 0.2], label: 0 }, { x: [0.2, 0.7], label: 1 }]));
/** A point where N1 decides 1 and SWAP decides 0, labelled 0: N2 ⇒ N1 for class 0 fails at x₀. */
const CEX = join(dir, 'cex.json');
writeFileSync(CEX, JSON.stringify([{ x: [0.2, 0.7], label: 0 }]));

interface Run {
  code: number;
  out: string;
  err: string;
}
async function cli(args: string[], tty = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: s => void out.push(s), stderr: s => void err.push(s), stderrIsTTY: tty });
  return { code, out: out.join(''), err: err.join('') };
}
const base = (...extra: string[]): string[] => ['verify', '--n1', N1, '--n2', N2, '--data', DATA, '--eps', '0.01', '--rows', '0,1', '--threads', '1', ...extra];

t.test('streams: stdout of every machine format parses; notes go to stderr', async tt => {
  const json = await cli(base('--format', 'json'));
  tt.equal(json.code, 0, json.err);
  tt.match(json.err, /note: N1: .*Softmax/i, 'the Softmax note is on stderr');
  const doc = JSON.parse(json.out) as { rows: { verdict: string }[] };
  tt.equal(doc.rows.length, 2);
  const jsonl = await cli(base('--format', 'jsonl'));
  const recs = jsonl.out.trim().split('\n').map(l => JSON.parse(l) as { kind: string });
  tt.same([...new Set(recs.map(r => r.kind))], ['run', 'pair', 'row']);
  tt.match(jsonl.err, /summary: 2 row\(s\)/, 'the summary of a machine format is on stderr');
  const vnn = await cli(base('--format', 'vnncomp'));
  tt.same(vnn.out.trim().split('\n').map(w => /^(unsat|sat|unknown|timeout)$/.test(w)), [true, true], vnn.out);
  const table = await cli(base('--out', join(dir, 't.txt')));
  tt.equal(table.code, 2);
  tt.match(table.err, /^twinmargin: error: --out .*t\.txt: results files are written with --format json or jsonl/);
  tt.equal(table.err.trim().split('\n').length, 1, 'one line');
});

t.test('exit codes: --fail-on violated|unknown', async tt => {
  const swapped = (...extra: string[]): string[] => ['verify', '--n1', N1, '--n2', SWAP, '--data', CEX, '--eps', '0.01', '--rows', '0', '--threads', '1', '--format', 'vnncomp', ...extra];
  const v0 = await cli(swapped());
  tt.equal(v0.code, 0, 'a finished run exits 0 by default');
  tt.equal(v0.out.trim(), 'sat', 'VNN-COMP word of a violated row');
  tt.equal((await cli(swapped('--fail-on', 'violated'))).code, 10);
  tt.equal((await cli(swapped('--fail-on', 'unknown'))).code, 10, 'violated before unknown');
  const holds = await cli(base('--method', 'milp', '--format', 'vnncomp', '--fail-on', 'unknown'));
  tt.equal(holds.out.trim(), 'unsat\nunsat');
  tt.equal(holds.code, 0);
  const open = base('--method', 'interval', '--implication', 'sound', '--eps', '0.5', '--domain', 'none', '--format', 'vnncomp');
  const unknown = await cli([...open, '--fail-on', 'unknown']);
  tt.match(unknown.out, /unknown/);
  tt.equal(unknown.code, 20);
  tt.equal((await cli([...open, '--fail-on', 'violated'])).code, 0);
  const help = await cli(['verify', '--help']);
  tt.match(help.out, /Exit codes:[\s\S]*10 [\s\S]*20 [\s\S]*70 /);
  tt.match(help.out, /--n1 <onnx> .*\[required\]/);
});

type Pair = { pair: [number, number]; lower: number; upper: number; seconds: number; status: string; min: { reason: string; phase?: string; seconds: number }; max: { reason: string; phase?: string; seconds: number } };
type Row = { row: number; seconds: number; timings?: Record<string, number>; budgetStop?: { phase: string }; verdict: string };
const parse = (out: string): { results: Pair[]; rows: Row[] } => JSON.parse(out) as { results: Pair[]; rows: Row[] };

t.test('result words and honest timings', async tt => {
  const milp = parse((await cli(base('--method', 'milp', '--format', 'json'))).out);
  tt.ok(milp.results.every(p => p.min.reason === 'solved' && p.max.reason === 'solved'), 'exact ends: solved');
  for (const r of milp.rows) {
    tt.ok(r.timings, 'row timings');
    const own = milp.results.filter(p => (p as unknown as { row: number }).row === r.row).reduce((s, p) => s + p.seconds, 0);
    // Ends may run side by side, so the sum may pass the wall clock; it never counts shared work twice.
    const t = r.timings ?? {};
    const parts = (t.relaxation ?? 0) + (t.attack ?? 0) + (t.solve ?? 0);
    tt.ok(own <= parts + 1e-6, `the pairs' own seconds (${own}) are the row's relaxation, attack and solve (${parts}), without its bounds or implication`);
  }
  const relax = parse((await cli(base('--method', 'crown', '--format', 'json'))).out);
  tt.ok(relax.results.every(p => ['relaxation-only', 'decided-by-relaxation'].includes(p.min.reason)), 'no solver: relaxation words');
  const auto = parse((await cli(base('--format', 'json'))).out);
  tt.ok(auto.results.every(p => p.min.reason !== 'relaxation-only'), 'auto never says relaxation-only');
});

t.test('hard row budget: a stopped row reports sound bounds', async tt => {
  const r = await cli(base('--method', 'milp', '--row-time-limit', '0.001', '--format', 'json'));
  tt.equal(r.code, 0, r.err);
  const doc = parse(r.out);
  tt.ok(doc.rows.every(x => x.budgetStop !== undefined), 'both rows stopped');
  tt.ok(doc.results.every(p => p.min.reason === 'time-limit' && p.status === 'relaxed'));
  const [a, b] = [loadOnnx(N1), loadOnnx(N2)];
  const xs = [[0.6, 0.2], [0.2, 0.7]];
  for (const p of doc.results) {
    const row = (p as unknown as { row: number }).row;
    for (const x of samplePoints(neighbourhood(xs[row], 0.01, { lo: 0, hi: 1 }), 50, testSeed(`budget:${row}`))) {
      const v = rhoAt(a, b, x, p.pair);
      if (!(v >= p.lower - 1e-9 && v <= p.upper + 1e-9)) tt.fail(`ρ = ${v} outside [${p.lower}, ${p.upper}]`);
    }
  }
  // Within budget the worker's own result comes back.
  const ok = parse((await cli(base('--method', 'milp', '--row-time-limit', '120', '--format', 'json'))).out);
  tt.ok(ok.rows.every(x => x.budgetStop === undefined) && ok.results.every(p => p.status === 'exact'), 'a row within its budget is exact');
});

t.test('--total-time-limit 10 on the Kaggle CNN ends with sound bounds', { timeout: 240_000 }, async tt => {
  const [model, data] = needShared(tt, 'data/models/ecg/ecg_kaggle187_cnn_a.onnx', 'data/ecg_mitbih/kaggle187/mitbih_test_sample.csv') ?? [];
  if (!model) return;
  const twin = join(dir, 'k_int8.onnx');
  tt.equal((await cli(['make-twin', '--in', model, '--out', twin, '--quantize', 'int8'])).code, 0);
  const r = await cli(['verify', '--n1', model, '--n2', twin, '--data', data, '--rows', '0-3', '--eps', '0.001', '--total-time-limit', '10', '--format', 'json', '--quiet']);
  tt.equal(r.code, 0, r.err);
  const doc = parse(r.out);
  tt.equal(doc.rows.length, 4, 'every row reported');
  const [a, b] = [loadOnnx(model), loadOnnx(twin)];
  const rows = readFileSync(data, 'utf8').trim().split('\n').slice(0, 4).map(l => l.split(',').slice(0, 187).map(Number));
  for (const p of doc.results) {
    const row = (p as unknown as { row: number }).row;
    tt.ok(Number.isFinite(p.lower) && Number.isFinite(p.upper), 'finite bounds');
    for (const x of samplePoints(neighbourhood(rows[row], 0.001, { lo: 0, hi: 1 }), 4, testSeed(`kaggle:${row}`))) {
      const v = rhoAt(a, b, x, p.pair);
      if (!(v >= p.lower && v <= p.upper)) tt.fail(`row ${row} pair ${p.pair}: ρ = ${v} outside [${p.lower}, ${p.upper}]`);
    }
  }
});

t.test('progress: a line per row and a heartbeat without a TTY, a live line on one, nothing with --quiet', async tt => {
  const lines: string[] = [];
  const v = progressView({ write: s => void lines.push(s), isTTY: false }, { rows: 2, endsPerRow: 4 }, 'normal', { heartbeatMs: 20 });
  v.rowStart(0);
  v.phase('solve');
  await new Promise(r => setTimeout(r, 70));
  v.rowDone(0, 'holds');
  v.stop();
  tt.ok(lines.some(l => /heartbeat/.test(l) && /row 0: solve/.test(l)), 'heartbeat names the row and phase');
  tt.ok(lines.some(l => /^row 0 done \(1\/2\): holds; elapsed .*, ETA /.test(l)));
  const tty: string[] = [];
  const w = progressView({ write: s => void tty.push(s), isTTY: true }, { rows: 2, endsPerRow: 4 }, 'normal');
  w.rowStart(3);
  w.phase('bounds');
  w.stop();
  tt.match(tty.join(''), /\r\x1b\[2Kverify: rows 0\/2 \| ends 0\/8 \| row 3: bounds \| elapsed 0s \| ETA \?/);
  const quiet: string[] = [];
  const q = progressView({ write: s => void quiet.push(s), isTTY: false }, { rows: 1, endsPerRow: 2 }, 'quiet', { heartbeatMs: 5 });
  q.rowDone(0, 'holds');
  await new Promise(r => setTimeout(r, 20));
  q.stop();
  tt.same(quiet, []);
  const run = await cli(base('--method', 'crown', '--format', 'jsonl'));
  tt.match(run.err, /row 0 done \(1\/2\)/);
  const silent = await cli(base('--method', 'crown', '--format', 'jsonl', '--quiet'));
  tt.equal(silent.err, '', '--quiet: nothing on stderr');
});

t.test('--config: every option from a file, flags override, one-line errors naming the key', async tt => {
  const yaml = join(dir, 'run.yaml');
  writeFileSync(yaml, `n1: ${N1}\nn2: ${N2}\ndata: ${DATA}\neps: 0.01\nrows: 0\nmethod: crown\nformat: vnncomp\nthreads: 1\nquiet: true\n`);
  const r = await cli(['verify', '--config', yaml]);
  tt.equal(r.code, 0, r.err);
  tt.equal(r.out.trim().split('\n').length, 1, 'one row, as the file says');
  const over = await cli(['verify', '--config', yaml, '--rows', '0,1', '--format', 'json']);
  tt.equal(parse(over.out).rows.length, 2, 'flags override the file');
  const json = join(dir, 'run.json');
  writeFileSync(json, JSON.stringify({ n1: N1, n2: N2, data: DATA, eps: 0.01, 'time-limit': 5, method: 'crown', format: 'json', quiet: true }));
  tt.equal(JSON.parse((await cli(['verify', '--config', json])).out).timeLimitSec, 5, 'JSON config, time-limit recorded');
  const bad = async (text: string, pattern: RegExp): Promise<void> => {
    writeFileSync(yaml, text);
    const e = await cli(['verify', '--config', yaml]);
    tt.equal(e.code, 2);
    tt.equal(e.err.trim().split('\n').length, 1, `one line: ${e.err.trim()}`);
    tt.match(e.err, pattern);
  };
  await bad(`n1: ${N1}\ntime-limt: 5\n`, /run\.yaml: unknown key time-limt/);
  await bad(`n1: ${N1}\nrows: [1, 2]\n`, /run\.yaml: key rows: expected a string or a number/);
  await bad(`n1: ${N1}\nforce: 3\n`, /run\.yaml: key force: expected true or false/);
  await bad(`n1: ${N1}\nn2: ${N2}\ndata: ${DATA}\neps: 0.01\ntime-limit: -1\n`, /run\.yaml: key time-limit: -1: expected a number of seconds > 0/);
  await bad('n1: [unclosed\n', /run\.yaml: not valid YAML/);
});

t.test('README: the CLI reference is generated from the option table', async tt => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  tt.equal(withReference(readme), readme, 'README.md is up to date (node --import tsx scripts/cli-reference.ts)');
});

t.test('table: one number format per column, and a summary', async tt => {
  const f = columnFormat([69393.243352, 1.347e5]);
  tt.same([f(69393.243352), f(1.347e5)], ['6.939e+4', '1.347e+5'], 'one format for the column');
  const r = await cli(base('--method', 'milp'));
  tt.match(r.out, /^summary: 2 row\(s\): holds 2, violated 0, unknown 0; exact ends 8\/8; total [\d.]+ s$/m);
  tt.notMatch(r.out, /note:/, 'notes are not on stdout');
});

t.test('smaller items: the label-column hint, and a glpsol-readable --sense max MPS', async tt => {
  const csv = join(dir, 'labelfirst.csv');
  writeFileSync(csv, '1,0.6,0.2\n0,0.2,0.7\n');
  const e = await cli(['verify', '--n1', N1, '--n2', N2, '--data', csv, '--eps', '0.01']);
  tt.equal(e.code, 2);
  tt.match(e.err, /label "0\.2" is not a non-negative integer; column 0 holds "1": if that is the label, set --label-col first\n$/);
  tt.notMatch(e.err, /--scale/, 'no --scale hint for a label column');

  const out = join(dir, 'enc');
  const r = await cli(['encode', '--n1', N1, '--n2', N2, '--data', DATA, '--eps', '0.05', '--pair', '0:1', '--sense', 'max', '--out', out, '--name', 'q', '--solve']);
  tt.equal(r.code, 0, r.err);
  const glpk = readFileSync(join(out, 'q.glpk.mps'), 'utf8');
  tt.notMatch(glpk, /^OBJSENSE/m, 'no OBJSENSE section');
  tt.match(readFileSync(join(out, 'q.mps'), 'utf8'), /^OBJSENSE/m, 'the standard file keeps it');
  const side = JSON.parse(readFileSync(join(out, 'q.json'), 'utf8')) as { solve: { objective: number }; files: Record<string, string> };
  tt.equal(side.files.glpkMps, 'q.glpk.mps');
  const { spawnSync } = await import('node:child_process');
  const glpsol = spawnSync('glpsol', ['--freemps', join(out, 'q.glpk.mps'), '--max', '-o', join(out, 'q.sol')], { encoding: 'utf8' });
  if (glpsol.error) {
    tt.comment('glpsol not installed: the solve by GLPK is not checked');
    return;
  }
  tt.equal(glpsol.status, 0, glpsol.stdout);
  const m = /Objective:\s+\S+\s+=\s+(\S+)/.exec(readFileSync(join(out, 'q.sol'), 'utf8'));
  tt.ok(m && Math.abs(Number(m[1]) - side.solve.objective) < 1e-5, `glpsol's max ${m?.[1]} = HiGHS's ${side.solve.objective}`);
});

t.test('preprocessing: --layout nhwc reorders to NCHW, --mean/--std per channel, a warning for an unspecified layout', async tt => {
  const { preprocessDomain, preprocessSamples } = await import('../src/cli/preprocess.js');
  const net = { source: 'img', sha256: '0', nodes: [{ kind: 'input' as const, name: 'x', size: 8, shape: [1, 2, 2, 2], inputs: [] }], output: 0, notes: [] };
  // HWC: pixel p has (r, g) = (p, 10 + p).
  const hwc = { row: 0, x: Float64Array.from([0, 10, 1, 11, 2, 12, 3, 13]), label: 0 };
  const warnings: string[] = [];
  const [chw] = preprocessSamples([hwc], { layout: 'nhwc' }, net, w => void warnings.push(w));
  tt.same(Array.from(chw.x), [0, 1, 2, 3, 10, 11, 12, 13], 'channel by channel');
  tt.same(warnings, []);
  const [norm] = preprocessSamples([hwc], { layout: 'nhwc', mean: [1, 10], std: [2, 4] }, net, () => undefined);
  tt.same(Array.from(norm.x), [-0.5, 0, 0.5, 1, 0, 0.25, 0.5, 0.75]);
  preprocessSamples([hwc], {}, net, w => void warnings.push(w));
  tt.match(warnings.join('\n'), /input \[1,2,2,2\] is channels-first .*--layout nhwc/);
  tt.same(preprocessDomain({ lo: 0, hi: 1 }, { mean: [0.5, 0], std: [0.5, 2] }), { lo: -1, hi: 1 }, 'the union over channels');
  tt.throws(() => preprocessSamples([hwc], { mean: [1, 2, 3] }, net, () => undefined), /--mean: 3 values, but N1's input \[1,2,2,2\] has 2 channel\(s\)/);
  const r = await cli(base('--method', 'crown', '--mean', '0.1', '--std', '2', '--format', 'json', '--quiet'));
  tt.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out) as { preprocess: { mean: number[]; std: number[]; modelDomain: number[] }; domain: number[] };
  tt.same(doc.preprocess.mean, [0.1]);
  tt.same(doc.domain, [0, 1], 'the raw domain');
  tt.same(doc.preprocess.modelDomain, [-0.05, 0.45], 'the normalised domain');
});
