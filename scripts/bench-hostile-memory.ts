/**
 * Peak memory of the CLI on hostile inputs (issue 15's acceptance: every model or data file of
 * the corpus is rejected or processed with peak RSS under 1 GB). Builds the corpus in a
 * temporary directory (memory bombs of the catalogue, plus seeded mutations of the embedded ECG
 * model and of tiny models as in test/fuzz-inputs.test.ts), runs `twinmargin verify --method
 * crown` on each under `/usr/bin/time -f %M`, and writes
 * benchmarks/results/hostile-memory-<timestamp>.json with exit code, first stderr line and
 * peak RSS per case.
 *
 *   node --import tsx scripts/bench-hostile-memory.ts [--mutants N]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import seedrandom from 'seedrandom';
import { attr, floatTensor, int64Tensor, randoms, tinyModel } from '../test/fixtures/onnx/tiny.js';

const ROOT = new URL('..', import.meta.url).pathname;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const mutants = Number(process.argv[process.argv.indexOf('--mutants') + 1] ?? 0) || 20;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-hostile-mem-'));
const LIMIT_KB = 1024 * 1024;

function twin(shift: number): Uint8Array {
  return tinyModel({
    input: { name: 'x', dims: [1, 4] },
    nodes: [
      { op: 'Gemm', inputs: ['x', 'W1', 'b1'], outputs: ['h'], attrs: [attr.int('transB', 1)] },
      { op: 'Relu', inputs: ['h'], outputs: ['r'] },
      { op: 'Gemm', inputs: ['r', 'W2', 'b2'], outputs: ['y'], attrs: [attr.int('transB', 1)] },
    ],
    inits: [floatTensor('W1', [6, 4], randoms(24, 1).map(v => v + shift)), floatTensor('b1', [6], randoms(6, 2)), floatTensor('W2', [3, 6], randoms(18, 3)), floatTensor('b2', [3], randoms(3, 4))],
  });
}
const file = (name: string, bytes: Uint8Array | string): string => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const N1 = file('n1.onnx', twin(0));
const N2 = file('n2.onnx', twin(0.01));
const DATA = file('data.csv', '0.1,0.2,0.3,0.4,0\n');

interface Case {
  readonly name: string;
  readonly args: string[];
}
const tiny = (name: string, args: string[]): Case => ({ name, args: ['verify', '--n1', N1, '--n2', N2, '--data', DATA, '--eps', '0.01', '--method', 'crown', ...args] });
const cases: Case[] = [];
cases.push(tiny('ConstantOfShape [50000,50000]', ['--n1', file('cos.onnx', tinyModel({ nodes: [{ op: 'ConstantOfShape', inputs: ['s'], outputs: ['c'] }, { op: 'Add', inputs: ['x', 'c'], outputs: ['y'] }], inits: [int64Tensor('s', [2], [50000, 50000])] }))]));
cases.push(tiny('input [1,2e9]', ['--n1', file('wide.onnx', tinyModel({ input: { name: 'x', dims: [1, 2e9] }, nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] }))]));
cases.push(tiny('initializer claiming [4,1e12]', ['--n1', file('claim.onnx', tinyModel({ nodes: [{ op: 'MatMul', inputs: ['x', 'W'], outputs: ['y'] }], inits: [{ name: 'W', dims: [4, 1e12], dataType: 1 }] }))]));
const member = gzipSync(Buffer.alloc(2 ** 20, 0x30));
cases.push(tiny('gzip bomb, 3 MB → 3 GiB', ['--data', file('bomb.csv.gz', Buffer.concat(Array.from({ length: 3072 }, () => member)))]));
let deep = '0.5';
for (let k = 0; k < 5000; k++) deep = `[${deep}]`;
cases.push(tiny('JSON x nested 5000 levels', ['--data', file('deep.json', `[{"x": ${deep}, "label": 0}]`)]));
cases.push(tiny('--eps 1e308 --domain none', ['--eps', '1e308', '--domain', 'none']));

const rng = seedrandom('twinmargin:hostile-memory');
const ecg = readFileSync(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
for (let k = 0; k < mutants; k++) {
  const b = Uint8Array.from(ecg);
  for (let f = 0; f < 4; f++) b[Math.floor(rng() * b.length)] ^= 1 << Math.floor(rng() * 8);
  const path = file(`ecg-mutant-${k}.onnx`, b);
  cases.push({ name: `ECG bit-flip mutant ${k}`, args: ['verify', '--n1', path, '--n2', `${ECG}ecg_mitbih260_cnn_int8w.onnx`, '--data', `${ECG}mitbih260_beats_subset.csv`, '--domain', 'none', '--eps', '0.0002', '--method', 'crown'] });
}

const results = cases.map(c => {
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB %M', process.execPath, '--import', 'tsx', `${ROOT}src/cli/main.ts`, ...c.args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  const m = /PEAK_RSS_KB (\d+)/.exec(r.stderr);
  const peakKb = m ? Number(m[1]) : NaN;
  const message = r.stderr.split('\n').find(l => l.startsWith('twinmargin:')) ?? '';
  const row = { case: c.name, exit: r.status, peakRssMb: Math.round(peakKb / 1024), message: message.slice(0, 200) };
  console.log(`${row.exit}\t${String(row.peakRssMb).padStart(5)} MB\t${c.name}\t${row.message}`);
  return row;
});
const worst = Math.max(...results.map(r => r.peakRssMb));
const over = results.filter(r => !(r.peakRssMb * 1024 < LIMIT_KB));
const exit70 = results.filter(r => r.exit !== 0 && r.exit !== 2);
console.log(`${results.length} cases; peak RSS max ${worst} MB; ${over.length} at or over 1 GB; ${exit70.length} with an exit code other than 0 or 2`);
mkdirSync(`${ROOT}benchmarks/results`, { recursive: true });
const out = `${ROOT}benchmarks/results/hostile-memory-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(out, JSON.stringify({ machine: { cpus: cpus().length, totalMemMb: Math.round(totalmem() / 2 ** 20), node: process.version }, limitMb: 1024, maxPeakRssMb: worst, results }, null, 1) + '\n');
console.log(`wrote ${out}`);
