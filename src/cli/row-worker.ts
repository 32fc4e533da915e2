/**
 * A worker thread that verifies one row (workerData: RowJob) and reports as it goes: the phase,
 * the sound pair bounds known so far, finished ends, then the row. row-runner.ts kills it when
 * the row's budget runs out and reports the best sound bounds it was sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadOnnx } from '../onnx/load.js';
import { verifyOptions } from '../verify/options.js';
import { verifyRow } from '../verify/verify.js';
import { createSolver } from '../solver/select.js';
import { UserError } from '../errors.js';
import type { RowJob, RowMessage } from './row-runner.js';

const job = workerData as RowJob;
const post = (m: RowMessage): void => parentPort?.postMessage(m);

try {
  const n1 = loadOnnx(job.n1);
  const n2 = loadOnnx(job.n2);
  const opts = verifyOptions(job.settings, 'cli');
  const solver = await createSolver(job.solver, job.threads);
  try {
    const result = await verifyRow(n1, n2, { row: job.row, x: Float64Array.from(job.x), label: job.label }, opts, solver, {
      phase: name => post({ kind: 'phase', phase: name }),
      partial: (pair, lower, upper) => post({ kind: 'partial', pair: [pair[0], pair[1]], lower, upper }),
      endDone: () => post({ kind: 'end' }),
    });
    post({ kind: 'done', result });
  } finally {
    await solver.close();
  }
} catch (e) {
  post({ kind: 'error', message: e instanceof Error ? e.message : String(e), user: e instanceof UserError });
}
