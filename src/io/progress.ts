/** A progress bar on stderr when it is a terminal; silent otherwise (CI, pipes). */
import cliProgress from 'cli-progress';
import type { MilpSolver, SolveOutcome, SolveRequest } from '../solver/types.js';

export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

export function progressBar(total: number, label: string, unit = 'solves'): Progress {
  if (!process.stderr.isTTY || total <= 0) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} ${unit} | {percentage}% | elapsed {duration_formatted} | ETA {eta_formatted}`, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}

/** Wraps a solver so that every finished solve advances the bar. */
export function counting(solver: MilpSolver, progress: Progress): MilpSolver {
  return {
    name: solver.name,
    async solve(req: SolveRequest): Promise<SolveOutcome> {
      try {
        return await solver.solve(req);
      } finally {
        progress.tick();
      }
    },
    close: () => solver.close(),
  };
}
