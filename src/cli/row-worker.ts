/**
 * A worker thread that verifies rows (workerData: RowWorkerSetup; one RowJob per message) and
 * reports as it goes: the phase, the sound pair bounds known so far, finished ends, then the
 * row. row-runner.ts kills it when a row's budget runs out and reports the best sound bounds
 * it was sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadOnnx } from '../onnx/load.js';
import { verifyOptions } from '../verify/options.js';
import { verifyRow } from '../verify/verify.js';
import { createSolver } from '../solver/select.js';
import { UserError } from '../errors.js';
import type { RowJob, RowMessage, RowWorkerSetup } from './row-runner.js';

const setup = workerData as RowWorkerSetup;
const post = (m: RowMessage): void => parentPort?.postMessage(m);
const fail = (e: unknown): void => post({ kind: 'error', message: e instanceof Error ? e.message : String(e), user: e instanceof UserError });

try {
  const n1 = loadOnnx(setup.n1);
  const n2 = loadOnnx(setup.n2);
  const opts = verifyOptions(setup.settings, 'cli');
  const solver = await createSolver(setup.solver, setup.threads);
  // Rows come one at a time (the runner waits for each): no queue needed.
  parentPort?.on('message', (job: RowJob) => {
    verifyRow(n1, n2, { row: job.row, x: Float64Array.from(job.x), label: job.label }, opts, solver, {
      phase: name => post({ kind: 'phase', phase: name }),
      partial: (pair, lower, upper) => post({ kind: 'partial', pair: [pair[0], pair[1]], lower, upper }),
      endDone: () => post({ kind: 'end' }),
      interim: progress => post({ kind: 'interim', progress }),
    }).then(result => post({ kind: 'done', result }), fail);
  });
  post({ kind: 'ready' });
} catch (e) {
  fail(e);
}
