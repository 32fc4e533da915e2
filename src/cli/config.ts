/**
 * `--config run.yaml|json`: every verify option in a file, under its flag name without the
 * dashes (`time-limit: 15`, `fail-on: unknown`). Validated by a zod schema built from the option
 * table (verify-options.ts), so a key the table does not know, or a value of the wrong type, is a
 * one-line error naming the file and the key. The query fields (rows, eps, pairs, implication,
 * method, time-limit, attack, scale, domain, label-col) are checked here by the schemas the
 * benchmark manifests use (src/io/query-schema.ts), so a bad value gets the manifest's message;
 * every value is then handed on as text and parsed exactly like a flag.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { attackField, domainField, epsField, implicationField, labelColumnField, methodField, pairsField, rowsField, scaleField, timeLimitField } from '../io/query-schema.js';
import { type RawVerifyOptions, VERIFY_OPTIONS } from './verify-options.js';

const scalar = z.union([z.string(), z.number()]).transform(v => String(v));

/** The config keys that are query fields, with the schema a manifest's field has too. */
const QUERY_KEYS: Readonly<Record<string, z.ZodType<unknown, unknown>>> = {
  rows: rowsField,
  'label-col': labelColumnField,
  scale: scaleField,
  domain: domainField,
  eps: epsField,
  pairs: pairsField,
  implication: implicationField,
  method: methodField,
  attack: attackField,
  'time-limit': timeLimitField,
};

/** A query key's text, checked by its field's schema (its first issue becomes the key's). */
const checked = (field: z.ZodType<unknown, unknown>) =>
  scalar.superRefine((text, ctx) => {
    const issue = field.safeParse(text).error?.issues[0];
    if (issue) ctx.addIssue({ code: 'custom', message: issue.message });
  });

/** The schema of a config file: every option of the table except config itself. */
export const CONFIG_SCHEMA = z.strictObject(
  Object.fromEntries(VERIFY_OPTIONS.filter(o => o.name !== 'config').map(o => [o.name, (o.arg ? (QUERY_KEYS[o.name] ? checked(QUERY_KEYS[o.name]) : scalar) : z.boolean()).optional()])),
);

/** The options a config file sets, keyed like commander's (camelCase) attributes. */
export function readConfig(path: string): RawVerifyOptions {
  if (!existsSync(path)) throw new UserError(`--config ${path}: file not found`);
  const text = readFileSync(path, 'utf8');
  let doc: unknown;
  try {
    doc = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new UserError(`--config ${path}: not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new UserError(`--config ${path}: expected a mapping of option names to values (e.g. time-limit: 15)`);
  const r = CONFIG_SCHEMA.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
      throw new UserError(`--config ${path}: unknown key ${issue.keys.join(', ')} (keys are verify's option names without dashes, e.g. time-limit)`);
    }
    const key = issue.path.map(String).join('.');
    if (issue.code === 'custom') throw new UserError(`--config ${path}: key ${key}: ${issue.message}`);
    const want = VERIFY_OPTIONS.find(o => o.name === key)?.arg ? 'a string or a number' : 'true or false';
    throw new UserError(`--config ${path}: key ${key}: expected ${want}`);
  }
  const raw: RawVerifyOptions = {};
  for (const o of VERIFY_OPTIONS) {
    const v = (r.data as Record<string, string | boolean | undefined>)[o.name];
    if (v !== undefined) raw[o.key] = v;
  }
  return raw;
}
