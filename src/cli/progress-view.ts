/**
 * What a verify run tells on stderr while it works. On a terminal: one live line (rows, ends,
 * the current row's phase, elapsed, ETA), redrawn twice a second and cleared before any result
 * is printed, so it never freezes or mixes with the table. Without a terminal (CI, pipes): one
 * line per finished row and a heartbeat line every 30 s. --quiet: nothing; --verbose: also each
 * phase change. A long end's best bounds so far (branch and bound's anytime bounds) show on
 * both the live line and the heartbeat. Nothing here writes to stdout.
 */
import type { EndProgress, RowPhase } from '../verify/control.js';

export type Verbosity = 'quiet' | 'normal' | 'verbose';

export interface ProgressView {
  rowStart(row: number): void;
  phase(p: RowPhase): void;
  endDone(): void;
  /** The running end's best bounds so far (shown until the end or its row is done). */
  interim(p: EndProgress): void;
  rowDone(row: number, summary: string): void;
  /** Clear the live line before something else is written to the terminal. */
  clear(): void;
  stop(): void;
}

export interface ProgressSink {
  write(s: string): void;
  readonly isTTY: boolean;
}

export const HEARTBEAT_MS = 30_000;

export function clock(sec: number): string {
  if (!Number.isFinite(sec)) return '?';
  const s = Math.round(sec);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(r).padStart(2, '0')}s` : `${r}s`;
}

export function progressView(sink: ProgressSink, totals: { rows: number; endsPerRow: number }, verbosity: Verbosity, clockOpts: { now?: () => number; heartbeatMs?: number } = {}): ProgressView {
  const now = clockOpts.now ?? (() => performance.now());
  const t0 = now();
  let rowsDone = 0;
  let endsDone = 0;
  let current: number | null = null;
  let phase: RowPhase | 'starting' = 'starting';
  let drawn = false;
  let best: EndProgress | null = null;
  const elapsed = (): number => (now() - t0) / 1000;
  const eta = (): string => (rowsDone === 0 ? '?' : clock((elapsed() / rowsDone) * (totals.rows - rowsDone)));
  const status = (): string =>
    `verify: rows ${rowsDone}/${totals.rows} | ends ${endsDone}/${totals.rows * totals.endsPerRow}` +
    (current !== null ? ` | row ${current}: ${phase}` : '') +
    (current !== null && best ? ` | ${bestBounds(best, endsDone - rowsDone * totals.endsPerRow + 1, totals.endsPerRow)}` : '') +
    ` | elapsed ${clock(elapsed())} | ETA ${eta()}`;
  const quiet = verbosity === 'quiet';
  const tty = sink.isTTY && !quiet;
  const clear = (): void => {
    if (tty && drawn) sink.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = (): void => {
    if (!tty) return;
    sink.write(`\r\x1b[2K${status()}`);
    drawn = true;
  };
  const timer = quiet ? null : setInterval(() => (tty ? draw() : sink.write(`${status()} (heartbeat)\n`)), tty ? 500 : (clockOpts.heartbeatMs ?? HEARTBEAT_MS));
  timer?.unref();
  const line = (s: string): void => {
    if (quiet) return;
    clear();
    sink.write(s + '\n');
    draw();
  };
  return {
    rowStart(row) {
      current = row;
      best = null;
      phase = 'starting';
      draw();
    },
    phase(p) {
      phase = p;
      if (verbosity === 'verbose') line(`row ${current ?? '?'}: ${p} (elapsed ${clock(elapsed())})`);
      else draw();
    },
    endDone() {
      endsDone++;
      best = null;
    },
    interim(p) {
      best = p;
      draw();
    },
    rowDone(row, summary) {
      rowsDone++;
      // Every end of a finished row is done, also those a stopped row never reported.
      endsDone = rowsDone * totals.endsPerRow;
      current = null;
      best = null;
      if (!tty) line(`row ${row} done (${rowsDone}/${totals.rows}): ${summary}; elapsed ${clock(elapsed())}, ETA ${eta()}`);
      else if (verbosity === 'verbose') line(`row ${row} done: ${summary}`);
      else draw();
    },
    clear,
    stop() {
      if (timer) clearInterval(timer);
      clear();
    },
  };
}

/** `end 2/4 (0:1 max) · bab · [-0.061, -0.044] gap 1.7e-2 · 120 nodes, 7 open` */
export function bestBounds(p: EndProgress, end: number, ends: number): string {
  const g = (v: number): string => (Number.isFinite(v) ? Number(v.toPrecision(3)).toString() : String(v));
  const gap = p.upper - p.lower;
  return `end ${Math.min(end, ends)}/${ends} (${p.pair[0]}:${p.pair[1]} ${p.sense === 'minimize' ? 'min' : 'max'}) · ${p.method} · [${g(p.lower)}, ${g(p.upper)}] gap ${Number.isFinite(gap) ? gap.toExponential(1) : '?'} · ${p.nodes} nodes, ${p.open} open`;
}
