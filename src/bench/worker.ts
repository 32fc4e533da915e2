/**
 * A benchmark query worker (a thread of the runner's KillablePool): runs verifyRow for one
 * query at a time with its own one-thread HiGHS solver (whose solves run in a nested, killable
 * worker), and answers with the compact query record. Networks are loaded once per path.
 */
import { parentPort } from 'node:worker_threads';
import { loadOnnx } from '../onnx/load.js';
import type { Network } from '../ir/network.js';
import { verifyOptions } from '../verify/options.js';
import { verifyRow } from '../verify/verify.js';
import { createSolver } from '../solver/select.js';
import type { MilpSolver } from '../solver/types.js';
import { shortMessage, type TaskEnvelope, type WorkerReply } from '../solver/pool.js';
import { toRecord } from './records.js';
import type { QueryOutcome, QueryTask } from './queries.js';

const nets = new Map<string, Network>();
let solver: Promise<MilpSolver> | null = null;

function net(path: string): Network {
  let n = nets.get(path);
  if (!n) {
    n = loadOnnx(path);
    nets.set(path, n);
  }
  return n;
}

async function run(task: QueryTask): Promise<QueryOutcome> {
  const { identity: id, sample } = task;
  const e = id.entry;
  const n1 = net(task.n1Path);
  const n2 = net(task.n2Path);
  solver ??= createSolver('highs', 1);
  const opts = verifyOptions({ eps: id.eps, domain: e.domain, pairs: e.pairs, implication: e.implication, timeLimitSec: e.timeLimitSec, method: id.method, ...(e.attack ? { attackBudget: e.attack } : {}) }, 'manifest');
  const r = await verifyRow(n1, n2, { row: sample.row, x: sample.x, label: sample.label }, opts, await solver);
  return { ok: true, record: toRecord(id, r) };
}

parentPort?.on('message', (envelope: TaskEnvelope<QueryTask>) => {
  void (async (): Promise<void> => {
    let result: QueryOutcome;
    let recycle = false;
    try {
      result = await run(envelope.request);
    } catch (e) {
      result = { ok: false, message: shortMessage(e) };
      recycle = true;
    }
    const reply: WorkerReply<QueryOutcome, never> = { kind: 'done', result, recycle };
    parentPort?.postMessage(reply);
  })();
});
