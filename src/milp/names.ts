/**
 * Names for exported models (LP and MPS files): readable, legal in both formats, unique.
 * The encoder's names (x_5, n1_l2_relu_17, n1_l2_relu_d_17, d_l3_5, …) already are, and are
 * kept as they are; anything else is repaired:
 *   - characters other than letters, digits, '_' and '.' become '_';
 *   - a name that is empty, starts with a digit, '.', or 'e'/'E' (read as an exponent by some
 *     LP parsers), or is an LP keyword, gets the prefix '_';
 *   - a repeated name gets the suffix _2, _3, … (the first keeps its name).
 */
const KEYWORDS = new Set([
  'min', 'max', 'minimize', 'maximize', 'minimum', 'maximum', 'subject', 'to', 'st', 's.t.', 'such', 'that',
  'bound', 'bounds', 'free', 'inf', 'infinity', 'general', 'generals', 'gen', 'integer', 'integers',
  'binary', 'binaries', 'bin', 'semi', 'semis', 'end', 'sos', 'obj',
]);

export function sanitizeName(raw: string): string {
  let s = raw.replace(/[^A-Za-z0-9_.]/g, '_');
  if (s === '' || /^[0-9.eE]/.test(s) || KEYWORDS.has(s.toLowerCase())) s = `_${s}`;
  return s;
}

/** Sanitized, pairwise distinct names, none equal to a reserved one (compared case-insensitively). */
export function uniqueNames(raw: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map(r => r.toLowerCase()));
  const out: string[] = [];
  for (const r of raw) {
    const base = sanitizeName(r);
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
    taken.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** The export names of a model's columns and rows (the objective row is called 'obj'). */
export function exportNames(m: { readonly colNames: readonly string[]; readonly rowNames: readonly string[] }): { cols: string[]; rows: string[] } {
  return { cols: uniqueNames(m.colNames), rows: uniqueNames(m.rowNames, [OBJECTIVE_ROW]) };
}

export const OBJECTIVE_ROW = 'obj';
