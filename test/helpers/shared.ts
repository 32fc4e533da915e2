/**
 * Files from ../shared (models, data, reference values) for the tests that need them.
 *
 * The rule (../shared/docs/style.md, the developers' guide): a test whose shared file is missing
 * is a real skip naming the file, except when the environment sets TWINMARGIN_REQUIRE_SHARED=1
 * (CI does, in .ci/run): then it fails, so that a run without ../shared cannot go green with
 * much of the suite skipped. The shared directory is ../shared beside the repository, or
 * $TWINMARGIN_SHARED; its data/ folder can be moved on its own with $TWINMARGIN_SHARED_DATA.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Test } from 'tap';

export const SHARED_DIR = process.env.TWINMARGIN_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const SHARED_DATA_DIR = process.env.TWINMARGIN_SHARED_DATA ?? join(SHARED_DIR, 'data');
export const REQUIRE_SHARED = process.env.TWINMARGIN_REQUIRE_SHARED === '1';

/** The absolute path of a shared file: `data/…` resolves under SHARED_DATA_DIR, the rest under SHARED_DIR. */
export function sharedPath(rel: string): string {
  return rel === 'data' || rel.startsWith('data/') ? join(SHARED_DATA_DIR, rel.slice(5)) : join(SHARED_DIR, rel);
}

function missingReason(paths: readonly string[]): string | null {
  const missing = paths.filter(p => !existsSync(p));
  if (missing.length === 0) return null;
  return `shared file${missing.length > 1 ? 's' : ''} not found: ${missing.join(', ')} (../shared beside the repository, or $TWINMARGIN_SHARED)`;
}

function refuse(tt: Test, why: string): void {
  tt.fail(`${why}; TWINMARGIN_REQUIRE_SHARED=1 makes a missing shared file a failure`);
}

/**
 * The paths of shared files `rels` (relative to ../shared) when all exist. Otherwise skips
 * the whole test `tt` (plan 0 with the reason; call it before any assertion) and returns
 * undefined, or, under TWINMARGIN_REQUIRE_SHARED=1, fails it and returns undefined.
 */
export function needShared(tt: Test, ...rels: string[]): string[] | undefined {
  const paths = rels.map(sharedPath);
  const why = missingReason(paths);
  if (why === null) return paths;
  if (REQUIRE_SHARED) refuse(tt, why);
  else tt.plan(0, why);
  return undefined;
}

/**
 * For one optional part of a test that also checks other things: the path of shared file
 * `rel` when it exists; otherwise a comment naming it (the part is skipped), or under
 * TWINMARGIN_REQUIRE_SHARED=1 a failure, and undefined.
 */
export function optionalShared(tt: Test, rel: string): string | undefined {
  const path = sharedPath(rel);
  const why = missingReason([path]);
  if (why === null) return path;
  if (REQUIRE_SHARED) refuse(tt, why);
  else tt.comment(`skipped part: ${why}`);
  return undefined;
}
