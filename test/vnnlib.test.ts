/**
 * The VNN-LIB subset and the box files: boxes, strict bounds, comments, disjunctions as
 * regions, output constraints reported, and one-line errors naming line, column and token.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { UserError } from '../src/errors.js';
import { parseBoxes, readBoxes } from '../src/data/box.js';
import { parseVnnlib, readVnnlib } from '../src/data/vnnlib.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-vnnlib-'));

const DECL = `; two inputs, two outputs
(declare-const X_0 Real)
(declare-const X_1 Real)
(declare-const Y_0 Real)
(declare-const Y_1 Real)
`;

function userError(tt: Test, f: () => unknown, pattern: RegExp, what: string): void {
  try {
    f();
    tt.fail(`${what}: no error`);
  } catch (e) {
    tt.ok(e instanceof UserError, `${what}: a UserError (${(e as Error).message})`);
    tt.match((e as Error).message, pattern, what);
    tt.notOk((e as Error).message.includes('\n'), `${what}: one line`);
  }
}

t.test('one box, strict bounds as their closure, an output constraint reported', async tt => {
  const s = parseVnnlib(`${DECL}(assert (<= X_0 1.5))\n(assert (>= X_0 -0.5)) ; comment\n(assert (< X_1 2e-1))\n(assert (> X_1 -.25))\n(assert (<= Y_0 Y_1))\n`, 'a.vnnlib');
  tt.equal(s.inputs, 2);
  tt.equal(s.outputs, 2);
  tt.equal(s.regions.length, 1);
  tt.same(Array.from(s.regions[0].lower), [-0.5, -0.25]);
  tt.same(Array.from(s.regions[0].upper), [1.5, 0.2]);
  tt.same(s.regions[0].outputConstraints, ['Y_0 <= Y_1']);
  // A number on the left flips the comparison; repeated bounds intersect.
  const f = parseVnnlib(`${DECL}(assert (<= 0 X_0))\n(assert (>= 1 X_0))\n(assert (<= X_0 0.5))\n(assert (and (>= X_1 0) (<= X_1 1)))\n`, 'b.vnnlib');
  tt.same(Array.from(f.regions[0].lower), [0, 0]);
  tt.same(Array.from(f.regions[0].upper), [0.5, 1]);
  tt.same(f.regions[0].outputConstraints, []);
});

t.test('disjunctions of boxes become regions (VNN-COMP style (or (and ...)))', async tt => {
  const text = `${DECL}(assert (or
  (and (>= X_0 0) (<= X_0 1) (>= X_1 0) (<= X_1 1) (>= Y_0 3))
  (and (>= X_0 2) (<= X_0 3) (>= X_1 0) (<= X_1 1) (<= Y_1 0))
  (and (>= X_0 0) (<= X_0 1) (>= X_1 0) (<= X_1 1) (<= Y_1 -1))
  (and (>= X_0 5) (<= X_0 4) (>= X_1 0) (<= X_1 1))
))
`;
  const s = parseVnnlib(text, 'or.vnnlib');
  tt.equal(s.regions.length, 2, 'the same box twice is one region; an empty box is dropped');
  tt.same(Array.from(s.regions[0].lower), [0, 0]);
  tt.same(s.regions[0].outputConstraints, ['Y_0 >= 3', 'Y_1 <= -1']);
  tt.same(Array.from(s.regions[1].upper), [3, 1]);
  // The ACAS property 1 file committed under benchmarks/peers.
  const acas = readVnnlib(`${ROOT}benchmarks/peers/acas_prop_1_raw.vnnlib`);
  tt.equal(acas.inputs, 5);
  tt.same(Array.from(acas.regions[0].lower), [55947.691, -Math.PI, -Math.PI, 1145, 0]);
  tt.same(Array.from(acas.regions[0].upper), [60760, Math.PI, Math.PI, 1200, 60]);
  tt.same(acas.regions[0].outputConstraints, ['Y_0 >= 3.991125645861615']);
});

t.test('errors name the file, line, column and token', async tt => {
  const e = (text: string, pattern: RegExp, what: string): void => userError(tt, () => parseVnnlib(text, 'e.vnnlib'), pattern, what);
  e(`${DECL}(assert (<= X_0 1))\n(assert (>= X_0 0))\n(assert (<= X_1 1))\n(assert (>= X_1 0))\n(check-sat)\n`, /^e\.vnnlib: line 10, column 2: unexpected token 'check-sat'/, 'an unsupported command');
  e(`${DECL}(assert (<= X_0 (* 2 X_1)))\n`, /^e\.vnnlib: line 6, column 17: unexpected token '\('/, 'a nested term');
  e(`${DECL}(assert (<= X_0 1O))\n`, /line 6, column 17: unexpected token '1O'/, 'a bad number');
  e(`${DECL}(assert (<= X_2 1))\n`, /line 6, column 13: X_2 is used but not declared/, 'an undeclared variable');
  e(`${DECL}(assert (<= X_0 X_1))\n`, /relates two inputs/, 'two inputs in one atom');
  e(`${DECL}(assert (<= X_0 Y_1))\n`, /mixes inputs and outputs/, 'input against output');
  e(`${DECL}(assert (distinct X_0 1))\n`, /line 6, column 10: unexpected token 'distinct'/, 'an unsupported operator');
  e(`${DECL}(assert (<= X_0 1)\n`, /line 6, column 1: '\(' is never closed/, 'an unclosed list');
  e(`${DECL})`, /line 6, column 1: unexpected token '\)'/, 'a stray )');
  e(`${DECL}(assert (<= X_0 1))\n(assert (>= X_0 0))\n(assert (<= X_1 1))\n`, /X_1 has no lower bound/, 'an unbounded input');
  e(`(declare-const X_0 Int)\n`, /line 1, column 20: unexpected token 'Int'/, 'a non-Real declaration');
  e(`(declare-const X_1 Real)\n(assert (<= X_1 1))\n`, /X_0 is not declared, but X_1 is/, 'a gap in the inputs');
  e(`; nothing\n`, /no VNN-LIB declarations/, 'an empty file');
  userError(tt, () => readVnnlib(join(dir, 'missing.vnnlib')), /missing\.vnnlib: cannot read the VNN-LIB file \(ENOENT\)/, 'a missing file');
});

t.test('box files: one box or a list, lower/upper or lo/hi; errors name box and index', async tt => {
  const p = join(dir, 'b.json');
  writeFileSync(p, JSON.stringify([{ lower: [0, 1], upper: [1, 2] }, { lo: [-1, -1], hi: [1, 1] }]));
  const bs = readBoxes(p, 2);
  tt.equal(bs.length, 2);
  tt.same(Array.from(bs[1].lower), [-1, -1]);
  tt.same(Array.from(parseBoxes({ lower: [3], upper: [3] }, 'x')[0].upper), [3], 'lower = upper is a point');
  userError(tt, () => parseBoxes({ lower: [0, 2], upper: [1, 1] }, 'f.json'), /^f\.json: box 0: lower\[1\] = 2 is above upper\[1\] = 1/, 'lower above upper');
  userError(tt, () => parseBoxes([{ lower: [0], upper: ['a'] }], 'f.json'), /box 0 "upper"\[0\] = "a" is not a finite number/, 'a string');
  userError(tt, () => parseBoxes({ lower: [0], upper: [1] }, 'f.json', 2), /box 0 has 1 values, the networks take 2 inputs/, 'wrong size');
  userError(tt, () => parseBoxes({ low: [0] }, 'f.json'), /needs "lower" and "upper"/, 'missing keys');
  writeFileSync(p, '{"lower": [0,');
  userError(tt, () => readBoxes(p), /b\.json: not valid JSON/, 'broken JSON');
});
