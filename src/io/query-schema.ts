/**
 * One zod schema per query field: the fields a verify run and a benchmark entry share (rows, ε,
 * pairs, implication, method, time limit, attack, scale, domain, label column). Both the
 * `--config` file (src/cli/config.ts) and the suite manifests (src/bench/manifest.ts) validate
 * these fields here, so a bad value gets the same one-line message core from either; the
 * caller puts its own file and key in front (`--config run.yaml: key eps: …`,
 * `m.json: entry 0 "x": field "eps": …`).
 *
 * Each schema takes what a user writes: the command-line text ("0-4", "1/255", "0,1", "none",
 * "4x20", "0:1,2:3"), a number where YAML or JSON gives one, and the JSON forms of the
 * manifests (row lists, [lo, hi], null, [[i, j], …]). Every form is turned into the
 * command-line text and parsed by the flag's own parser (src/io/options.ts, parseRows), so
 * there is one validator per field; its message core is the parser's `<value>: expected …`
 * (OptionError.detail), or `missing` when a required field is absent.
 */
import { z } from 'zod';
import { UserError } from '../errors.js';
import { type LabelColumn, parseRows, type RowSelection } from '../data/read.js';
import type { InputDomain } from '../rsm/domain.js';
import type { ImplicationMode, PairSpec, VerifyMethod } from '../verify/methods.js';
import type { AttackBudget } from '../attack/pgd.js';
import { OptionError, parseAttackBudget, parseDomain, parseEps, parseImplication, parseLabelColumn, parseMethod, parsePairs, parseScale, parseTimeLimit } from './options.js';

/** The error of a value of the wrong JSON type: `missing` when absent, else what was expected and what was given. */
const expected =
  (what: string, missing = 'missing') =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? missing : `expected ${what}, got ${JSON.stringify(issue.input)}`;

/** `input` (the JSON types a field may have) parsed by `parse`, which hands the command-line text to the flag's parser; its UserError becomes the issue. */
function parsedAs<In, T>(input: z.ZodType<In>, parse: (v: In) => T): z.ZodType<T, unknown> {
  return input.transform((v, ctx): T => {
    try {
      return parse(v);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      ctx.addIssue({ code: 'custom', message: e instanceof OptionError ? e.detail : e.message });
      return z.NEVER;
    }
  });
}

/** A string or a number (YAML and JSON give numbers), as the command line writes it. */
const scalar = (what: string, missing?: string) => z.union([z.string(), z.number()], { error: expected(what, missing) });
const fromText = <T>(what: string, parse: (text: string) => T) => parsedAs(scalar(what), v => parse(String(v)));

/** Rows: a spec like "0-4" or "0,2,5-7" (or "all"), a row number, or a list of row numbers. */
export const rowsField: z.ZodType<RowSelection, unknown> = parsedAs(
  z.union([z.string(), z.number(), z.array(z.number()).nonempty({ error: 'expected a non-empty list of rows' })], { error: expected('a row spec like "0-4", a row number or a list of them') }),
  v => parseRows(Array.isArray(v) ? v.join(',') : String(v)),
);

/** One L∞ radius ε ≥ 0. */
export const epsField = fromText('a number ≥ 0', parseEps);
export const scaleField = fromText('a positive number or a fraction like "1/255"', parseScale);
export const implicationField: z.ZodType<ImplicationMode, unknown> = fromText('exact, sound or off', parseImplication);
export const methodField: z.ZodType<VerifyMethod, unknown> = fromText('a method name', parseMethod);
export const labelColumnField: z.ZodType<LabelColumn, unknown> = fromText('first, last or none', parseLabelColumn);
/** Seconds of one end's work, > 0. */
export const timeLimitField = fromText('a number of seconds > 0', parseTimeLimit);

/** The input domain: "lo,hi", [lo, hi], or "none" / null for unbounded (z-scored) inputs. */
export const domainField: z.ZodType<InputDomain | null, unknown> = parsedAs(
  z.union([z.string(), z.null(), z.tuple([z.number(), z.number()])], { error: expected('[lo, hi] with lo < hi, "lo,hi", or null', 'missing (give [lo, hi], or null for z-scored signals)') }),
  v => parseDomain(v === null ? 'none' : Array.isArray(v) ? v.join(',') : v),
);

/** Class pairs: "label", "all", "0:1,2:3", or a list [[i, j], …]. */
export const pairsField: z.ZodType<PairSpec, unknown> = parsedAs(
  z.union([z.string(), z.array(z.tuple([z.number(), z.number()])).nonempty({ error: 'expected a non-empty list of [i, j] class pairs' })], { error: expected('"label", "all" or a list of [i, j] class pairs') }),
  v => parsePairs(Array.isArray(v) ? v.map(([i, j]) => `${i}:${j}`).join(',') : v),
);

/** The attack budget: "RxS" restarts × steps, 0 (x₀ only), or null for the method's default. */
export const attackField: z.ZodType<AttackBudget | null, unknown> = parsedAs(z.union([z.string(), z.number(), z.null()], { error: expected('restarts x steps like "4x20", or 0') }), v => (v === null ? null : parseAttackBudget(String(v))));

/** A non-empty list of distinct values of `item` (a single value is a list of one). */
export function listOf<T>(item: z.ZodType<T, unknown>, what: string): z.ZodType<T[], unknown> {
  return z
    .union([z.array(z.unknown()), z.string(), z.number()], { error: expected(`a non-empty list of ${what}`) })
    .transform(v => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).nonempty({ error: `expected a non-empty list of ${what}` }))
    .refine(list => new Set(list).size === list.length, 'a value is listed twice');
}
