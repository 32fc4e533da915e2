/**
 * A branch-and-bound worker thread: holds the twins and configuration (workerData: ExpandSetup) and expands
 * the nodes it is sent (expand.ts), one at a time, under the KillablePool protocol
 * (src/solver/pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TaskEnvelope, WorkerReply } from '../solver/pool.js';
import { type Bounded, expand, type ExpandRequest, type ExpandSetup } from './expand.js';

const setup = workerData as ExpandSetup;

parentPort?.on('message', (envelope: TaskEnvelope<ExpandRequest>) => {
  const reply: WorkerReply<BabWorkerResult, never> = (() => {
    try {
      return { kind: 'done', result: { ok: true, nodes: expand(setup, envelope.request) }, recycle: false };
    } catch (e) {
      return { kind: 'done', result: { ok: false, message: e instanceof Error ? e.message : String(e) }, recycle: true };
    }
  })();
  parentPort?.postMessage(reply);
});

export type BabWorkerResult = { readonly ok: true; readonly nodes: readonly Bounded[] } | { readonly ok: false; readonly message: string };
