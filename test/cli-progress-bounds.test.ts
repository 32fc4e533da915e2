/**
 * A long end's best bounds so far reach the progress display (issue 18): branch and bound's
 * anytime [lower, upper] flows from the search (in this thread, or a row worker's under
 * --row-time-limit) to the live line on a terminal and to the heartbeat without one, while
 * stdout carries only the chosen format. Asserts what is written, never how long it took.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { floatTensor, tinyModel } from './fixtures/onnx/tiny.js';
import { main } from '../src/cli/main.js';
import { bestBounds, progressView } from '../src/cli/progress-view.js';
import type { EndProgress } from '../src/verify/control.js';

const dir = mkdtempSync(join(tmpdir(), 'twinmargin-progress-bounds-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** x[1,2] → Gemm(W1) → Relu → Gemm(W2): 3 classes. */
function mlp(path: string, w1: number[], w2: number[]): string {
  const nodes = [
    { op: 'Gemm', inputs: ['x', 'W1', 'b1'], outputs: ['h'], attrs: [{ name: 'transB', type: 2, i: 1 }] },
    { op: 'Relu', inputs: ['h'], outputs: ['r'] },
    { op: 'Gemm', inputs: ['r', 'W2', 'b2'], outputs: ['y'], attrs: [{ name: 'transB', type: 2, i: 1 }] },
  ];
  writeFileSync(path, tinyModel({ input: { name: 'x', dims: [1, 2] }, nodes, inits: [floatTensor('W1', [3, 2], w1), floatTensor('b1', [3], [0.1, 0, -0.1]), floatTensor('W2', [3, 3], w2), floatTensor('b2', [3], [0, 0.05, 0])] }));
  return path;
}
const W1 = [1, 0.5, -0.5, 1, 0.3, -0.8];
const W2 = [1, -0.5, 0.2, -0.3, 1, 0.4, 0.2, 0.1, -1];
const N1 = mlp(join(dir, 'n1.onnx'), W1, W2);
const N2 = mlp(join(dir, 'n2.onnx'), W1.map(w => w * 1.01), W2);
const DATA = join(dir, 'data.json');
writeFileSync(DATA, JSON.stringify([{ x: [0.6, 0.2], label: 0 }]));

async function cli(args: string[], tty: boolean): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: s => void out.push(s), stderr: s => void err.push(s), stderrIsTTY: tty });
  return { code, out: out.join(''), err: err.join('') };
}
const bab = (...extra: string[]): string[] => ['verify', '--n1', N1, '--n2', N2, '--data', DATA, '--eps', '0.5', '--rows', '0', '--threads', '1', '--method', 'bab', '--format', 'json', ...extra];
const INTERIM = /row 0: solve \| end [1-4]\/4 \(\d:\d (min|max)\) · bab · \[(-?[\d.e+-]+), (-?[\d.e+-]+)\] gap [\d.e+-]+ · \d+ nodes, \d+ open/;

t.test('the live line shows a bab end’s interim bounds; stdout is only the JSON', async tt => {
  for (const extra of [[], ['--row-time-limit', '600']]) {
    const r = await cli(bab(...extra), true);
    tt.equal(r.code, 0, r.err);
    const m = INTERIM.exec(r.err);
    tt.ok(m, `an interim bound on the live line ${extra.join(' ') || '(this thread)'}`);
    if (m) tt.ok(Number(m[2]) <= Number(m[3]), 'lower ≤ upper');
    const doc = JSON.parse(r.out) as { rows: { pairs: unknown[] }[] };
    tt.equal(doc.rows.length, 1, 'stdout parses as the one JSON document');
    tt.notMatch(r.out, /bab ·|heartbeat|\x1b/, 'no progress on stdout');
  }
});

t.test('the heartbeat without a TTY carries the running end’s best bounds, and drops them when it ends', async tt => {
  const lines: string[] = [];
  const v = progressView({ write: s => void lines.push(s), isTTY: false }, { rows: 2, endsPerRow: 4 }, 'normal', { heartbeatMs: 5 });
  const p: EndProgress = { pair: [0, 1], sense: 'maximize', method: 'bab', lower: -0.061, upper: -0.044, nodes: 120, open: 7 };
  v.rowStart(3);
  v.phase('solve');
  v.endDone();
  v.interim(p);
  // Wait for a heartbeat (however long that takes); what it says is what is checked.
  while (!lines.some(l => /heartbeat/.test(l))) await new Promise(r => setTimeout(r, 5));
  const beat = lines.find(l => /heartbeat/.test(l)) ?? '';
  tt.match(beat, 'row 3: solve | end 2/4 (0:1 max) · bab · [-0.061, -0.044] gap 1.7e-2 · 120 nodes, 7 open');
  v.endDone();
  lines.length = 0;
  while (!lines.some(l => /heartbeat/.test(l))) await new Promise(r => setTimeout(r, 5));
  v.stop();
  tt.notMatch(lines.find(l => /heartbeat/.test(l)) ?? '', /bab ·/, 'a finished end’s bounds are not shown');
  tt.equal(bestBounds({ ...p, sense: 'minimize', upper: Infinity }, 1, 2), 'end 1/2 (0:1 min) · bab · [-0.061, Infinity] gap ? · 120 nodes, 7 open');
});
