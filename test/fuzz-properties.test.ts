/**
 * The property-based fuzz tier of issue 15 (fast-check): mutated real ONNX models (truncation,
 * bit flips, byte runs, insertions) and tiny models with hostile dims; mutated CSV, JSON and NPY
 * fixtures and hostile JSON structure; VNN-LIB token soups, mutated specs and deep nesting; the
 * CLI option value parsers; and whole CLI runs (in process) with random option values. Each must
 * be processed or rejected with one line (a UserError, exit 2): never exit 70, never a stack trace.
 *
 * The seed is printed; replay a failure with TWINMARGIN_FUZZ_SEED=<seed> (fast-check then also
 * prints the shrunk counterexample). `npm run fuzz` (scripts/fuzz.ts) runs the same targets longer.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { cliInProcess } from './helpers/cli.js';
import { dataCase, dataTarget, dimModel, ECG, fixture, hostileJson, jsonTarget, mutate, mutation, onnxTarget, optionTarget, optionText, TINY, vnnlibTarget, vnnlibText } from './helpers/fuzz-targets.js';

const seed = Number(process.env.TWINMARGIN_FUZZ_SEED ?? Date.now() % 2 ** 31);
t.comment(`fuzz seed ${seed} (replay with TWINMARGIN_FUZZ_SEED=${seed})`);
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns, endOnFailure: true });

t.test('ONNX loader: mutated real models and hostile dims', async tt => {
  fc.assert(fc.property(mutation, m => onnxTarget(mutate(ECG, m))), params(40));
  fc.assert(fc.property(mutation, m => onnxTarget(mutate(TINY, m))), params(30));
  fc.assert(fc.property(dimModel, bytes => onnxTarget(bytes)), params(30));
  fc.assert(fc.property(dimModel, mutation, (bytes, m) => onnxTarget(mutate(bytes, m))), params(15));
  tt.pass('115 models loaded or rejected with one line');
});

t.test('data readers: mutated CSV, JSON and NPY fixtures, hostile JSON', async tt => {
  fc.assert(fc.property(dataCase, c => dataTarget(c.name, mutate(fixture(c.name), c.m), c.labelColumn, c.rows)), params(30));
  fc.assert(fc.property(hostileJson, jsonTarget), params(15));
  tt.pass('45 data files read or rejected with one line');
});

t.test('VNN-LIB reader: token soups, mutated specs, deep nesting', async tt => {
  fc.assert(fc.property(vnnlibText, vnnlibTarget), params(20));
  tt.pass('20 specs parsed or rejected with one line');
});

t.test('CLI option parsers', async tt => {
  fc.assert(fc.property(optionText, optionTarget), params(10));
  tt.pass('10 values × 7 parsers');
});

t.test('whole CLI runs with random option values: exit 0 or 2, never 70, never a stack trace', async tt => {
  const dir = mkdtempSync(join(tmpdir(), 'twinmargin-fuzz-cli-'));
  const n1 = join(dir, 'n1.onnx');
  const data = join(dir, 'd.csv');
  writeFileSync(n1, TINY);
  writeFileSync(data, '0.1,0.2,0.3,0.4,0\n0.5,0.5,0.5,0.5,1\n');
  const flag = fc.constantFrom('--eps', '--rows', '--scale', '--domain', '--pairs', '--attack', '--threads', '--time-limit', '--label-col', '--header', '--format');
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(flag, optionText), { minLength: 1, maxLength: 3 }), fc.option(optionText, { nil: undefined }), async (opts, mem) => {
      const args = [...(mem === undefined ? [] : ['--max-memory', mem]), 'verify', '--n1', n1, '--n2', n1, '--data', data, '--eps', '0.01', '--method', 'interval', ...opts.flat()];
      const r = await cliInProcess(args);
      if (r.code !== 0 && r.code !== 2) throw new Error(`exit ${r.code} for ${JSON.stringify(args.slice(-6))}: ${r.err}`);
      if (/\n\s+at /.test(r.err)) throw new Error(`stack trace for ${JSON.stringify(args)}: ${r.err}`);
      return true;
    }),
    params(15),
  );
  tt.pass('15 CLI runs exited 0 or 2');
});
