/**
 * The options of `twinmargin verify` (and `demo`), in one table: the single source of the
 * command-line flags, their defaults, --help, the --config file keys (the flag names without
 * the dashes) and README's CLI reference (scripts/cli-reference.ts). Values are strings (or
 * booleans for switches) until verify-args.ts parses them.
 */
import { VERIFY_METHODS } from '../verify/methods.js';
import { VERIFY_DEFAULTS } from '../verify/options.js';
import { SOLVERS } from '../solver/select.js';

export interface VerifyOptionSpec {
  /** The flag without its dashes; also the key in a --config file. */
  readonly name: string;
  /** Commander's attribute name (camelCase of `name`). */
  readonly key: string;
  /** The value placeholder, e.g. `<onnx>`; absent for a switch. */
  readonly arg?: string;
  /** One line for --help. */
  readonly help: string;
  /** README's fuller text; default `help`. */
  readonly doc?: string;
  readonly default?: string;
  /** Shown as "required" in --help and README; enforced by verify-args.ts. */
  readonly required?: boolean;
}

const camel = (name: string): string => name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

const spec = (name: string, arg: string | undefined, help: string, extra: Partial<Omit<VerifyOptionSpec, 'name' | 'key' | 'arg' | 'help'>> = {}): VerifyOptionSpec => ({
  name,
  key: camel(name),
  ...(arg ? { arg } : {}),
  help,
  ...extra,
});

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'vnncomp'] as const;
export const FAIL_ON = ['none', 'violated', 'unknown'] as const;

export const VERIFY_OPTIONS: readonly VerifyOptionSpec[] = [
  spec('config', '<file>', 'read options from a .yaml, .yml or .json file (keys are the option names without dashes, e.g. time-limit: 15); flags given on the command line override it'),
  spec('n1', '<onnx>', 'reference network N1 (ONNX)', { required: true }),
  spec('n2', '<onnx>', 'twin network N2 (ONNX)', { required: true, doc: "twin N2; its input element count and class count must equal N1's" }),
  spec('data', '<file>', 'inputs: .csv (label column, see --label-col), .json ([{x, label}]) or .npy', {
    doc: 'the rows to verify (required unless another option gives the region): `.csv` / `.tsv` (optionally `.gz`), `.json` (`[{"x": [...], "label": 3}]`, `x` may be nested) or `.npy` (first axis = samples)',
  }),
  spec('rows', '<spec>', 'rows to verify: 0-9, 3, 0,2,5-7 or all', { default: VERIFY_DEFAULTS.rows, doc: '`0-9`, `3`, `0,2,5-7` or `all` (0-based data rows, header excluded)' }),
  spec('label-col', '<where>', 'CSV label column: first, last or none', { default: VERIFY_DEFAULTS.labelColumn }),
  spec('header', '<yes|no|auto>', 'CSV header line: auto (a header only when no cell of the first line is a number), yes or no', {
    default: 'auto',
    doc: 'CSV header line: `auto` takes the first line as a header only when **none** of its cells is a number, so a typo in a first data row (`0.1,O.2,…`) is an error naming row, line, column and text, never a header that shifts every row by one; `yes` or `no` to say so (e.g. `yes` for numeric column names `0,1,2,…,label`)',
  }),
  spec('labels', '<npy>', 'labels for .npy data (1-D integer .npy)'),
  spec('scale', '<s>', 'multiply every feature, e.g. 1/255', { default: '1' }),
  spec('domain', '<lo,hi|none>', 'input domain D is clipped to; none for z-scored signals', { default: '0,1', doc: 'D is clipped to [lo, hi]ⁿ; `none` for unbounded inputs such as z-scored ECG' }),
  spec('layout', '<nchw|nhwc>', "the data rows' order for an image input [1, C, H, W]: nchw (channel by channel, as the model) or nhwc (pixel by pixel: reordered to the model's NCHW)", {
    doc: "the data rows' order for an image input [1, C, H, W]: `nchw` (channel by channel, the model's order) or `nhwc` (pixel by pixel, as CIFAR CSVs: reordered into NCHW). When absent the rows are used as they are, with a warning for a multi-channel image input",
  }),
  spec('mean', '<m,…>', 'per-channel mean subtracted after --scale (one value, or one per channel)', { doc: "per-channel mean subtracted after `--scale`: x' = (x − mean[c]) / std[c]; ε is then in normalised units and D is clipped to the union over channels of the normalised domain (a superset: sound)" }),
  spec('std', '<s,…>', 'per-channel standard deviation divided by after --mean (one value, or one per channel)'),
  spec('eps', '<ε>', 'L∞ radius of the neighbourhood, in scaled units (required with --data)', { doc: 'L∞ radius, in scaled units; ≥ 0 (required with `--data`)' }),
  spec('box', '<json>', 'input boxes instead of --data/--eps: {"lower": [...], "upper": [...]} or a list; box k is row k', {
    doc: 'input boxes instead of `--data`/`--eps`: `{"lower": [...], "upper": [...]}` or a list of them; box k is row k, x₀ its centre, the label N1\'s decision there. The results header records the file and its SHA-256',
  }),
  spec('vnnlib', '<file>', 'input boxes instead of --data/--eps from a VNN-LIB file; region k is row k', {
    doc: "input boxes instead of `--data`/`--eps` from a VNN-LIB file (VNN-COMP's subset; a disjunction of input boxes gives one region each, region k is row k); its output assertions are reported on stderr and kept as `outputConstraints`, not used by the LRSM",
  }),
  spec('pairs', '<spec>', 'class pairs: label (c against every j), all, or i:j,…', {
    default: VERIFY_DEFAULTS.pairs,
    doc: "`label`: (c, j) for every j ≠ c, where c is the row's label (or N1's decision at x₀ when there is none); `all`: every i < j; or a list `0:1,0:3`",
  }),
  spec('obbt', '<neurons>', 'LP bound tightening of up to this many unstable neurons per network before a MILP (0 = off)', {
    default: String(VERIFY_DEFAULTS.obbtNeurons),
    doc: 'before a MILP, tighten the bounds of up to n unstable neurons per network by LP (two LPs each); 0 = off (see below for why)',
  }),
  spec('implication', '<mode>', 'N2 ⇒ N1 check: exact (MILP, or branch and bound where the ends use it), sound (from the LRSM only) or off', {
    default: VERIFY_DEFAULTS.implication,
    doc: "N2 ⇒ N1: `exact` (sufficient check + one MILP per j ≠ c, or one branch-and-bound search per j ≠ c where the row's ends use `bab`), `sound` (the paper's sufficient check from the LRSM only), `off`",
  }),
  spec('method', '<m>', `how to bound ρ: ${VERIFY_METHODS.join(', ')}`, {
    default: VERIFY_DEFAULTS.method,
    doc: '`auto`: relaxations first (with matched structures: CROWN with differential bounds, α-CROWN and the α-optimised differential relaxation; otherwise CROWN, then α-CROWN where it leaves the sign open), the MILP only for pairs whose sign of ρ they leave open (branch and bound instead when the joint MILP has more than 100 binaries), and the exact implication MILP only when the relaxations do not already prove N2 ⇒ N1; `milp`: the exact joint MILP for every pair (status `exact`, or `bounded` at the time limit); `bab`: branch and bound for every pair (below; `exact` when its gap closes, else `bounded` with its global lower bound); `lp`: its LP relaxation; `diff`, `alpha-crown`, `crown`, `interval`: relaxations without a solver (see below). `attack`: falsification only (CROWN bounds, attack values, `refuted-by-attack`). All are sound; the relaxed ones report status `relaxed` and the attack point as witness; each end\'s `reason` says why (see "Result words")',
  }),
  spec('precision', '<p>', 'float64 (the real-valued networks) or float32 (bounds that also hold for the float32 evaluation of both networks, as onnxruntime runs them)', {
    default: 'float64',
    doc: '`float64`: bounds of the real-valued networks (every counterexample and witness is still re-evaluated in float32: `value32`, a counterexample float32 does not confirm is a `tie`); `float32`: every bound also holds for the float32 evaluation of both networks, widened by a sound rounding-error bound (docs/precision.md); the widening is `float32Slack` per pair and the ends are `bounded`, not `exact`. Recorded in the results header',
  }),
  spec('attack', '<RxS>', 'attack budget: restarts x sign steps per objective (default 4x20, 8x50 with --method attack; 0 = x0 only)', {
    doc: 'attack budget per objective: restarts × sign steps (default `4x20`, `8x50` with `--method attack`); `0` evaluates x₀ only',
  }),
  spec('seed', '<s>', 'seed of the attacks (logged in the results)', { default: VERIFY_DEFAULTS.seed, doc: "base seed of the attacks; each query's own seed is logged in the results" }),
  spec('solver', '<name>', `MILP/LP solver: ${SOLVERS.join(', ')} (glpk: optional dependency, GPL-3.0)`, { default: VERIFY_DEFAULTS.solver, doc: '`highs`, or `glpk` (optional dependency, GPL-3.0; see "Solvers and licences")' }),
  spec('time-limit', '<s>', "seconds of one end's whole work: its share of the row's bounds and LP tightening, the pair's relaxation and attack, then its solve (MILP, LP or branch and bound)", {
    default: String(VERIFY_DEFAULTS.timeLimitSec.cli),
    doc: "seconds of one end's whole work: its share of the row's bound computation and LP tightening (that time divided by the row's number of ends, 2 per class pair, so that a row's ends together take at most their number × the limit), the pair's relaxation and attack count against it, the solve (MILP with presolve, LP, or branch and bound) gets the rest; an end whose time is gone before its solve reports its relaxation bound (reason `time-limit`, phase `attack`). The implication MILP (or search) of each part j ≠ c has its own limit of the same length",
  }),
  spec('row-time-limit', '<s>', 'hard wall-clock limit of one row (every phase): its worker thread is killed, the sound bounds so far are reported', {
    doc: 'hard wall-clock limit of one row, every phase included: the row runs in a worker thread that is killed when the time is up; the row then reports the sound bounds it had (at least interval bounds), status `relaxed`, reason `time-limit` with the phase it was in',
  }),
  spec('total-time-limit', '<s>', 'hard wall-clock limit of the whole run: the running row is stopped as with --row-time-limit, rows not started report interval bounds', {
    doc: 'hard wall-clock limit of the run (from the first row): the running row is stopped as with `--row-time-limit`, rows not yet started report interval bounds (phase `queued`); loading and writing results are not counted',
  }),
  spec('threads', '<n>', 'solver worker threads', { default: String(VERIFY_DEFAULTS.threads), doc: 'solver worker threads; with `bab`, also the threads that expand its nodes' }),
  spec('format', '<f>', `output on stdout: ${OUTPUT_FORMATS.join(', ')} (vnncomp: one word per row: unsat, sat, unknown or timeout)`, {
    default: 'table',
    doc: '`table`, `json`, `jsonl` or `vnncomp` (one line per row: `unsat` = N2 ⇒ N1 holds, `sat` = a counterexample, `unknown`, `timeout` = stopped by a budget). stdout carries only this; notes, progress and the summary of json/jsonl/vnncomp runs go to stderr',
  }),
  spec('out', '<file>', 'write json/jsonl results here (jsonl resumes an interrupted run)', {
    doc: 'write json/jsonl there (with `--format table` or `vnncomp` it is an error); a jsonl run that was interrupted resumes when restarted with the same command. Checked before any work: not a directory, its directory exists and is writable, and never one of the run\'s inputs (`--n1`, `--n2`, `--data`, `--labels`). Locked while the run writes (see "Results files")',
  }),
  spec('force', undefined, "replace an existing --out that holds something else than this run's results (never an input)"),
  spec('repair', undefined, 'move unreadable lines of a jsonl --out to <out>.corrupt.jsonl instead of stopping'),
  spec('fail-on', '<what>', 'exit code gate: none, violated (exit 10 if a row is violated) or unknown (also exit 20 if a row is not proved)', {
    default: 'none',
    doc: '`none`: exit 0 for every finished run; `violated`: exit 10 when some row has a confirmed counterexample to N2 ⇒ N1; `unknown`: exit 10 as before, else 20 when some row is not proved (unknown, or `--implication off`)',
  }),
  spec('quiet', undefined, 'no progress on stderr (errors only)'),
  spec('verbose', undefined, 'also each phase of each row on stderr'),
];

/** The options of a verify run, as strings (switches as booleans), keyed by VerifyOptionSpec.key. */
export type RawVerifyOptions = Record<string, string | boolean | undefined>;

export function optionByName(name: string): VerifyOptionSpec | undefined {
  return VERIFY_OPTIONS.find(o => o.name === name);
}
