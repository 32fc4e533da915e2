/**
 * A tiny pool of worker threads for blocking tasks that may have to be killed.
 *
 * Each worker runs one task at a time. The worker answers a task with any number of
 * `progress` messages and then one `done` message (see `WorkerReply`). The pool:
 * - terminates a worker that has not answered by the task's deadline, settles the task with
 *   `onKilled()` (after delivering every progress message the worker posted before it died),
 *   and starts a replacement;
 * - settles a task with `onCrash()` when its worker dies (uncaught error, exit), and replaces it;
 * - replaces a worker whose `done` message asks for it (`recycle`, e.g. after a native abort or
 *   when its memory has grown);
 * - keeps idle workers unref'd, so a forgotten pool never keeps the process alive.
 *
 * Why not piscina: a killed task must still yield what the worker reported before dying, which
 * needs a per-task progress channel and control over the kill; this is simpler by hand.
 */
import { Worker } from 'node:worker_threads';

/** What a pool worker posts to its parent while running a task. */
export type WorkerReply<Res, Prog> =
  | { readonly kind: 'progress'; readonly progress: Prog }
  | { readonly kind: 'done'; readonly result: Res; readonly recycle: boolean };

/** What the pool posts to a worker: the task and the epoch time (Date.now()) it was sent. */
export interface TaskEnvelope<Req> {
  readonly request: Req;
  readonly sentAt: number;
}

export interface TaskHandlers<Res, Prog> {
  /** Wall-clock milliseconds after dispatch at which the worker is terminated. */
  readonly deadlineMs: number;
  onProgress(progress: Prog): void;
  /** The result of a task whose worker was terminated at the deadline. */
  onKilled(): Res;
  /** The result of a task whose worker died, or that the pool's close() ended. */
  onCrash(message: string): Res;
}

/** A task's result and the wall-clock time from dispatch to a worker until it settled. */
export interface Finished<Res> {
  readonly result: Res;
  readonly elapsedMs: number;
}

interface Task<Req, Res, Prog> {
  readonly request: Req;
  readonly handlers: TaskHandlers<Res, Prog>;
  readonly resolve: (r: Finished<Res>) => void;
}

interface Running<Req, Res, Prog> {
  readonly task: Task<Req, Res, Prog>;
  readonly startedMs: number;
  timer: NodeJS.Timeout | undefined;
  killing: boolean;
  settled: boolean;
}

interface Slot<Req, Res, Prog> {
  worker: Worker | null;
  running: Running<Req, Res, Prog> | null;
}

/** How long to wait for terminate() before giving up on a worker's exit event. */
const TERMINATE_WAIT_MS = 2000;
const MAX_MESSAGE = 300;
/** setTimeout's largest delay (about 24.8 days); longer ones fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Shortens an error text (emscripten errors can carry a 168 KB source line) to one short line. */
export function shortMessage(e: unknown): string {
  const raw = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const line = raw.split('\n', 1)[0] ?? '';
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
}

/**
 * Worker code that imports a .ts script when running under tsx. Workers inherit --import=tsx,
 * but on Node 20 tsx registers its hooks in the main thread only (tsx issue #354): if the plain
 * import fails on the extension, register tsx in this worker and import again (a query string
 * avoids the cached failure). Newer Node versions, where tsx registers itself, take the first path.
 */
export function tsBootstrap(file: URL): string {
  const api = import.meta.resolve('tsx/esm/api');
  const url = JSON.stringify(file.href);
  return `import(${url}).catch((e) => {
    if (e?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
    return import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${url} + '?tsx'); });
  });`;
}

export class KillablePool<Req, Res, Prog> {
  private readonly slots: Slot<Req, Res, Prog>[] = [];
  private readonly queue: Task<Req, Res, Prog>[] = [];
  private readonly exiting = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly file: URL,
    size: number,
    private readonly workerData?: unknown,
  ) {
    for (let i = 0; i < size; i++) {
      const slot: Slot<Req, Res, Prog> = { worker: null, running: null };
      this.slots.push(slot);
      this.spawn(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  run(request: Req, handlers: TaskHandlers<Res, Prog>): Promise<Finished<Res>> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise<Finished<Res>>((resolve) => {
      this.queue.push({ request, handlers, resolve });
      this.pump();
    });
  }

  /** Ends every worker; running and queued tasks settle with onCrash('pool closed'). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const task of this.queue.splice(0)) task.resolve({ result: task.handlers.onCrash('pool closed'), elapsedMs: 0 });
    for (const slot of this.slots) {
      const run = slot.running;
      if (run) this.settle(slot, run, run.task.handlers.onCrash('pool closed'));
      this.retire(slot);
    }
    await Promise.all([...this.exiting]);
  }

  private spawn(slot: Slot<Req, Res, Prog>): Worker {
    const worker = this.file.pathname.endsWith('.ts')
      ? new Worker(tsBootstrap(this.file), { eval: true, workerData: this.workerData })
      : new Worker(this.file, { workerData: this.workerData });
    slot.worker = worker;
    worker.on('message', (msg: WorkerReply<Res, Prog>) => {
      const run = slot.running;
      if (slot.worker !== worker || !run || run.settled) return;
      if (msg.kind === 'progress') {
        run.task.handlers.onProgress(msg.progress);
        return;
      }
      this.settle(slot, run, msg.result);
      if (msg.recycle || run.killing) this.replace(slot);
      this.pump();
    });
    const died = (message: string): void => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const run = slot.running;
      if (run && !run.settled && !run.killing) {
        this.settle(slot, run, run.task.handlers.onCrash(message));
        if (!this.closed) this.spawn(slot);
      }
      // An idle worker that dies (e.g. it failed to start) is replaced only at the next dispatch.
      this.pump();
    };
    worker.on('error', (e) => died(`worker error: ${shortMessage(e)}`));
    worker.on('messageerror', (e) => died(`worker message error: ${shortMessage(e)}`));
    worker.on('exit', (code) => died(`worker exited with code ${code}`));
    worker.unref(); // after the listeners: adding them refs the worker again
    return worker;
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.running) continue;
      const task = this.queue.shift();
      if (!task) return;
      const worker = slot.worker ?? this.spawn(slot);
      const run: Running<Req, Res, Prog> = { task, startedMs: performance.now(), timer: undefined, killing: false, settled: false };
      slot.running = run;
      worker.ref();
      run.timer = setTimeout(() => this.kill(slot, run), Math.min(MAX_TIMEOUT_MS, Math.max(0, task.handlers.deadlineMs)));
      const envelope: TaskEnvelope<Req> = { request: task.request, sentAt: Date.now() };
      worker.postMessage(envelope);
    }
  }

  /**
   * Deadline: terminate the worker. Node delivers the messages the worker had already posted
   * before it emits 'exit', so waiting for terminate() lets onProgress see all of them first.
   */
  private kill(slot: Slot<Req, Res, Prog>, run: Running<Req, Res, Prog>): void {
    const worker = slot.worker;
    if (run.settled || !worker) return;
    run.killing = true;
    const done = (): void => {
      if (run.settled) return;
      this.settle(slot, run, run.task.handlers.onKilled());
      if (!this.closed) this.replace(slot);
      this.pump();
    };
    const giveUp = setTimeout(done, TERMINATE_WAIT_MS);
    worker.terminate().then(
      () => {
        clearTimeout(giveUp);
        done();
      },
      () => {
        clearTimeout(giveUp);
        done();
      },
    );
  }

  private settle(slot: Slot<Req, Res, Prog>, run: Running<Req, Res, Prog>, result: Res): void {
    if (run.settled) return;
    run.settled = true;
    clearTimeout(run.timer);
    if (slot.running === run) slot.running = null;
    slot.worker?.unref();
    run.task.resolve({ result, elapsedMs: performance.now() - run.startedMs });
  }

  /** Terminates the slot's worker (if any) and tracks its exit for close(). */
  private retire(slot: Slot<Req, Res, Prog>): void {
    const worker = slot.worker;
    slot.worker = null;
    if (!worker) return;
    const p = worker.terminate().catch(() => undefined);
    this.exiting.add(p);
    void p.finally(() => this.exiting.delete(p));
  }

  private replace(slot: Slot<Req, Res, Prog>): void {
    this.retire(slot);
    if (!this.closed) this.spawn(slot);
  }
}
