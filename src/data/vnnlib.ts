/**
 * The VNN-LIB subset of VNN-COMP and VeryDiff specifications (an SMT-LIB fragment):
 *
 *   file   := ( '(' 'declare-const' VAR 'Real' ')' | '(' 'assert' bool ')' )*
 *   bool   := '(' ('<=' | '>=' | '<' | '>') term term ')' | '(' ('and' | 'or') bool+ ')'
 *   term   := VAR | number           VAR := X_i (inputs) | Y_i (outputs), i = 0, 1, …
 *   comments run from ';' to the end of the line.
 *
 * Meaning: the conjunction of all asserts, brought into disjunctive normal form (each `or`
 * multiplies the disjuncts, at most MAX_DISJUNCTS). In each disjunct the atoms on one input and
 * a constant are its input box (strict `<`/`>` read as their closure `<=`/`>=`: a property proven
 * on the closed box holds on the open one); every input must be bounded on both sides. Atoms
 * on outputs are kept as text: in VNN-COMP they describe one network's unsafe outputs, which a
 * twin property does not use, so they are reported, never silently dropped. Disjuncts with the
 * same box are one region. Anything outside the subset is a UserError naming the file, the
 * line, the column and the token.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface VnnlibRegion {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** The output atoms of the disjuncts with this box, e.g. "Y_0 >= 3.99" (each disjunct's joined by ' and '). */
  readonly outputConstraints: readonly string[];
}

export interface VnnlibSpec {
  readonly source: string;
  readonly inputs: number;
  readonly outputs: number;
  readonly regions: readonly VnnlibRegion[];
}

const MAX_DISJUNCTS = 10_000;

interface Token {
  readonly text: string;
  readonly line: number;
  readonly col: number;
}

type Sexp = { readonly tok: Token; readonly list?: undefined } | { readonly tok: Token; readonly list: readonly Sexp[] };

function tokenize(text: string, source: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      col = 1;
      i++;
    } else if (/\s/.test(ch)) {
      i++;
      col++;
    } else if (ch === ';') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '(' || ch === ')') {
      out.push({ text: ch, line, col });
      i++;
      col++;
    } else {
      const start = i;
      while (i < text.length && !/[\s();]/.test(text[i])) i++;
      out.push({ text: text.slice(start, i), line, col });
      col += i - start;
    }
  }
  if (out.length === 0) throw new UserError(`${source}: no VNN-LIB declarations or assertions found`);
  return out;
}

function where(source: string, t: Token): string {
  return `${source}: line ${t.line}, column ${t.col}`;
}

/** Deepest list nesting accepted; parsing and the DNF recurse once per level, so untrusted depth is capped. */
export const MAX_VNNLIB_DEPTH = 64;

function parseSexps(tokens: readonly Token[], source: string): Sexp[] {
  let at = 0;
  const one = (depth: number): Sexp => {
    const t = tokens[at++];
    if (t.text === ')') throw new UserError(`${where(source, t)}: unexpected token ')'`);
    if (t.text !== '(') return { tok: t };
    if (depth >= MAX_VNNLIB_DEPTH) throw new UserError(`${where(source, t)}: lists nested more than ${MAX_VNNLIB_DEPTH} levels deep`);
    const list: Sexp[] = [];
    for (;;) {
      const n = tokens[at];
      if (!n) throw new UserError(`${where(source, t)}: '(' is never closed`);
      if (n.text === ')') {
        at++;
        return { tok: t, list };
      }
      list.push(one(depth + 1));
    }
  };
  const out: Sexp[] = [];
  while (at < tokens.length) out.push(one(0));
  return out;
}

interface Var {
  readonly kind: 'X' | 'Y';
  readonly index: number;
}

type Term = { readonly var: Var; readonly tok: Token } | { readonly value: number; readonly tok: Token };

interface Atom {
  readonly op: '<=' | '>=';
  readonly strict: boolean;
  readonly a: Term;
  readonly b: Term;
}

function parseVarName(text: string): Var | null {
  const m = /^([XY])_(\d+)$/.exec(text);
  return m ? { kind: m[1] as 'X' | 'Y', index: Number(m[2]) } : null;
}

export function parseVnnlib(text: string, source: string): VnnlibSpec {
  const sexps = parseSexps(tokenize(text, source), source);
  const declared = new Set<string>();
  let inputs = 0;
  let outputs = 0;
  const asserts: Sexp[] = [];
  const head = (s: Sexp, what: string): { tok: Token; args: readonly Sexp[] } => {
    if (!s.list) throw new UserError(`${where(source, s.tok)}: unexpected token '${s.tok.text}' (expected ${what})`);
    const h = s.list[0];
    if (!h) throw new UserError(`${where(source, s.tok)}: empty list '()' (expected ${what})`);
    if (h.list) throw new UserError(`${where(source, h.tok)}: unexpected token '(' (expected ${what})`);
    return { tok: h.tok, args: s.list.slice(1) };
  };
  for (const s of sexps) {
    const { tok, args } = head(s, 'declare-const or assert');
    if (tok.text === 'declare-const') {
      const [name, type] = args;
      if (!name || name.list) throw new UserError(`${where(source, (name ?? s).tok)}: declare-const needs a variable name`);
      const v = parseVarName(name.tok.text);
      if (!v) throw new UserError(`${where(source, name.tok)}: unexpected token '${name.tok.text}' (variables are X_i for inputs and Y_i for outputs)`);
      if (!type || type.list || type.tok.text !== 'Real' || args.length !== 2) throw new UserError(`${where(source, (type ?? name).tok)}: unexpected token '${type?.tok.text ?? ')'}' (declare-const ${name.tok.text} Real)`);
      if (declared.has(name.tok.text)) throw new UserError(`${where(source, name.tok)}: ${name.tok.text} is declared twice`);
      declared.add(name.tok.text);
      if (v.kind === 'X') inputs = Math.max(inputs, v.index + 1);
      else outputs = Math.max(outputs, v.index + 1);
    } else if (tok.text === 'assert') {
      if (args.length !== 1) throw new UserError(`${where(source, tok)}: assert takes one formula, got ${args.length}`);
      asserts.push(args[0]);
    } else {
      throw new UserError(`${where(source, tok)}: unexpected token '${tok.text}' (expected declare-const or assert)`);
    }
  }
  for (const [kind, n] of [['X', inputs], ['Y', outputs]] as const) {
    for (let i = 0; i < n; i++) if (!declared.has(`${kind}_${i}`)) throw new UserError(`${source}: ${kind}_${i} is not declared, but ${kind}_${n - 1} is`);
  }
  if (inputs === 0) throw new UserError(`${source}: no input variables X_i are declared`);

  const term = (s: Sexp): Term => {
    if (s.list) throw new UserError(`${where(source, s.tok)}: unexpected token '(' (expected a variable or a number)`);
    const v = parseVarName(s.tok.text);
    if (v) {
      if (!declared.has(s.tok.text)) throw new UserError(`${where(source, s.tok)}: ${s.tok.text} is used but not declared`);
      return { var: v, tok: s.tok };
    }
    const value = Number(s.tok.text);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s.tok.text) || !Number.isFinite(value)) {
      throw new UserError(`${where(source, s.tok)}: unexpected token '${s.tok.text}' (expected a variable X_i/Y_i or a finite number)`);
    }
    return { value, tok: s.tok };
  };
  /** The formula in disjunctive normal form: a list of conjunctions of atoms. */
  const dnf = (s: Sexp): Atom[][] => {
    const { tok, args } = head(s, 'a comparison (<=, >=, <, >), and or or');
    switch (tok.text) {
      case '<=':
      case '>=':
      case '<':
      case '>': {
        if (args.length !== 2) throw new UserError(`${where(source, tok)}: '${tok.text}' takes two terms, got ${args.length}`);
        const op = tok.text.startsWith('<') ? '<=' : '>=';
        return [[{ op, strict: tok.text.length === 1, a: term(args[0]), b: term(args[1]) }]];
      }
      case 'and': {
        if (args.length === 0) throw new UserError(`${where(source, tok)}: 'and' needs at least one formula`);
        let acc: Atom[][] = [[]];
        for (const a of args) acc = product(acc, dnf(a), tok);
        return acc;
      }
      case 'or': {
        if (args.length === 0) throw new UserError(`${where(source, tok)}: 'or' needs at least one formula`);
        const out = args.flatMap(dnf);
        if (out.length > MAX_DISJUNCTS) throw new UserError(`${where(source, tok)}: more than ${MAX_DISJUNCTS} disjuncts`);
        return out;
      }
      default:
        throw new UserError(`${where(source, tok)}: unexpected token '${tok.text}' (expected <=, >=, <, >, and or or)`);
    }
  };
  const product = (a: Atom[][], b: Atom[][], tok: Token): Atom[][] => {
    if (a.length * b.length > MAX_DISJUNCTS) throw new UserError(`${where(source, tok)}: the formula expands to more than ${MAX_DISJUNCTS} disjuncts`);
    return a.flatMap(x => b.map(y => [...x, ...y]));
  };
  let all: Atom[][] = [[]];
  for (const a of asserts) all = product(all, dnf(a), a.tok);

  const regions = new Map<string, { lower: Float64Array; upper: Float64Array; outputConstraints: string[] }>();
  for (const conj of all) {
    const lower = new Float64Array(inputs).fill(-Infinity);
    const upper = new Float64Array(inputs).fill(Infinity);
    const outAtoms: string[] = [];
    for (const at of conj) {
      const vars = [at.a, at.b].filter((t): t is Extract<Term, { var: Var }> => 'var' in t);
      const show = `${at.a.tok.text} ${at.strict ? at.op[0] : at.op} ${at.b.tok.text}`;
      if (vars.some(v => v.var.kind === 'Y')) {
        if (vars.some(v => v.var.kind === 'X')) throw new UserError(`${where(source, at.a.tok)}: '${show}' mixes inputs and outputs (not in the supported subset)`);
        outAtoms.push(show);
        continue;
      }
      if (vars.length !== 1) {
        throw new UserError(`${where(source, at.a.tok)}: '${show}' ${vars.length === 0 ? 'compares two numbers' : 'relates two inputs; only boxes (an input against a number) are supported'}`);
      }
      // Normalise to X op c.
      const flip = 'var' in at.b;
      const x = (flip ? at.b : at.a) as Extract<Term, { var: Var }>;
      const c = (flip ? at.a : at.b) as Extract<Term, { value: number }>;
      const op = flip ? (at.op === '<=' ? '>=' : '<=') : at.op;
      const i = x.var.index;
      if (op === '<=') upper[i] = Math.min(upper[i], c.value);
      else lower[i] = Math.max(lower[i], c.value);
    }
    for (let i = 0; i < inputs; i++) {
      if (!Number.isFinite(lower[i]) || !Number.isFinite(upper[i])) {
        throw new UserError(`${source}: X_${i} has no ${Number.isFinite(lower[i]) ? 'upper' : 'lower'} bound${all.length > 1 ? ' in one of the disjuncts' : ''}; every input needs both`);
      }
    }
    if ([...lower].some((l, i) => l > upper[i])) continue; // an empty disjunct holds nowhere
    const key = `${lower.join(',')}|${upper.join(',')}`;
    const r = regions.get(key) ?? { lower, upper, outputConstraints: [] };
    if (outAtoms.length) r.outputConstraints.push(outAtoms.join(' and '));
    regions.set(key, r);
  }
  if (regions.size === 0) throw new UserError(`${source}: every input box of the file is empty (some lower bound exceeds its upper bound)`);
  return { source, inputs, outputs, regions: [...regions.values()] };
}

export function readVnnlib(path: string): VnnlibSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError(`${path}: cannot read the VNN-LIB file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return parseVnnlib(text, path);
}
