/**
 * The verify job's plan and options: planRow says which ends and implications get which method
 * (the progress bar and bench deadlines size themselves by maxSolves), and verifyOptions applies
 * every default once (time limit 60 s on the command line, 30 s in manifests; attack budgets).
 */
import t from 'tap';
import { DEFAULT_BUDGET, SIDE_BUDGET } from '../src/attack/pgd.js';
import { VERIFY_METHODS } from '../src/verify/methods.js';
import { VERIFY_DEFAULTS, verifyOptions } from '../src/verify/options.js';
import { maxSolves, planRow } from '../src/verify/plan.js';

t.test('planRow: ends and implication per method', async tt => {
  const ends = Object.fromEntries(VERIFY_METHODS.map(m => [m, planRow({ method: m, implication: 'exact' }).ends]));
  tt.same(ends, { interval: 'relaxation', crown: 'relaxation', 'alpha-crown': 'relaxation', diff: 'relaxation', lp: 'lp', milp: 'milp', bab: 'bab', auto: 'milp-if-open', attack: 'relaxation' });
  tt.equal(planRow({ method: 'milp', implication: 'exact' }).implication, 'milp');
  tt.equal(planRow({ method: 'auto', implication: 'exact' }).implication, 'milp-unless-proved');
  tt.equal(planRow({ method: 'bab', implication: 'exact' }).implication, 'milp-unless-proved');
  tt.equal(planRow({ method: 'lp', implication: 'exact' }).implication, 'sound', 'lp runs no implication MILP');
  tt.equal(planRow({ method: 'milp', implication: 'sound' }).implication, 'sound');
  tt.equal(planRow({ method: 'auto', implication: 'off' }).implication, 'off');
});

t.test('maxSolves: two per pair when the ends are solved, one per j ≠ c for the implication MILPs', async tt => {
  tt.equal(maxSolves(planRow({ method: 'milp', implication: 'exact' }), 9, 10), 18 + 9);
  tt.equal(maxSolves(planRow({ method: 'auto', implication: 'exact' }), 4, 5), 8 + 4);
  tt.equal(maxSolves(planRow({ method: 'lp', implication: 'exact' }), 4, 5), 8);
  tt.equal(maxSolves(planRow({ method: 'milp', implication: 'off' }), 4, 5), 8);
  tt.equal(maxSolves(planRow({ method: 'diff', implication: 'exact' }), 4, 5), 0);
});

t.test('verifyOptions applies every default once', async tt => {
  const cli = verifyOptions({ eps: 0.1, domain: null }, 'cli');
  const manifest = verifyOptions({ eps: 0.1, domain: null }, 'manifest');
  tt.equal(cli.timeLimitSec, 60);
  tt.equal(manifest.timeLimitSec, 30);
  tt.equal(cli.method, VERIFY_DEFAULTS.method);
  tt.equal(cli.pairs, 'label');
  tt.equal(cli.implication, 'exact');
  tt.equal(cli.bounds.name, 'crown+diff');
  tt.equal(cli.obbt, undefined, 'OBBT off by default');
  tt.same(cli.attack, { budget: SIDE_BUDGET, seed: 'twinmargin' });
  tt.same(verifyOptions({ eps: 0, domain: null, method: 'attack' }, 'cli').attack.budget, DEFAULT_BUDGET, '--method attack: the full budget');
  tt.same(verifyOptions({ eps: 0, domain: null, method: 'attack' }, 'manifest').attack.budget, SIDE_BUDGET, 'manifests: the side budget for every method');
  const given = verifyOptions({ eps: 0, domain: null, method: 'crown', timeLimitSec: 3, obbtNeurons: 7, attackBudget: { restarts: 2, steps: 5 }, seed: 's' }, 'cli');
  tt.same(given.obbt, { maxNeurons: 7, timeSec: 5 }, 'OBBT time budget at least 5 s');
  tt.same(given.attack, { budget: { restarts: 2, steps: 5 }, seed: 's' });
  tt.equal(given.bounds.name, 'crown');
});
