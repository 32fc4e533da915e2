/**
 * From a suite entry to its queries: check that its files exist, make its generated twin,
 * load both networks (SHA-256, twin compatibility, input size), read and check its rows, and
 * list one query per (row, ε, method).
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { readSamples } from '../data/read.js';
import { inputSize, outputSize } from '../ir/network.js';
import { loadOnnx } from '../onnx/load.js';
import { checkTwins } from '../onnx/twins.js';
import { pairCount, type Sample } from '../verify/methods.js';
import { checkSamples } from '../verify/samples.js';
import { TOOL, VERSION } from '../version.js';
import { REPO_ROOT, repoPath, type SuiteEntry } from './manifest.js';
import { entryConfig, type QueryIdentity, type QueryRecord } from './records.js';
import { generatedTwin } from './twins.js';

export interface QueryTask {
  readonly identity: QueryIdentity;
  readonly n1Path: string;
  readonly n2Path: string;
  readonly sample: Sample;
  /** Class pairs per query and classes: for the worker's deadline. */
  readonly pairCount: number;
  readonly classes: number;
}

export type QueryOutcome = { readonly ok: true; readonly record: QueryRecord } | { readonly ok: false; readonly message: string };

export interface PreparedEntry {
  readonly entry: SuiteEntry;
  readonly n1Path: string;
  readonly n2Path: string;
  readonly n1: QueryRecord['n1'];
  readonly n2: QueryRecord['n2'];
  readonly config: string;
  readonly samples: readonly Sample[];
  readonly classes: number;
}

const SHARED_HINT = 'shared data and models come from ../shared/data (see its README.md)';

/** The entry's input files that do not exist, each as a one-line message. */
export function missingFiles(e: SuiteEntry): string[] {
  const files = [e.n1, e.n2.kind === 'file' ? e.n2.path : e.n2.from, e.data];
  return [...new Set(files)]
    .filter(f => !existsSync(repoPath(f)))
    .map(f => `${f}: file not found${f.includes('shared/data') ? `; ${SHARED_HINT}` : ''}`);
}

/** A path as recorded: relative to the repository root when inside or next to it. */
function shown(path: string): string {
  const r = relative(REPO_ROOT, path);
  return r.startsWith('../../') ? path : r;
}

export function prepareEntry(e: SuiteEntry, twinCache: string, log: (line: string) => void): PreparedEntry {
  const n1Path = repoPath(e.n1);
  const twin = e.n2.kind === 'twin' ? generatedTwin(repoPath(e.n2.from), e.n2.twin, twinCache, log) : null;
  const n2Path = twin ? twin.path : repoPath(e.n2.kind === 'file' ? e.n2.path : e.n2.from);
  const n1 = loadOnnx(n1Path);
  const n2 = loadOnnx(n2Path);
  checkTwins(n1, n2);
  const dataPath = repoPath(e.data);
  const samples = readSamples(dataPath, [...e.rows], { labelColumn: e.labelColumn, scale: e.scale, expectedFeatures: inputSize(n1) });
  const classes = outputSize(n1);
  checkSamples(samples, { data: e.data, classes, domain: e.domain, eps: Math.max(...e.eps), hint: "check the entry's scale and domain" });
  return {
    entry: e,
    n1Path,
    n2Path,
    n1: { path: shown(n1Path), sha256: n1.sha256 },
    n2: { path: shown(n2Path), sha256: n2.sha256, ...(twin ? { twin: twin.tag } : {}) },
    config: entryConfig(e),
    samples,
    classes,
  };
}

/** One query per (row, ε, method), rows outermost. */
export function queriesOf(suite: string, p: PreparedEntry): QueryTask[] {
  const out: QueryTask[] = [];
  for (const sample of p.samples) {
    for (const eps of p.entry.eps) {
      for (const method of p.entry.methods) {
        out.push({
          identity: { suite, entry: p.entry, row: sample.row, eps, method, tool: TOOL, version: VERSION, n1: p.n1, n2: p.n2, config: p.config },
          n1Path: p.n1Path,
          n2Path: p.n2Path,
          sample: { row: sample.row, x: sample.x, label: sample.label },
          pairCount: pairCount(p.entry.pairs, p.classes),
          classes: p.classes,
        });
      }
    }
  }
  return out;
}
