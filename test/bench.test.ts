/**
 * `twinmargin bench` as a user runs it: the smoke suite runs and every record is sound against
 * points sampled in D; a run killed by SIGKILL after its first record resumes with no lost or
 * duplicated records; a torn last line is cut off; stale records (another tool version) are
 * moved aside and re-run; a missing shared file is one clear line, and in a suite only its entry
 * is skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import t from 'tap';
import { loadSuite, repoPath } from '../src/bench/manifest.js';
import type { QueryRecord } from '../src/bench/records.js';
import { readSamples } from '../src/data/read.js';
import { argmax, forward } from '../src/layers/forward.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-bench-'));
const SMOKE_QUERIES = 6;

function bench(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, 'bench', ...args], { encoding: 'utf8', cwd: ROOT, timeout: 300_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(l => l !== '');
}

function queryRecords(path: string): QueryRecord[] {
  return lines(path)
    .map(l => JSON.parse(l) as QueryRecord | { kind: string })
    .filter((r): r is QueryRecord => r.kind === 'query');
}

const LEGAL_STATUS = ['exact', 'bounded', 'relaxed'];
const LEGAL_VERDICT = ['holds', 'vacuous', 'violated', 'tie', 'unknown', 'refuted-by-attack'];

t.test('the smoke suite: records sound against ≥ 200 sampled points of D per query', async tt => {
  const out = join(dir, 'smoke', 'smoke.jsonl');
  const r = bench(['smoke', '--out', out]);
  tt.equal(r.code, 0, r.err);
  tt.match(r.out, /bench smoke: 6 queries run, 0 resumed, 0 failed/);
  tt.match(r.out, /### N2 ⇒ N1 per input/, 'summary printed');
  const recs = queryRecords(out);
  tt.equal(recs.length, SMOKE_QUERIES);
  tt.equal(new Set(recs.map(x => x.key)).size, SMOKE_QUERIES, 'keys unique');
  tt.ok(existsSync(join(dir, 'smoke', 'twins')), 'generated twin cached next to the results');

  const suite = loadSuite('smoke');
  const tol = (v: number): number => 1e-6 * (1 + Math.abs(v));
  for (const rec of recs) {
    const entry = suite.entries.find(e => e.name === rec.entry);
    if (!entry) throw new Error(`no entry ${rec.entry}`);
    const n1 = loadOnnx(repoPath(rec.n1.path));
    const n2 = loadOnnx(repoPath(rec.n2.path));
    tt.equal(n1.sha256, rec.n1.sha256, 'N1 SHA-256 recorded');
    tt.equal(n2.sha256, rec.n2.sha256, 'N2 SHA-256 recorded');
    tt.equal(rec.version, JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version);
    tt.ok(LEGAL_VERDICT.includes(rec.verdict ?? ''), `verdict ${rec.verdict}`);
    if (rec.method === 'crown') tt.ok(['holds', 'unknown', 'refuted-by-attack'].includes(rec.verdict ?? ''), 'relaxed methods prove or refute only by relaxation or attack');
    const [sample] = readSamples(repoPath(entry.data), [rec.row], { labelColumn: entry.labelColumn, scale: entry.scale });
    const box = neighbourhood(sample.x, rec.eps, entry.domain);
    const rng = seedrandom(rec.key);
    const points: Float64Array[] = [Float64Array.from(sample.x)];
    for (let k = 0; k < 250; k++) {
      const corner = k < 100;
      points.push(Float64Array.from(sample.x, (_, i) => {
        const u = rng();
        return corner ? (u < 0.5 ? box.lower[i] : box.upper[i]) : box.lower[i] + u * (box.upper[i] - box.lower[i]);
      }));
    }
    const logits = points.map(x => [forward(n1, x), forward(n2, x)] as const);
    let violations = 0;
    for (const p of rec.pairs) {
      tt.ok(LEGAL_STATUS.includes(p.status), `status ${p.status}`);
      if (rec.method === 'crown') tt.equal(p.status, 'relaxed');
      tt.ok(p.lower <= p.upper, 'lower ≤ upper');
      const [c, j] = p.pair;
      for (const [z1, z2] of logits) {
        const rho = z1[c] - z1[j] - (z2[c] - z2[j]);
        if (!(p.lower - tol(rho) <= rho && rho <= p.upper + tol(rho))) violations++;
      }
      for (const v of [p.lowerWitness, p.upperWitness, p.attackLower, p.attackUpper]) {
        tt.ok(p.lower - tol(v) <= v && v <= p.upper + tol(v), `${rec.key} ${c}:${j}: witness/attack value ${v} inside [${p.lower}, ${p.upper}]`);
      }
      tt.ok(p.lowerWitness <= p.attackLower + tol(p.attackLower) || p.status === 'relaxed', 'the lower witness is at least as good as the attack point');
    }
    tt.equal(violations, 0, `${rec.key}: ${logits.length} sampled points inside every pair's bounds`);
    if (rec.verdict === 'holds') {
      const bad = logits.filter(([z1, z2]) => argmax(z2) === rec.label && argmax(z1) !== rec.label).length;
      tt.equal(bad, 0, `${rec.key}: N2 ⇒ N1 holds, so no sampled point where only N2 decides the label`);
    }
  }
});

t.test('resume after SIGKILL, torn last line, stale records', async tt => {
  const out = join(dir, 'resume', 'smoke.jsonl');
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, 'bench', 'smoke', '--out', out, '--no-summary'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>(res => child.on('exit', code => res(code)));
  const t0 = Date.now();
  let before = 0;
  while (Date.now() - t0 < 120_000) {
    await new Promise(res => setTimeout(res, 50));
    before = existsSync(out) ? queryRecords(out).length : 0;
    if (before >= 1) break;
  }
  child.kill('SIGKILL');
  await exited;
  tt.ok(before >= 1, 'the first record was flushed before the kill');
  const kept = queryRecords(out);
  tt.ok(kept.length >= 1 && kept.length < SMOKE_QUERIES, `killed mid-run with ${kept.length} records`);

  const r = bench(['smoke', '--out', out, '--no-summary']);
  tt.equal(r.code, 0, r.err);
  tt.match(r.out, new RegExp(`${SMOKE_QUERIES - kept.length} queries run, ${kept.length} resumed`));
  const recs = queryRecords(out);
  tt.equal(recs.length, SMOKE_QUERIES, 'no record lost');
  tt.equal(new Set(recs.map(x => x.key)).size, SMOKE_QUERIES, 'no record duplicated');
  for (const k of kept) tt.same(recs.find(x => x.key === k.key), k, `${k.key} kept as it was`);

  appendFileSync(out, '{"kind":"query","key":"torn-by-a-cra');
  const r2 = bench(['smoke', '--out', out, '--no-summary']);
  tt.equal(r2.code, 0, r2.err);
  tt.match(r2.out, /cut off a torn last line/);
  tt.match(r2.out, /0 queries run, 6 resumed/);
  tt.equal(queryRecords(out).length, SMOKE_QUERIES);
  tt.ok(readFileSync(out, 'utf8').endsWith('}\n'), 'the file ends with a complete record');

  const all = lines(out).map(l => JSON.parse(l) as Record<string, unknown>);
  const victim = all.findIndex(x => x.kind === 'query' && x.method === 'crown');
  const staleKey = all[victim].key;
  all[victim] = { ...all[victim], version: '0.0.0-stale' };
  writeFileSync(out, all.map(x => JSON.stringify(x)).join('\n') + '\n');
  const r3 = bench(['smoke', '--out', out, '--no-summary']);
  tt.equal(r3.code, 0, r3.err);
  tt.match(r3.out, /1 record\(s\) from another tool version, model or entry setting moved to .*smoke\.jsonl\.stale\.jsonl/);
  tt.match(r3.out, /1 queries run, 5 resumed/);
  const after = queryRecords(out);
  tt.equal(after.length, SMOKE_QUERIES);
  tt.equal(new Set(after.map(x => x.key)).size, SMOKE_QUERIES);
  tt.ok(after.every(x => x.version !== '0.0.0-stale'), 'no stale record left in the results');
  const stale = queryRecords(`${out}.stale.jsonl`);
  tt.equal(stale.length, 1);
  tt.equal(stale[0].key, staleKey);
});

t.test('missing shared files: one clear line; in a suite only that entry is skipped', async tt => {
  const good = {
    name: 'embedded',
    scheme: 'quantized',
    n1: 'benchmarks/embedded/ecg-mitbih260/ecg_mitbih260_cnn_fp32.onnx',
    n2: 'benchmarks/embedded/ecg-mitbih260/ecg_mitbih260_cnn_int8w.onnx',
    data: 'benchmarks/embedded/ecg-mitbih260/mitbih260_beats_subset.csv',
    domain: null,
    rows: [0],
    eps: [0.0002],
    methods: ['crown'],
  };
  const missing = { ...good, name: 'gone', data: '../shared/data/ecg_mitbih/no_such_file.csv' };
  const only = join(dir, 'missing-only.json');
  writeFileSync(only, JSON.stringify({ suite: 'missing', entries: [missing] }));
  const r = bench([only, '--out', join(dir, 'missing', 'm.jsonl')]);
  tt.equal(r.code, 2);
  const err = r.err.trim().split('\n');
  tt.equal(err.length, 1, r.err);
  tt.match(err[0], /^twinmargin: error: .*no entry of suite missing can run/);
  tt.notMatch(r.err, /\n\s+at /, 'no stack trace');
  tt.match(r.out, /skipped entry gone: \.\.\/shared\/data\/ecg_mitbih\/no_such_file\.csv: file not found; shared data and models come from \.\.\/shared\/data/);

  const mixed = join(dir, 'missing-mixed.json');
  writeFileSync(mixed, JSON.stringify({ suite: 'mixed', entries: [missing, good] }));
  const outMixed = join(dir, 'missing', 'mixed.jsonl');
  const r2 = bench([mixed, '--out', outMixed, '--no-summary']);
  tt.equal(r2.code, 0, r2.err);
  tt.match(r2.out, /skipped entry gone: .*no_such_file\.csv: file not found/);
  tt.match(r2.out, /1 queries run, 0 resumed, 0 failed, 1 entries skipped/);
  tt.same(queryRecords(outMixed).map(x => x.entry), ['embedded']);
});

t.test('manifest errors from the CLI are one line naming file, entry and field', async tt => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ suite: 'bad', entries: [{ name: 'x', scheme: 'quantized', n1: 'a.onnx', n2: 'b.onnx', data: 'd.csv', domain: null, rows: [0], eps: [-1], methods: ['crown'] }] }));
  const r = bench([bad]);
  tt.equal(r.code, 2);
  tt.equal(r.err.trim().split('\n').length, 1, r.err);
  tt.match(r.err, /^twinmargin: error: .*bad\.json: entry 0 "x": field "eps": -1: expected a number ≥ 0\n$/);
  const r2 = bench(['no-such-suite']);
  tt.equal(r2.code, 2);
  tt.match(r2.err, /no-such-suite\.json: suite manifest not found \(no suite 'no-such-suite' in benchmarks\/suites\/\)/);
});
