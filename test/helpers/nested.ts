/** The method order the nested-bounds tests check: [outer, inner], the inner interval inside the outer on every query. */
import type { Method } from '../../src/verify/methods.js';

export const NESTED: readonly (readonly [Method, Method])[] = [
  ['interval', 'crown'],
  ['crown', 'alpha-crown'],
  ['crown', 'diff'],
  ['diff', 'lp'],
  ['lp', 'milp'],
  ['diff', 'auto'],
  ['auto', 'milp'],
  ['diff', 'bab'],
];
