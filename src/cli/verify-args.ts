/**
 * From raw option values (command line over --config over defaults) to the arguments of a
 * verify run. Every failure is one UserError line; a bad value that came from the config file
 * names the file and the key.
 */
import { UserError } from '../errors.js';
import { parseAttackBudget, parseChoice, parseImplication, parseInputArgs, parseMethod, parseNumber, parsePairs, parseTimeLimit } from '../io/options.js';
import { SOLVERS } from '../solver/select.js';
import { regionFlag } from '../io/regions.js';
import { FAIL_ON, OUTPUT_FORMATS, type RawVerifyOptions, VERIFY_OPTIONS } from './verify-options.js';
import type { VerifyArgs } from './verify-command.js';
import { parseChannels } from './preprocess.js';
import { PRECISIONS } from '../bounds/precision.js';

export type ValueSource = 'cli' | 'config' | 'default';

/** Merges the sources: a flag given on the command line wins over the config file, which wins over the defaults. */
export function mergeOptions(cli: RawVerifyOptions, sourceOf: (key: string) => string | undefined, config: RawVerifyOptions, configPath?: string): { raw: RawVerifyOptions; source: (key: string) => ValueSource; configPath?: string } {
  const raw: RawVerifyOptions = {};
  const src = new Map<string, ValueSource>();
  for (const o of VERIFY_OPTIONS) {
    const fromCli = sourceOf(o.key) === 'cli';
    if (fromCli || config[o.key] === undefined) {
      raw[o.key] = cli[o.key];
      src.set(o.key, fromCli ? 'cli' : 'default');
    } else {
      raw[o.key] = config[o.key];
      src.set(o.key, 'config');
    }
  }
  return { raw, source: k => src.get(k) ?? 'default', ...(configPath ? { configPath } : {}) };
}

const str = (raw: RawVerifyOptions, key: string): string | undefined => {
  const v = raw[key];
  return v === undefined || typeof v === 'boolean' ? undefined : v;
};

export function verifyArgs(m: ReturnType<typeof mergeOptions>): VerifyArgs {
  const { raw } = m;
  // Which option a parse error is about: the one whose flag the message starts with.
  try {
    return parse(raw);
  } catch (e) {
    if (!(e instanceof UserError) || !m.configPath) throw e;
    const o = VERIFY_OPTIONS.find(x => e.message.startsWith(`--${x.name} `) || e.message.startsWith(`--${x.name}:`));
    if (o && m.source(o.key) === 'config') throw new UserError(`--config ${m.configPath}: key ${o.name}: ${e.message.slice(o.name.length + 3)}`);
    throw e;
  }
}

function parse(raw: RawVerifyOptions): VerifyArgs {
  for (const k of ['n1', 'n2'] as const) if (!str(raw, k)) throw new UserError(`--${k} is required (on the command line or in --config)`);
  // --box / --vnnlib regions replace --data rows with --eps (src/io/regions.ts).
  const regions = regionFlag({ box: str(raw, 'box'), vnnlib: str(raw, 'vnnlib') });
  if (regions && (str(raw, 'data') !== undefined || str(raw, 'eps') !== undefined)) throw new UserError(`${regions.flag} gives the input boxes itself: drop ${str(raw, 'data') !== undefined ? '--data' : '--eps'}`);
  if (!regions && !str(raw, 'data')) throw new UserError('verify needs --data FILE (the rows to verify, each with an L∞ radius --eps), or --box FILE.json / --vnnlib FILE regions');
  if (!regions && !str(raw, 'eps')) throw new UserError('verify needs --eps ε with --data: the L∞ radius around each row');
  const s = (k: string): string => str(raw, k) ?? '';
  const seconds = (flag: string, k: string): number | undefined => (str(raw, k) === undefined ? undefined : parseNumber(flag, s(k), v => v > 0, 'a number of seconds > 0'));
  const rowLimit = seconds('--row-time-limit', 'rowTimeLimit');
  const totalLimit = seconds('--total-time-limit', 'totalTimeLimit');
  if (raw.quiet === true && raw.verbose === true) throw new UserError('--quiet and --verbose: choose one');
  const attack = str(raw, 'attack');
  const labels = str(raw, 'labels');
  const out = str(raw, 'out');
  return {
    ...parseInputArgs({ n1: s('n1'), n2: s('n2'), data: regions ? '' : s('data'), rows: s('rows'), labelCol: s('labelCol'), header: s('header'), ...(labels ? { labels } : {}), scale: s('scale'), domain: regions ? 'none' : s('domain'), eps: regions ? '0' : s('eps') }),
    ...(regions ? { regions } : {}),
    pairs: parsePairs(s('pairs')),
    implication: parseImplication(s('implication')),
    method: parseMethod(s('method')),
    obbtNeurons: parseNumber('--obbt', s('obbt'), v => Number.isInteger(v) && v >= 0, 'a whole number of neurons ≥ 0 (0 = off)'),
    ...(attack ? { attackBudget: parseAttackBudget(attack) } : {}),
    seed: s('seed'),
    precision: parseChoice('--precision', s('precision'), PRECISIONS),
    solver: parseChoice('--solver', s('solver'), SOLVERS),
    timeLimitSec: parseTimeLimit(s('timeLimit')),
    ...(rowLimit !== undefined ? { rowTimeLimitSec: rowLimit } : {}),
    ...(totalLimit !== undefined ? { totalTimeLimitSec: totalLimit } : {}),
    threads: parseNumber('--threads', s('threads'), v => Number.isInteger(v) && v >= 1 && v <= 64, 'an integer from 1 to 64'),
    format: parseChoice('--format', s('format'), OUTPUT_FORMATS),
    ...(out ? { out } : {}),
    force: raw.force === true,
    repair: raw.repair === true,
    failOn: parseChoice('--fail-on', s('failOn'), FAIL_ON),
    verbosity: raw.quiet === true ? 'quiet' : raw.verbose === true ? 'verbose' : 'normal',
    preprocess: {
      ...(str(raw, 'mean') ? { mean: parseChannels('--mean', s('mean'), false) } : {}),
      ...(str(raw, 'std') ? { std: parseChannels('--std', s('std'), true) } : {}),
      ...(str(raw, 'layout') ? { layout: parseChoice('--layout', s('layout'), ['nchw', 'nhwc'] as const) } : {}),
    },
  };
}
