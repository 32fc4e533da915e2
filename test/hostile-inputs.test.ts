/**
 * The catalogue of hostile and broken inputs of issue 15, one case per finding, tried as a new
 * user would: results files are never lost or overwritten, a second writer is refused, a corrupt
 * line is named or quarantined (never silently dropped), a resume covers every input, a CSV typo
 * never shifts rows, nothing hangs on an unwritable tree, tiny files cannot exhaust memory, and
 * every input problem exits 2 with one line (no stack trace, never 70).
 *
 * The twins are tiny (4 inputs, 3 classes) and most runs use `--method crown`, so each CLI run
 * takes seconds. Children that could hang get a bounded timeout; the assertions are on exit
 * codes, messages and files, never on speed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import t, { type Test } from 'tap';
import { BenchStore } from '../src/bench/store.js';
import type { BenchHeader } from '../src/bench/records.js';
import { readSamples } from '../src/data/read.js';
import { UserError } from '../src/errors.js';
import { loadOnnxBytes } from '../src/onnx/load.js';
import { JsonlResults, OutputLock, readJsonl } from '../src/io/results-file.js';
import { cliInProcess, type Run } from './helpers/cli.js';
import { attr, floatTensor, int64Tensor, randoms, tinyModel } from './fixtures/onnx/tiny.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-hostile-'));

/** Most cases run main() in this process (test/helpers/cli.ts); concurrency and hang cases spawn. */
const cli = cliInProcess;

/** A separate process, for runs that could hang (bounded by `timeoutMs`). */
function cliSpawn(args: string[], env: Record<string, string> = {}, timeoutMs = 300_000): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, ...args], {
    encoding: 'utf8', cwd: ROOT, timeout: timeoutMs, env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function cliAsync(args: string[]): Promise<Run> {
  return new Promise(res => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', d => (out += String(d)));
    child.stderr.on('data', d => (err += String(d)));
    child.on('close', code => res({ code, out, err }));
  });
}

/** Exit 2 with one line on stderr matching `pattern`, no stack trace. */
function expectUserError(tt: Test, r: Run, pattern: RegExp, what: string): void {
  tt.equal(r.code, 2, `${what}: exit code 2 (stderr: ${r.err.trim()})`);
  const lines = r.err.trim().split('\n');
  tt.equal(lines.length, 1, `${what}: one line on stderr`);
  tt.match(lines[0], /^twinmargin: error: /, what);
  tt.match(lines[0], pattern, what);
  tt.notMatch(r.err, /\n\s+at /, `${what}: no stack trace`);
}

// Tiny twins: N2 is N1 with shifted first-layer weights.
function twin(shift: number): Uint8Array {
  return tinyModel({
    input: { name: 'x', dims: [1, 4] },
    nodes: [
      { op: 'Gemm', inputs: ['x', 'W1', 'b1'], outputs: ['h'], attrs: [attr.int('transB', 1)] },
      { op: 'Relu', inputs: ['h'], outputs: ['r'] },
      { op: 'Gemm', inputs: ['r', 'W2', 'b2'], outputs: ['y'], attrs: [attr.int('transB', 1)] },
    ],
    inits: [
      floatTensor('W1', [6, 4], randoms(24, 1).map(v => v + shift)),
      floatTensor('b1', [6], randoms(6, 2)),
      floatTensor('W2', [3, 6], randoms(18, 3)),
      floatTensor('b2', [3], randoms(3, 4)),
    ],
  });
}
const N1 = join(dir, 'n1.onnx');
const N2 = join(dir, 'n2.onnx');
const DATA = join(dir, 'data.csv');
const DATA2 = join(dir, 'data2.csv');
writeFileSync(N1, twin(0));
writeFileSync(N2, twin(0.01));
writeFileSync(DATA, '0.1,0.2,0.3,0.4,0\n0.5,0.5,0.5,0.5,1\n0.2,0.3,0.1,0.9,2\n');
writeFileSync(DATA2, '0.9,0.8,0.7,0.6,0\n0.5,0.5,0.5,0.5,1\n0.2,0.3,0.1,0.9,2\n');

const verify = (...extra: string[]): string[] => ['verify', '--n1', N1, '--n2', N2, '--data', DATA, '--eps', '0.01', '--method', 'crown', ...extra];

function manifest(name: string, entry: Record<string, unknown> = {}): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({
    suite: name,
    entries: [{ name: 'tiny', scheme: 'quantized', n1: N1, n2: N2, data: DATA, domain: [0, 1], rows: [0, 1, 2], eps: [0.01], methods: ['crown', 'interval'], ...entry }],
  }));
  return path;
}

/** Drops timing fields, so two runs of the same command compare equal. */
function timeless(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(timeless);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!['seconds', 'ms', 'startedAt', 'finishedAt', 'timings'].includes(k)) out[k] = timeless(x);
    return out;
  }
  return v;
}
const recordsOf = (path: string): unknown[] => readFileSync(path, 'utf8').trim().split('\n').map(l => timeless(JSON.parse(l)));

t.test('1. --out never replaces an input or a file that is not this run\'s results', async tt => {
  // Private copies, so that a failure here (an overwritten input) cannot spoil the other cases.
  const n1 = join(dir, 'own-n1.onnx');
  const n2 = join(dir, 'own-n2.onnx');
  const data = join(dir, 'own-data.csv');
  writeFileSync(n1, readFileSync(N1));
  writeFileSync(n2, readFileSync(N2));
  writeFileSync(data, readFileSync(DATA));
  const own = (...extra: string[]): string[] => [...verify(...extra), '--n1', n1, '--n2', n2, '--data', data];
  expectUserError(tt, await cli(own('--format', 'json', '--out', n1)), /--out .*own-n1\.onnx: is the --n1 input of this run/, 'json --out = --n1');
  tt.same(readFileSync(n1), readFileSync(N1), 'N1 unchanged');
  expectUserError(tt, await cli(own('--format', 'json', '--out', data)), /is the --data input of this run/, 'json --out = --data');
  tt.same(readFileSync(data), readFileSync(DATA), 'data unchanged');
  expectUserError(tt, await cli(own('--format', 'jsonl', '--out', n2)), /is the --n2 input of this run/, 'jsonl --out = --n2');

  const other = join(dir, 'other.jsonl');
  tt.equal((await cli(verify('--format', 'jsonl', '--out', other))).code, 0, 'a jsonl run');
  const otherBytes = readFileSync(other);
  expectUserError(tt, await cli(verify('--format', 'json', '--out', other)), /other\.jsonl: exists and is not a twinmargin JSON results file; .*--force/, 'json --out = another run\'s jsonl');
  tt.same(readFileSync(other), otherBytes, 'the other results are unchanged');
  const forced = await cli(verify('--format', 'json', '--out', other, '--force'));
  tt.equal(forced.code, 0, `--force replaces it: ${forced.err}`);
  tt.equal((JSON.parse(readFileSync(other, 'utf8')) as { tool: string }).tool, 'twinmargin');

  const doc = join(dir, 'doc.json');
  tt.equal((await cli(verify('--format', 'json', '--out', doc))).code, 0);
  tt.equal((await cli(verify('--format', 'json', '--out', doc))).code, 0, 'the same command may rewrite its own results');
  expectUserError(tt, await cli(verify('--format', 'json', '--out', doc, '--eps', '0.02')), /doc\.json: holds results of a different run \(eps was 0\.01, now 0\.02\)/, 'json results of another run');
});

t.test('2. one writer per results file', async tt => {
  // A lock held by a live twinmargin-like process (this test runner, a node process).
  const held = join(dir, 'held.jsonl');
  writeFileSync(`${held}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: 'now' }) + '\n');
  expectUserError(tt, await cli(verify('--format', 'jsonl', '--out', held)), new RegExp(`held\\.jsonl: in use by another twinmargin run \\(pid ${process.pid}, lock file .*held\\.jsonl\\.lock\\)`), 'verify on a locked file');
  tt.notOk(existsSync(held), 'nothing written');
  const heldBench = join(dir, 'held-bench.jsonl');
  writeFileSync(`${heldBench}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: 'now' }) + '\n');
  expectUserError(tt, await cli(['bench', manifest('locked'), '--out', heldBench]), /held-bench\.jsonl: in use by another twinmargin run/, 'bench on a locked file');

  // A stale lock (its process is gone) is taken over, and released at the end.
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  const stale = join(dir, 'stale.jsonl');
  writeFileSync(`${stale}.lock`, JSON.stringify({ pid: dead, host: hostname(), since: 'then' }) + '\n');
  const r = await cli(verify('--format', 'jsonl', '--out', stale));
  tt.equal(r.code, 0, `stale lock taken over: ${r.err}`);
  tt.notOk(existsSync(`${stale}.lock`), 'lock released');

});

t.test('2. the lock in process: a second acquire fails naming the holder', async tt => {
  const path = join(dir, 'unit.jsonl');
  const lock = OutputLock.acquire(path, '--out');
  tt.throws(() => OutputLock.acquire(path, '--out'), new RegExp(`pid ${process.pid}`));
  lock.release();
  OutputLock.acquire(path, '--out').release();
  tt.notOk(existsSync(`${path}.lock`));
});

t.test('2. two concurrent runs on one --out', async tt => {
  // Two concurrent runs on one --out: each exits 0 or refuses with the lock message, and the file
  // equals an uninterrupted run's.
  const alone = join(dir, 'alone.jsonl');
  tt.equal((await cli(verify('--rows', 'all', '--format', 'jsonl', '--out', alone))).code, 0);
  const shared = join(dir, 'shared.jsonl');
  const runs = await Promise.all([cliAsync(verify('--rows', 'all', '--format', 'jsonl', '--out', shared)), cliAsync(verify('--rows', 'all', '--format', 'jsonl', '--out', shared))]);
  for (const x of runs) {
    tt.ok(x.code === 0 || (x.code === 2 && /in use by another twinmargin run/.test(x.err)), `concurrent verify: exit ${x.code} ${x.err.trim()}`);
  }
  tt.ok(runs.some(x => x.code === 0));
  tt.same(recordsOf(shared).slice(1), recordsOf(alone).slice(1), 'verify: the file equals an uninterrupted run\'s');

  const benchAlone = join(dir, 'bench-alone.jsonl');
  const suite = manifest('concurrent');
  tt.equal((await cli(['bench', suite, '--out', benchAlone, '--no-summary'])).code, 0);
  const benchShared = join(dir, 'bench-shared.jsonl');
  const bruns = await Promise.all([cliAsync(['bench', suite, '--out', benchShared, '--no-summary']), cliAsync(['bench', suite, '--out', benchShared, '--no-summary'])]);
  for (const x of bruns) {
    tt.ok(x.code === 0 || (x.code === 2 && /in use by another twinmargin run/.test(x.err)), `concurrent bench: exit ${x.code} ${x.err.trim()}`);
  }
  const key = (r: unknown): string => String((r as { key: string }).key);
  const sorted = (rs: unknown[]): unknown[] => rs.slice(1).sort((a, b) => key(a).localeCompare(key(b)));
  tt.same(sorted(recordsOf(benchShared)), sorted(recordsOf(benchAlone)), 'bench: the file equals an uninterrupted run\'s');
});

t.test('3. a corrupt line in the middle is named or quarantined, never deleted with what follows', async tt => {
  const out = join(dir, 'corrupt.jsonl');
  tt.equal((await cli(verify('--rows', 'all', '--format', 'jsonl', '--out', out))).code, 0);
  const lines = readFileSync(out, 'utf8').split('\n');
  const victim = 2; // 0-based: the second pair record of row 0
  lines[victim] = '{"kind":"pair","row":0,"pai';
  writeFileSync(out, lines.join('\n'));
  const before = readFileSync(out);
  expectUserError(tt, await cli(verify('--rows', 'all', '--format', 'jsonl', '--out', out)), /corrupt\.jsonl: line 3 is not a JSON record .*nothing was changed.*--repair/, 'corrupt middle line');
  tt.same(readFileSync(out), before, 'the file is unchanged');

  const r = await cli(verify('--rows', 'all', '--format', 'jsonl', '--out', out, '--repair'));
  tt.equal(r.code, 0, r.err);
  tt.match(r.err, /moved 1 unreadable line\(s\) to .*corrupt\.jsonl\.corrupt\.jsonl/);
  tt.match(r.err, /resuming .*: 2 of 3 rows already done/, 'rows 1 and 2, after the bad line, are kept');
  tt.equal(readFileSync(`${out}.corrupt.jsonl`, 'utf8'), '{"kind":"pair","row":0,"pai\n', 'the bad line is kept aside');
  const recs = readJsonl(out);
  tt.equal(recs.bad.length, 0);
  tt.same(recs.records.filter(x => x.kind === 'row').map(x => x.row).sort(), [0, 1, 2], 'every row complete again');
});

t.test('3. bench: a corrupt middle line in the store', async tt => {
  const bench = join(dir, 'corrupt-bench.jsonl');
  const header: BenchHeader = { kind: 'bench', tool: 'twinmargin', version: 'x', suite: 's', manifest: 'm', startedAt: 'now' };
  const q = (key: string): string => JSON.stringify({ kind: 'query', key, entry: 'e' });
  writeFileSync(bench, [JSON.stringify(header), q('a'), 'garbage{', q('b'), q('c'), q('d'), ''].join('\n'));
  tt.throws(() => BenchStore.open(bench, header, () => 'unknown'), /corrupt-bench\.jsonl: line 3 is not a JSON record/);
  const { store, resume } = BenchStore.open(bench, header, () => 'unknown', { repair: true });
  store.close();
  tt.equal(resume.quarantined, 1);
  tt.same(readJsonl(bench).records.map(x => x.key), [undefined, 'a', 'b', 'c', 'd'], 'all four records kept');
});

t.test('4. resume covers the data file and every option', async tt => {
  const out = join(dir, 'identity.jsonl');
  tt.equal((await cli(verify('--format', 'jsonl', '--out', out))).code, 0);
  expectUserError(tt, await cli(['verify', '--n1', N1, '--n2', N2, '--data', DATA2, '--eps', '0.01', '--method', 'crown', '--format', 'jsonl', '--out', out]), /identity\.jsonl: holds results of a different run \(data was "[0-9a-f]{64}", now "[0-9a-f]{64}"\)/, 'another data file');
  expectUserError(tt, await cli(verify('--format', 'jsonl', '--out', out, '--seed', 'other')), /holds results of a different run \(attack was/, 'another seed');
  expectUserError(tt, await cli(verify('--format', 'jsonl', '--out', out, '--scale', '0.5')), /holds results of a different run \(scale was 1, now 0\.5\)/, 'another scale');
  const same = await cli(verify('--format', 'jsonl', '--out', out));
  tt.equal(same.code, 0);
  tt.match(same.err, /1 of 1 rows already done/);
});

t.test('5. a typo in the first CSV row never makes it a header', async tt => {
  const typo = join(dir, 'typo.csv');
  writeFileSync(typo, '0.1,O.2,0.3,0.4,0\n0.5,0.5,0.5,0.5,1\n');
  tt.throws(() => readSamples(typo, [0], {}), /typo\.csv: row 0 \(line 1\), column 1: "O\.2" is not a finite number/);
  expectUserError(tt, await cli(['verify', '--n1', N1, '--n2', N2, '--data', typo, '--eps', '0.01', '--method', 'crown', '--rows', '0']), /typo\.csv: row 0 \(line 1\), column 1: "O\.2"/, 'verify --rows 0');
  const one = join(dir, 'one.csv');
  writeFileSync(one, '0.1,0.2,x,0.4,0\n');
  tt.throws(() => readSamples(one, [0], {}), /one\.csv: row 0 \(line 1\), column 2: "x" is not a finite number/);
  // A real header (no cell is a number) is still detected; a numeric one needs --header yes.
  const header = join(dir, 'header.csv');
  writeFileSync(header, 'a,b,c,d,label\n0.1,0.2,0.3,0.4,2\n');
  tt.same(readSamples(header, [0], {})[0].label, 2);
  const numeric = join(dir, 'numeric-header.csv');
  writeFileSync(numeric, '0,1,2,3,label\n0.1,0.2,0.3,0.4,2\n');
  tt.throws(() => readSamples(numeric, [0], {}), /label "label" is not a non-negative integer \(if line 1 is a header, pass --header yes\)/);
  tt.same(readSamples(numeric, [0], { header: 'yes' })[0].label, 2);
  tt.throws(() => readSamples(header, [0], { header: 'no' }), /row 0 \(line 1\), column 4: label "label"/);
  const onlyHeader = join(dir, 'only-header.csv');
  writeFileSync(onlyHeader, 'a,b,c\n');
  tt.throws(() => readSamples(onlyHeader, 'all', {}), /no data rows \(line 1 was read as a header .*--header no/);
  const ragged = join(dir, 'ragged.csv');
  writeFileSync(ragged, '0.1,0.2,0.3,0.4,0\n0.1,0.2,0.3,0\n');
  tt.throws(() => readSamples(ragged, [1], {}), /ragged\.csv: row 1 \(line 2\) has 4 fields, expected 5 like row 0 \(line 1\)/);
});

t.test('6. an unwritable tree fails fast instead of hanging', async tt => {
  const enc = cliSpawn(['encode', '--n1', N1, '--n2', N2, '--data', DATA, '--eps', '0.01', '--pair', '0:1', '--out', '/proc/twinmargin-enc'], {}, 120_000);
  expectUserError(tt, enc, /--out \/proc\/twinmargin-enc: cannot create the directory \/proc\/twinmargin-enc/, 'encode --out /proc/...');
  const bench = cliSpawn(['bench', manifest('proc'), '--out', '/proc/twinmargin-bench/x.jsonl'], {}, 120_000);
  expectUserError(tt, bench, /--out .*: cannot create the directory \/proc\/twinmargin-bench/, 'bench --out /proc/...');
  expectUserError(tt, cliSpawn(verify('--format', 'jsonl', '--out', '/proc/twinmargin.jsonl'), {}, 120_000), /--out \/proc\/twinmargin\.jsonl: cannot write in \/proc/, 'verify --out /proc/...');
});

t.test('7. tiny files cannot exhaust memory', async tt => {
  const cos = join(dir, 'cos.onnx');
  writeFileSync(cos, tinyModel({
    input: { name: 'x', dims: [1, 4] },
    nodes: [
      { op: 'ConstantOfShape', name: 'fill', inputs: ['s'], outputs: ['c'], attrs: [attr.tensor('value', floatTensor('v', [1], [1]))] },
      { op: 'Add', inputs: ['x', 'c'], outputs: ['y'] },
    ],
    inits: [int64Tensor('s', [2], [50000, 50000])],
  }));
  tt.ok(readFileSync(cos).length < 600, 'a tiny file');
  expectUserError(tt, await cli(verify('--n1', cos)), /cos\.onnx: node 'fill' \(ConstantOfShape\): a tensor of shape \[50000,50000\] has 2,500,000,000 elements, more than the limit of 16,777,216 \(raise TWINMARGIN_MAX_ELEMENTS/, 'ConstantOfShape [50000, 50000]');

  const wide = join(dir, 'wide.onnx');
  writeFileSync(wide, tinyModel({ input: { name: 'x', dims: [1, 2e9] }, nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] }));
  expectUserError(tt, await cli(verify('--n1', wide)), /wide\.onnx: the graph input 'x' of shape \[1,2000000000\] has 2,000,000,000 elements, more than the limit/, 'declared input [1, 2e9]');

  const claim = join(dir, 'claim.onnx');
  writeFileSync(claim, tinyModel({
    input: { name: 'x', dims: [1, 4] },
    nodes: [{ op: 'MatMul', inputs: ['x', 'W'], outputs: ['y'] }],
    inits: [{ name: 'W', dims: [4, 1e12], dataType: 1 }],
  }));
  expectUserError(tt, await cli(verify('--n1', claim)), /claim\.onnx: initializer 'W': a tensor of shape \[4,1000000000000\] has .* elements, more than the limit/, 'initializer claiming 4e12 elements');

  // Many tensors each under the limit: the total is capped too (limit lowered in process).
  const prev = process.env.TWINMARGIN_MAX_ELEMENTS;
  process.env.TWINMARGIN_MAX_ELEMENTS = '1000';
  try {
    const nodes = [];
    for (let k = 0; k < 6; k++) nodes.push({ op: 'ConstantOfShape', name: `c${k}`, inputs: ['s'], outputs: [`c${k}`] });
    nodes.push({ op: 'Relu', inputs: ['x'], outputs: ['r0'] });
    for (let k = 0; k < 6; k++) nodes.push({ op: 'Add', inputs: [`r${k}`, `c${k}`], outputs: [k === 5 ? 'y' : `r${k + 1}`] });
    const many = tinyModel({ input: { name: 'x', dims: [1, 900] }, nodes, inits: [int64Tensor('s', [2], [1, 900])] });
    tt.throws(() => loadOnnxBytes(many, 'many.onnx'), /many\.onnx: node 'c4' \(ConstantOfShape\): the tensors built so far hold .* elements, more than the limit of 4,000/);
  } finally {
    if (prev === undefined) delete process.env.TWINMARGIN_MAX_ELEMENTS;
    else process.env.TWINMARGIN_MAX_ELEMENTS = prev;
  }

  // --max-memory sets the same limits from the command line (all tensors of a model as float64;
  // half of it for a data file), is recorded in the header under `limits`, and is not identity.
  expectUserError(tt, await cli(['--max-memory', '1M', ...verify('--n1', wide)]), /wide\.onnx: the graph input 'x' .* more than the limit of 32,768 /, '--max-memory 1M: elements');
  expectUserError(tt, await cli(['--max-memory', 'lots', ...verify()]), /--max-memory lots: expected a size of at least 1 MiB/, '--max-memory lots');
  const limited = join(dir, 'limited.jsonl');
  tt.equal((await cli(['--max-memory', '64M', ...verify('--format', 'jsonl', '--out', limited)])).code, 0);
  const limits = (JSON.parse(readFileSync(limited, 'utf8').split('\n')[0]) as { limits: unknown }).limits;
  tt.same(limits, { maxMemory: 64 * 2 ** 20, maxElements: 2 ** 21, maxDataBytes: 32 * 2 ** 20 }, 'limits in the header');
  const resumed = await cli(verify('--format', 'jsonl', '--out', limited));
  tt.equal(resumed.code, 0, `another --max-memory resumes the same run: ${resumed.err}`);
  tt.match(resumed.err, /1 of 1 rows already done/, "the resume note is on stderr");

  // A gzip bomb: 300 concatenated gzip members of 1 MiB of zeros each (~300 KB on disk, 300 MiB
  // decompressed, above the default limit of 256 MiB); and a small one against a lowered limit.
  const member = gzipSync(Buffer.alloc(2 ** 20, 0x30));
  const bomb = join(dir, 'bomb.csv.gz');
  writeFileSync(bomb, Buffer.concat(Array.from({ length: 300 }, () => member)));
  tt.ok(readFileSync(bomb).length < 1e6, 'a small file');
  expectUserError(tt, await cli(verify('--data', bomb)), /bomb\.csv\.gz: decompresses to more than the limit of 268435456 bytes \(256 MiB\) for a data file; raise TWINMARGIN_MAX_DATA_BYTES/, 'gzip bomb');
  const small = join(dir, 'small-bomb.csv.gz');
  writeFileSync(small, Buffer.concat(Array.from({ length: 4 }, () => member)));
  expectUserError(tt, await cli(verify('--data', small), { TWINMARGIN_MAX_DATA_BYTES: String(2 ** 20) }), /small-bomb\.csv\.gz: decompresses to more than the limit of 1048576 bytes/, 'gzip bomb over a lowered limit');
  expectUserError(tt, await cli(['--max-memory', '2M', ...verify('--data', small)]), /small-bomb\.csv\.gz: decompresses to more than the limit of 1048576 bytes/, 'gzip bomb over --max-memory 2M');
});

t.test('8. input problems exit 2, never 70', async tt => {
  const r = await cli(verify('--format', 'json', '--out', join(dir, 'no-such-dir', 'r.json'), '--method', 'milp'));
  expectUserError(tt, r, /--out .*no-such-dir\/r\.json: the directory .*no-such-dir does not exist/, 'json --out in a missing directory');
  tt.equal(r.out, '', 'checked before any row was solved');
  expectUserError(tt, await cli(verify('--format', 'jsonl', '--out', dir)), /--out .*: is a directory; give a file name/, '--out a directory');
  // As root a mode bit does not stop writes; /proc does.
  expectUserError(tt, await cli(verify('--format', 'json', '--out', '/proc/r.json')), /--out \/proc\/r\.json: cannot write in \/proc/, 'unwritable --out');

  let deep = '0.5';
  for (let k = 0; k < 5000; k++) deep = `[${deep}]`;
  const deepFile = join(dir, 'deep.json');
  writeFileSync(deepFile, `[{"x": ${deep}, "label": 0}]`);
  tt.ok(readFileSync(deepFile).length < 11_000, '10 KB');
  expectUserError(tt, await cli(verify('--data', deepFile)), /deep\.json: row 0: "x" is nested more than 32 levels deep/, 'x nested 5000 levels');

  expectUserError(tt, await cli(verify('--eps', '1e308', '--domain', 'none')), /--eps 1e\+308: too large for row 0: the bounds of N1 at node .* reach .*; use a smaller --eps or a --domain/, '--eps 1e308');
  const clipped = await cli(verify('--eps', '1e308'));
  tt.equal(clipped.code, 0, `--eps 1e308 inside --domain 0,1 is the whole domain: ${clipped.err}`);

  const outside = join(dir, 'outside.csv');
  writeFileSync(outside, '3,0.2,0.3,0.4,0\n');
  expectUserError(tt, await cli(['encode', '--n1', N1, '--n2', N2, '--data', outside, '--eps', '0.01', '--pair', '0:1', '--out', join(dir, 'enc')]), /outside\.csv: row 0 feature 0 = 3 lies outside the domain \[0, 1\]/, 'encode on a row outside --domain');
});

t.test('9. minor findings', async tt => {
  expectUserError(tt, await cli(verify('--out', join(dir, 'table.txt'))), /--out .*table\.txt: results files are written with --format json or jsonl/, '--out with --format table');
  tt.notOk(existsSync(join(dir, 'table.txt')));

  const encDir = join(dir, 'enc-name', 'a', 'b');
  expectUserError(tt, await cli(['encode', '--n1', N1, '--n2', N2, '--data', DATA, '--eps', '0.01', '--pair', '0:1', '--out', encDir, '--name', '../../x']), /--name \.\.\/\.\.\/x: expected a file name stem without directory parts/, 'encode --name ../../x');
  tt.notOk(existsSync(join(dir, 'enc-name', 'x.lp')), 'nothing written outside --out');

  const badPair = await cli(['bench', manifest('pair09', { pairs: [[0, 9]] }), '--out', join(dir, 'pair09.jsonl')]);
  expectUserError(tt, badPair, /no entry of suite pair09 can run/, 'manifest pair [0, 9]');
  tt.match(badPair.out, /skipped entry tiny: pairs: class pair 0:9 is not a pair of distinct classes in 0\.\.2/);

  const verifyResults = join(dir, 'for-summarize.jsonl');
  tt.equal((await cli(verify('--format', 'jsonl', '--out', verifyResults))).code, 0);
  expectUserError(tt, await cli(['summarize', verifyResults]), /for-summarize\.jsonl: not a bench results file \(it is a `twinmargin verify` results file\)/, 'summarize of a verify file');

  const future = join(dir, 'opset99999.onnx');
  writeFileSync(future, tinyModel({ opset: 99999, input: { name: 'x', dims: [1, 4] }, nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] }));
  tt.throws(() => loadOnnxBytes(readFileSync(future), 'opset99999.onnx'), /opset99999\.onnx: the model declares default-domain opset 99999; twinmargin knows opsets 1 to 25/);
});

t.test('a resumed JSONL header check is a UserError, not a crash, for any header', async tt => {
  const path = join(dir, 'headers.jsonl');
  writeFileSync(path, '{"kind":"run","tool":"twinmargin","version":"0.0.1"}\n');
  let caught: unknown;
  try {
    JsonlResults.open(path, { kind: 'run', tool: 'twinmargin', version: '0.2.0' });
  } catch (e) {
    caught = e;
  }
  tt.ok(caught instanceof UserError, 'a UserError');
  tt.match((caught as Error).message, /version was "0\.0\.1", now "0\.2\.0"/);
});
