/**
 * The CLI as a user meets it: each bad input gives one line naming the problem and exit code 2
 * with no stack trace; a JSONL run appends row by row, resumes after an interruption (including
 * a torn last line), and refuses to mix results of a different run, never losing what it wrote.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { floatTensor, tinyModel } from './fixtures/onnx/tiny.js';
import { optionalShared } from './helpers/shared.js';

const ROOT = new URL('..', import.meta.url).pathname;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const N1 = `${ECG}ecg_mitbih260_cnn_fp32.onnx`;
const N2 = `${ECG}ecg_mitbih260_cnn_int8w.onnx`;
const BEATS = `${ECG}mitbih260_beats_subset.csv`;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-cli-'));

function cli(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 300_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const base = ['verify', '--n1', N1, '--n2', N2, '--data', BEATS, '--domain', 'none', '--eps', '0.00001', '--implication', 'sound', '--time-limit', '30'];

function expectUserError(tt: Test, args: string[], pattern: RegExp): void {
  const r = cli(args);
  tt.equal(r.code, 2, 'exit code 2');
  const lines = r.err.trim().split('\n');
  tt.equal(lines.length, 1, `one line on stderr: ${r.err.trim()}`);
  tt.match(lines[0], /^twinmargin: error: /);
  tt.match(lines[0], pattern);
  tt.notMatch(r.err, /\n\s+at /, 'no stack trace');
}

t.test('error catalogue', async tt => {
  const truncated = join(dir, 'truncated.onnx');
  writeFileSync(truncated, readFileSync(N1).subarray(0, 100));
  expectUserError(tt, [...base.slice(0, 2), truncated, ...base.slice(3)], /truncated\.onnx: not a valid ONNX file/);

  const nan = join(dir, 'nan.onnx');
  writeFileSync(nan, tinyModel({ input: { name: 'x', dims: [1, 260] }, nodes: [{ op: 'Gemm', inputs: ['x', 'W', 'b'], outputs: ['y'], attrs: [{ name: 'transB', type: 2, i: 1 }] }], inits: [floatTensor('W', [5, 260], Array.from({ length: 1300 }, (_, i) => (i === 17 ? NaN : 0.01))), floatTensor('b', [5], [0, 0, 0, 0, 0])] }));
  expectUserError(tt, [...base.slice(0, 4), nan, ...base.slice(5)], /nan\.onnx.*W.*NaN|nan\.onnx.*NaN.*W/);

  expectUserError(tt, [...base.slice(0, -4), '--eps', '-0.1', '--time-limit', '30'], /--eps -0\.1: expected a number ≥ 0/);
  expectUserError(tt, [...base, '--data', join(dir, 'missing.csv')], /data file not found: .*missing\.csv/);
  expectUserError(tt, [...base, '--rows', '500'], /row 500 requested, the file has 417 rows/);
  expectUserError(tt, [...base, '--pairs', '0:7'], /pair 0:7 is not a pair of distinct classes in 0\.\.4/);
  expectUserError(tt, [...base, '--domain', '1,0'], /--domain 1,0: lo must be below hi/);
  expectUserError(tt, [...base.slice(0, -1), '0'], /--time-limit 0: expected a number of seconds > 0/);

  const badLabel = join(dir, 'label9.json');
  writeFileSync(badLabel, JSON.stringify([{ x: Array.from({ length: 260 }, () => 0), label: 9 }]));
  expectUserError(tt, [...base, '--data', badLabel], /label9\.json: row 0 has label 9, but the networks have 5 classes/);

  const clipped = ['verify', '--n1', N1, '--n2', N2, '--data', BEATS, '--eps', '0.01'];
  expectUserError(tt, clipped, /outside the domain \[0, 1\].*--domain/);

  const mnist = optionalShared(tt, 'data/models/mnist/mnist784_student_36_10.onnx');
  if (mnist) expectUserError(tt, [...base.slice(0, 4), mnist, ...base.slice(5)], /input|inputs/);
});

t.test('jsonl results: appended per row, resumed, never mixed or lost', async tt => {
  const out = join(dir, 'run.jsonl');
  const first = cli([...base, '--rows', '0', '--format', 'jsonl', '--out', out]);
  tt.equal(first.code, 0, first.err);
  const recs1 = readFileSync(out, 'utf8').trim().split('\n').map(l => JSON.parse(l) as { kind: string; row?: number });
  tt.same(recs1.map(r => r.kind), ['run', 'pair', 'pair', 'pair', 'pair', 'row']);

  // A crash mid-write leaves a torn line; the restart cuts it and adds only the missing row.
  appendFileSync(out, '{"kind":"pair","row":100,"lower":');
  const second = cli([...base, '--rows', '0,100', '--format', 'jsonl', '--out', out]);
  tt.equal(second.code, 0, second.err);
  tt.match(second.err, /resuming .*run\.jsonl: 1 of 2 rows already done/);
  const recs2 = readFileSync(out, 'utf8').trim().split('\n').map(l => JSON.parse(l) as { kind: string; row?: number });
  tt.equal(recs2.filter(r => r.kind === 'row').length, 2, 'two row records');
  tt.same(recs2.filter(r => r.kind === 'row').map(r => r.row), [0, 100], 'no duplicates, in order');
  tt.equal(recs2.filter(r => r.kind === 'pair').length, 8);

  // A different run on the same file is refused, and the file is untouched.
  const before = readFileSync(out, 'utf8');
  expectUserError(tt, [...base.slice(0, -6), '--eps', '0.00002', '--implication', 'sound', '--time-limit', '30', '--rows', '0', '--format', 'jsonl', '--out', out], /holds results of a different run \(eps was 0\.00001, now 0\.00002\)/);
  tt.equal(readFileSync(out, 'utf8'), before, 'results already written are kept');
});

t.test('json output follows the documented contract', async tt => {
  const out = join(dir, 'one.json');
  const r = cli([...base, '--rows', '200', '--format', 'json', '--out', out, '--pairs', '2:0']);
  tt.equal(r.code, 0, r.err);
  const doc = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown> & { results: Record<string, unknown>[]; rows: Record<string, unknown>[] };
  for (const k of ['tool', 'version', 'n1', 'n2', 'eps', 'domain', 'results']) tt.ok(k in doc, `has ${k}`);
  const p = doc.results[0];
  for (const k of ['row', 'label', 'pair', 'lower', 'upper', 'rsmLower', 'rsmUpper', 'status', 'lowerWitness', 'upperWitness', 'seconds']) tt.ok(k in p, `result has ${k}`);
  tt.same(p.pair, [2, 0]);
  tt.ok((p.lower as number) <= (p.upper as number));
  tt.ok('implication' in doc.rows[0]);
});

t.teardown(() => rmSync(dir, { recursive: true, force: true }));
