/**
 * The fuzz soak (`npm run fuzz [-- --runs N] [--seed S]`): the targets of
 * test/fuzz-properties.test.ts (test/helpers/fuzz-targets.ts) with N cases each (default 100),
 * printing the seed, the cases run, the failures (fast-check's shrunk counterexamples) and the
 * process's peak RSS. Exit 1 when any target failed.
 */
import fc from 'fast-check';
import { resourceUsage } from 'node:process';
import { dataCase, dataTarget, dimModel, ECG, fixture, hostileJson, jsonTarget, mutate, mutation, onnxTarget, optionTarget, optionText, TINY, vnnlibTarget, vnnlibText } from '../test/helpers/fuzz-targets.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 100);
const seed = Number(arg('--seed') ?? Date.now() % 2 ** 31);
console.log(`fuzz soak: seed ${seed}, ${runs} cases per target`);

interface Outcome { failed: boolean; numRuns: number; report: string }
function check<Ts extends unknown[]>(prop: fc.IProperty<Ts>): Outcome {
  const r = fc.check(prop, { seed, numRuns: runs });
  return { failed: r.failed, numRuns: r.numRuns, report: fc.defaultReportMessage(r) ?? '' };
}
const targets: Record<string, () => Outcome> = {
  'onnx ecg mutants': () => check(fc.property(mutation, m => onnxTarget(mutate(ECG, m)))),
  'onnx tiny mutants': () => check(fc.property(mutation, m => onnxTarget(mutate(TINY, m)))),
  'onnx hostile dims': () => check(fc.property(dimModel, mutation, (b, m) => onnxTarget(mutate(b, m)))),
  'data files': () => check(fc.property(dataCase, c => dataTarget(c.name, mutate(fixture(c.name), c.m), c.labelColumn, c.rows))),
  'hostile json': () => check(fc.property(hostileJson, jsonTarget)),
  vnnlib: () => check(fc.property(vnnlibText, vnnlibTarget)),
  options: () => check(fc.property(optionText, optionTarget)),
};
let cases = 0;
let failures = 0;
for (const [name, prop] of Object.entries(targets)) {
  const r = prop();
  cases += r.numRuns;
  if (r.failed) {
    failures++;
    console.log(`FAIL ${name}: ${r.report}`.slice(0, 2000));
  } else console.log(`ok   ${name}: ${r.numRuns} cases`);
}
console.log(`${cases} cases, ${failures} failing targets, peak RSS ${Math.round(resourceUsage().maxRSS / 1024)} MB`);
process.exitCode = failures ? 1 : 0;
