#!/usr/bin/env node
/**
 * The twinmargin command line. Errors about the user's inputs print one line
 * (`twinmargin: error: ...`) and exit 2; anything else is a bug and exits 70 with its
 * message (set TWINMARGIN_DEBUG=1 for the stack).
 */
import { Command, CommanderError, Option } from 'commander';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';
import { setMaxMemory } from '../ir/limits.js';
import { parseAttackBudget, parseByteSize, parseChoice, parseImplication, parseInputArgs, parseNumber, parsePairs, type RawInput } from '../io/options.js';
import { VERIFY_METHODS } from '../verify/methods.js';
import { VERIFY_DEFAULTS } from '../verify/options.js';
import { type OutputFormat, runVerify } from './verify-command.js';
import { SOLVERS } from '../solver/select.js';
import { addEncodeCommand } from './encode-command.js';
import { addMakeTwinCommand } from './make-twin-command.js';
import { addBenchCommand } from './bench-command.js';
import { addSummarizeCommand } from './summarize-command.js';
import { addWorkerCommand } from './worker-command.js';
import { addReportCommand } from './report-command.js';
import { addEquivCommand } from './equiv-command.js';
import { DEMO } from './demo.js';

const log = (line: string): void => {
  process.stdout.write(line + '\n');
};

interface RawVerify extends RawInput {
  pairs: string;
  implication: string;
  method: string;
  obbt: string;
  solver: string;
  timeLimit: string;
  threads: string;
  format: string;
  out?: string;
  force?: boolean;
  repair?: boolean;
  attack?: string;
  seed: string;
}

function verifyArgs(o: RawVerify) {
  const format = parseChoice<OutputFormat>('--format', o.format, ['table', 'json', 'jsonl']);
  return {
    ...parseInputArgs(o),
    pairs: parsePairs(o.pairs),
    implication: parseImplication(o.implication),
    method: parseChoice('--method', o.method, VERIFY_METHODS),
    obbtNeurons: parseNumber('--obbt', o.obbt, v => Number.isInteger(v) && v >= 0, 'a whole number of neurons ≥ 0 (0 = off)'),
    ...(o.attack ? { attackBudget: parseAttackBudget(o.attack) } : {}),
    seed: o.seed,
    solver: parseChoice('--solver', o.solver, SOLVERS),
    timeLimitSec: parseNumber('--time-limit', o.timeLimit, v => v > 0, 'a number of seconds > 0'),
    threads: parseNumber('--threads', o.threads, v => Number.isInteger(v) && v >= 1 && v <= 64, 'an integer from 1 to 64'),
    format,
    ...(o.out ? { out: o.out } : {}),
    force: o.force === true,
    repair: o.repair === true,
  };
}

function addVerifyOptions(cmd: Command, defaults: Partial<Record<keyof RawVerify, string>>, required: boolean): Command {
  const opt = (flags: string, desc: string, key: keyof RawVerify) => {
    const o = new Option(flags, desc);
    const d = defaults[key];
    if (d !== undefined) o.default(d);
    else if (required && ['n1', 'n2', 'data', 'eps'].includes(key)) o.makeOptionMandatory();
    return o;
  };
  return cmd
    .addOption(opt('--n1 <onnx>', 'reference network N1 (ONNX)', 'n1'))
    .addOption(opt('--n2 <onnx>', 'twin network N2 (ONNX)', 'n2'))
    .addOption(opt('--data <file>', 'inputs: .csv (label column, see --label-col), .json ([{x, label}]) or .npy', 'data'))
    .addOption(opt('--rows <spec>', 'rows to verify: 0-9, 3, 0,2,5-7 or all', 'rows'))
    .addOption(opt('--label-col <where>', 'CSV label column: first, last or none', 'labelCol'))
    .addOption(opt('--header <yes|no|auto>', 'CSV header line: auto (a header only when no cell of the first line is a number), yes or no', 'header'))
    .addOption(opt('--labels <npy>', 'labels for .npy data (1-D integer .npy)', 'labels'))
    .addOption(opt('--scale <s>', 'multiply every feature, e.g. 1/255', 'scale'))
    .addOption(opt('--domain <lo,hi|none>', 'input domain D is clipped to; none for z-scored signals', 'domain'))
    .addOption(opt('--eps <ε>', 'L∞ radius of the neighbourhood, in scaled units', 'eps'))
    .addOption(opt('--pairs <spec>', 'class pairs: label (c against every j), all, or i:j,…', 'pairs'))
    .addOption(opt('--obbt <neurons>', 'LP bound tightening of up to this many unstable neurons per network before a MILP (0 = off)', 'obbt'))
    .addOption(opt('--implication <mode>', 'N2 ⇒ N1 check: exact (MILP), sound (from the LRSM only) or off', 'implication'))
    .addOption(opt('--method <m>', 'how to bound ρ: auto (relaxations first, MILP for undecided pairs), milp (exact), lp, diff, alpha-crown, crown or interval (sound relaxations), or attack (falsification, CROWN bounds)', 'method'))
    .addOption(opt('--attack <RxS>', 'attack budget: restarts x sign steps per objective (default 4x20, 8x50 with --method attack; 0 = x0 only)', 'attack'))
    .addOption(opt('--seed <s>', 'seed of the attacks (logged in the results)', 'seed'))
    .addOption(opt('--solver <name>', 'MILP/LP solver: highs, or glpk (optional dependency, GPL-3.0)', 'solver'))
    .addOption(opt('--time-limit <s>', 'hard wall-clock limit per MILP solve, seconds', 'timeLimit'))
    .addOption(opt('--threads <n>', 'solver worker threads', 'threads'))
    .addOption(opt('--format <f>', 'output: table, json or jsonl', 'format'))
    .addOption(opt('--out <file>', 'write json/jsonl results here (jsonl resumes an interrupted run)', 'out'))
    .addOption(new Option('--force', 'replace an existing --out that holds something else than this run\'s results (never an input)'))
    .addOption(new Option('--repair', 'move unreadable lines of a jsonl --out to <out>.corrupt.jsonl instead of stopping'));
}

/** The option defaults of verify and demo: the verify defaults (src/verify/options.ts), as strings. */
const COMMON_DEFAULTS = {
  rows: VERIFY_DEFAULTS.rows,
  labelCol: VERIFY_DEFAULTS.labelColumn,
  header: 'auto',
  scale: '1',
  domain: '0,1',
  pairs: VERIFY_DEFAULTS.pairs,
  implication: VERIFY_DEFAULTS.implication,
  method: VERIFY_DEFAULTS.method,
  obbt: String(VERIFY_DEFAULTS.obbtNeurons),
  solver: VERIFY_DEFAULTS.solver,
  timeLimit: String(VERIFY_DEFAULTS.timeLimitSec.cli),
  threads: String(VERIFY_DEFAULTS.threads),
  format: 'table',
  seed: VERIFY_DEFAULTS.seed,
} as const;

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('twinmargin')
    .description('Verified relative safety margins between two neural-network classifiers (twins)')
    .version(VERSION)
    .option('--max-memory <size>', 'size limit checked before allocation (512M, 2G, bytes): all tensors of one model as float64, half of it for a data file (default 512M; overrides TWINMARGIN_MAX_ELEMENTS and TWINMARGIN_MAX_DATA_BYTES)')
    .exitOverride()
    .configureOutput({ writeErr: s => process.stderr.write(s) });

  let code = 0;
  setMaxMemory(null);
  program.hook('preAction', () => {
    const m = program.opts<{ maxMemory?: string }>().maxMemory;
    if (m !== undefined) setMaxMemory(parseByteSize(m));
  });
  addVerifyOptions(program.command('verify').description('exact LRSM bounds and N2 ⇒ N1 verdicts on rows of a data file'), COMMON_DEFAULTS, true).action(
    async (o: RawVerify) => {
      await runVerify(verifyArgs(o), log);
    },
  );
  addVerifyOptions(
    program.command('demo').description(`the embedded default: ${DEMO.description}`),
    { ...COMMON_DEFAULTS, ...DEMO.args },
    false,
  ).action(async (o: RawVerify) => {
    log(`twinmargin demo: ${DEMO.description}; rows ${o.rows}, ε = ${o.eps}`);
    await runVerify(verifyArgs(o), log);
  });

  addEncodeCommand(program, log);
  addMakeTwinCommand(program, log);
  addBenchCommand(program, log, c => { code = c; });
  addSummarizeCommand(program, log);
  addWorkerCommand(program, log);
  addReportCommand(program, log);
  addEquivCommand(program, log);

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      code = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof UserError) {
      process.stderr.write(`twinmargin: error: ${e.message}\n`);
      code = 2;
    } else {
      const err = e as Error;
      process.stderr.write(`twinmargin: internal error: ${String(err.message ?? err).split('\n')[0].slice(0, 500)}\n`);
      if (process.env.TWINMARGIN_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
      code = 70;
    }
  } finally {
    setMaxMemory(null);
  }
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
