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
import { type CliIO, PROCESS_IO, runVerify } from './verify-command.js';
import { type RawVerifyOptions, VERIFY_OPTIONS } from './verify-options.js';
import { mergeOptions, verifyArgs } from './verify-args.js';
import { readConfig } from './config.js';
import { EXIT, EXIT_CODES_TEXT } from './verdict.js';
import { setMaxMemory } from '../ir/limits.js';
import { parseByteSize } from '../io/options.js';
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

/** Adds the option table (verify-options.ts) to a command, with `defaults` over the table's own. */
function addVerifyOptions(cmd: Command, defaults: Readonly<Record<string, string>>): Command {
  for (const spec of VERIFY_OPTIONS) {
    const flags = spec.arg ? `--${spec.name} ${spec.arg}` : `--${spec.name}`;
    const o = new Option(flags, spec.required && defaults[spec.key] === undefined ? `${spec.help} [required]` : spec.help);
    const d = defaults[spec.key] ?? spec.default;
    if (d !== undefined) o.default(d);
    cmd.addOption(o);
  }
  return cmd.addHelpText('after', `\nExit codes:\n${EXIT_CODES_TEXT.map(l => `  ${l}`).join('\n')}\n`);
}

/** The run's options: command line over --config over the defaults, parsed. */
function argsOf(cmd: Command): ReturnType<typeof verifyArgs> {
  const cli = cmd.opts<RawVerifyOptions>();
  const configPath = typeof cli.config === 'string' ? cli.config : undefined;
  const config = configPath ? readConfig(configPath) : {};
  return verifyArgs(mergeOptions(cli, k => cmd.getOptionValueSource(k), config, configPath));
}

export async function main(argv: readonly string[], io: CliIO = PROCESS_IO): Promise<number> {
  const program = new Command()
    .name('twinmargin')
    .description('Verified relative safety margins between two neural-network classifiers (twins)')
    .version(VERSION)
    .option('--max-memory <size>', 'size limit checked before allocation (512M, 2G, bytes): all tensors of one model as float64, half of it for a data file (default 512M; overrides TWINMARGIN_MAX_ELEMENTS and TWINMARGIN_MAX_DATA_BYTES)')
    .exitOverride()
    .configureOutput({ writeErr: s => io.stderr(s), writeOut: s => io.stdout(s) });

  let code = 0;
  setMaxMemory(null);
  program.hook('preAction', () => {
    const m = program.opts<{ maxMemory?: string }>().maxMemory;
    if (m !== undefined) setMaxMemory(parseByteSize(m));
  });
  const verify = addVerifyOptions(program.command('verify').description('exact LRSM bounds and N2 ⇒ N1 verdicts on rows of a data file'), {});
  verify.action(async () => {
    code = (await runVerify(argsOf(verify), io)).code;
  });
  const demo = addVerifyOptions(program.command('demo').description(`the embedded default: ${DEMO.description}`), DEMO.args);
  demo.action(async () => {
    const a = argsOf(demo);
    if (a.verbosity !== 'quiet') io.stderr(`twinmargin demo: ${DEMO.description}; rows ${a.rows}, ε = ${a.eps}\n`);
    code = (await runVerify(a, io)).code;
    // The second embedded pair (the real int8 QDQ ECG twin) when N2 and --out are the defaults.
    if (demo.getOptionValueSource('n2') === 'default' && a.out === undefined) {
      if (a.verbosity !== 'quiet') io.stderr(`twinmargin demo, second pair: ${DEMO.second.description}\n`);
      code = Math.max(code, (await runVerify({ ...a, n2: DEMO.second.n2 }, io)).code);
    }
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
      io.stderr(`twinmargin: error: ${e.message}\n`);
      code = EXIT.input;
    } else {
      const err = e as Error;
      io.stderr(`twinmargin: internal error: ${String(err.message ?? err).split('\n')[0].slice(0, 500)}\n`);
      if (process.env.TWINMARGIN_DEBUG) io.stderr(`${err.stack ?? ''}\n`);
      code = EXIT.bug;
    }
  } finally {
    setMaxMemory(null);
  }
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
