/**
 * The NNet reader: a hand-written file with hand-computed logits (clamping, normalisation, raw
 * and de-normalised outputs), one-line errors naming file and line, and the ACAS Xu pairs of
 * ../shared against a plain float64 evaluation of their text (skipped when ../shared is absent,
 * failing then if TWINMARGIN_REQUIRE_SHARED=1).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import t from 'tap';
import { UserError } from '../src/errors.js';
import { forward } from '../src/layers/forward.js';
import { loadOnnx } from '../src/onnx/load.js';
import { loadNnet, parseNnet } from '../src/onnx/nnet.js';

const ROOT = new URL('..', import.meta.url).pathname;
/** ../shared beside the clone; TWINMARGIN_SHARED_DIR overrides it (e.g. for a git worktree elsewhere). */
const ACAS = `${process.env.TWINMARGIN_SHARED_DIR ?? `${ROOT}../shared`}/data/peers/acas/`;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-nnet-'));

/**
 * 2 inputs, one hidden layer of 2 ReLUs, 2 outputs. mins [0, -1], maxes [10, 1], means [5, 0],
 * ranges [10, 2]; output mean 1, range 4.
 *   x̃ = ((clamp(x0) − 5)/10, clamp(x1)/2)
 *   h = relu([[1, 2], [-1, 1]] x̃ + [0.5, 0])
 *   z = [[1, -1], [2, 0]] h + [0, -0.25]
 */
const TINY = `// a hand-made NNet file
// second comment line
2,2,2,2,
2,2,2,
0,
0.0,-1.0,
10.0,1.0,
5.0,0.0,1.0,
10.0,2.0,4.0,
1.0,2.0,
-1.0,1.0,
0.5,
0.0,
1.0,-1.0,
2.0,0.0,
0.0,
-0.25,
`;

function tinyByHand(x: readonly number[]): number[] {
  const c0 = Math.min(10, Math.max(0, x[0]));
  const c1 = Math.min(1, Math.max(-1, x[1]));
  const n0 = (c0 - 5) / 10;
  const n1 = c1 / 2;
  const h0 = Math.max(0, n0 + 2 * n1 + 0.5);
  const h1 = Math.max(0, -n0 + n1);
  return [h0 - h1, 2 * h0 - 0.25];
}

t.test('hand-written NNet file: clamping, normalisation, raw and de-normalised outputs', async tt => {
  const path = join(dir, 'tiny.nnet');
  writeFileSync(path, TINY);
  const net = loadNnet(path);
  const den = loadNnet(path, { outputs: 'denormalized' });
  const viaDispatch = loadOnnx(path);
  // Inside [min, max], on its faces, and outside (clamped).
  const points = [[5, 0], [7, 0.5], [2, -0.4], [0, -1], [10, 1], [-3, 0.2], [14, -5], [6, 3], [9.5, -0.99]];
  for (const x of points) {
    const want = tinyByHand(x);
    const got = forward(net, x);
    tt.ok(Math.abs(got[0] - want[0]) < 1e-12 && Math.abs(got[1] - want[1]) < 1e-12, `raw logits at [${x}]: ${Array.from(got)} vs ${want}`);
    const d = forward(den, x);
    tt.ok(Math.abs(d[0] - (want[0] * 4 + 1)) < 1e-12 && Math.abs(d[1] - (want[1] * 4 + 1)) < 1e-12, `de-normalised logits at [${x}]`);
    tt.same(Array.from(forward(viaDispatch, x)), Array.from(got), 'loadOnnx dispatches .nnet to the NNet reader');
  }
  // x = (5, 0): x̃ = (0, 0), h = (0.5, 0), z = (0.5, 0.75) exactly.
  tt.same(Array.from(forward(net, [5, 0])), [0.5, 0.75]);
  tt.match(net.notes.join(' '), /outputs raw/);
});

t.test('malformed NNet files: one line naming the file and the line', async tt => {
  const bad = (text: string, pattern: RegExp, what: string): void => {
    try {
      parseNnet(text, 'bad.nnet');
      tt.fail(`${what}: no error`);
    } catch (e) {
      tt.ok(e instanceof UserError, `${what}: a UserError`);
      tt.match((e as Error).message, pattern, what);
      tt.notOk((e as Error).message.includes('\n'), `${what}: one line`);
    }
  };
  bad(TINY.replace('1.0,2.0,\n', '1.0,x2,\n'), /^bad\.nnet: line 10: 'x2' is not a finite number/, 'a non-number');
  bad(TINY.replace('1.0,2.0,\n', '1.0,\n'), /^bad\.nnet: line 10: row 0 of layer 0's weights has 1 values, expected 2/, 'a short weight row');
  bad(TINY.replace('10.0,2.0,4.0,', '0.0,2.0,4.0,'), /line 9: range of input 0 is 0/, 'a zero range');
  bad(TINY.replace('2,2,2,2,\n', '2,3,2,2,\n'), /the layer sizes run from 2 to 2, but the header says 3 inputs/, 'sizes against header');
  bad(TINY.split('\n').slice(0, 14).join('\n'), /^bad\.nnet: the file ends before /, 'a truncated file');
  bad(TINY + '1.0,\n', /unexpected data after the last layer's biases/, 'trailing data');
  bad(TINY.replace('10.0,1.0,', '-1.0,1.0,'), /input 0 has minimum 0 above its maximum -1/, 'min above max');
});

/** A plain float64 evaluation of an NNet text, written independently of the reader. */
function plainNnet(text: string, x: readonly number[]): number[] {
  const lines = text.split('\n').filter(l => l.trim() && !l.startsWith('//')).map(l => l.split(',').filter(s => s.trim() !== '').map(Number));
  const sizes = lines[1];
  const n = sizes[0];
  let v = x.map((xi, i) => (Math.min(lines[4][i], Math.max(lines[3][i], xi)) - lines[5][i]) / lines[6][i]);
  let at = 7;
  for (let k = 0; k + 1 < sizes.length; k++) {
    const rows = sizes[k + 1];
    const w = lines.slice(at, at + rows);
    const b = lines.slice(at + rows, at + 2 * rows).map(l => l[0]);
    at += 2 * rows;
    const y = w.map((row, r) => row.reduce((s, wi, c) => s + wi * v[c], 0) + b[r]);
    v = k + 2 < sizes.length ? y.map(q => Math.max(0, q)) : y;
  }
  if (v.length === 0 || n !== x.length) throw new Error('bad plain evaluation');
  return v;
}

const PAIRS = ['1_1', '2_1'];
const acasMissing = !existsSync(ACAS);
const requireShared = process.env.TWINMARGIN_REQUIRE_SHARED === '1';

t.test('ACAS Xu .nnet pairs of ../shared: our IR against a plain evaluation of the text', { skip: acasMissing && !requireShared && `../shared/data/peers/acas not found at ${ACAS}` }, async tt => {
  if (acasMissing) {
    tt.fail(`TWINMARGIN_REQUIRE_SHARED=1 but ${ACAS} is missing`);
    return;
  }
  const rng = seedrandom('twinmargin:nnet-acas');
  // Property 1's box, and points outside [min, max] (clamped).
  const lo = [55947.691, -Math.PI, -Math.PI, 1145, 0];
  const hi = [60760, Math.PI, Math.PI, 1200, 60];
  for (const p of PAIRS) {
    for (const file of [`ACASXU_run2a_${p}_batch_2000.nnet`, `ACASXU_run2a_${p}_batch_2000_16bit.nnet`]) {
      const text = readFileSync(ACAS + file, 'utf8');
      const net = loadNnet(ACAS + file);
      let worst = 0;
      for (let k = 0; k < 200; k++) {
        const wide = k % 4 === 3;
        const x = lo.map((l, i) => (wide ? 2 * l - hi[i] : l) + rng() * (wide ? 3 : 1) * (hi[i] - l));
        const want = plainNnet(text, x);
        const got = forward(net, x);
        for (let j = 0; j < 5; j++) worst = Math.max(worst, Math.abs(got[j] - want[j]) / (1 + Math.abs(want[j])));
      }
      tt.ok(worst < 1e-12, `${file}: max relative difference ${worst} over 200 points`);
    }
  }
});
