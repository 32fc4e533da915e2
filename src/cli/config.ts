/**
 * `--config run.yaml|json`: every verify option in a file, under its flag name without the
 * dashes (`time-limit: 15`, `fail-on: unknown`). Validated by a zod schema built from the option
 * table (verify-options.ts), so a key the table does not know, or a value of the wrong type, is a
 * one-line error naming the file and the key. Values are then parsed exactly like flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { type RawVerifyOptions, VERIFY_OPTIONS } from './verify-options.js';

const scalar = z.union([z.string(), z.number()]).transform(v => String(v));

/** The schema of a config file: every option of the table except config itself. */
export const CONFIG_SCHEMA = z.strictObject(
  Object.fromEntries(VERIFY_OPTIONS.filter(o => o.name !== 'config').map(o => [o.name, (o.arg ? scalar : z.boolean()).optional()])),
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
