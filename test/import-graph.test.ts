/**
 * The folder-level import graph of src/: no cycle, and no folder imports a folder above it.
 *
 * PIPELINE below is the one place that writes the order down, bottom first: a folder may import
 * only itself and the folders before it. The files directly in src/ (errors.ts, version.ts) are
 * the folder '.', at the bottom. A new folder must be placed here before anything imports it.
 *
 * Data flows onnx → ir → layers → bounds → encoding → solver → verify → cli/report; the import
 * order differs from the data flow in one place only: the loaders (onnx/) build IR values, so they
 * import ir/ and sit just above it.
 */
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PIPELINE: readonly string[] = [
  '.', //        errors and version, imported by anything
  'ir', //       the network IR: nodes, sparse matrices, the Bounds type
  'onnx', //     ONNX loader and op lowering into the IR
  'twin', //     making twins from ONNX models (quantise, prune, …)
  'data', //     data files: CSV/TSV, JSON, .npy, row specs
  'milp', //     solver-independent MILP model builder and exporters
  'layers', //   one file per layer kind (all of its analyses), the op table, forward and gradient interpreters
  'bounds', //   bound sweeps: interval, CROWN, α-CROWN, differential
  'encoding', // the joint MILP encoding of both twins
  'solver', //   HiGHS / GLPK behind one interface, worker pool with a hard time limit
  'rsm', //      query building blocks: the objective ρ, one LRSM end, implication MILPs, OBBT, domains
  'attack', //   projected sign-gradient attacks: inner bounds and counterexamples
  'bab', //      branch and bound over sub-problems
  'verify', //   the orchestrator: plan and verify one row with every method
  'io', //       results files (JSONL), progress, CLI/manifest value parsers
  'bench', //    benchmark suites: manifests, queue, runner, summaries
  'report', //   reports over results
  'cli', //      the command line
];

export interface ImportEdge {
  readonly from: string; // file, relative to src/
  readonly to: string; // file, relative to src/
}

/** The folder of a file relative to src/: its first path segment, or '.' for files at the top. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length === 1 ? '.' : parts[0];
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Every relative import of every .ts file under srcDir, as file → file edges relative to srcDir. */
export function importEdges(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const target = resolve(dirname(p), m[2]).replace(/\.js$/, '.ts');
          const to = relative(srcDir, target).split(sep).join('/');
          if (to.startsWith('..')) continue;
          edges.push({ from: relative(srcDir, p).split(sep).join('/'), to });
        }
      }
    }
  };
  walk(srcDir);
  return edges;
}

/** Folder → the folders it imports (itself excluded), with one example file edge each. */
export function folderGraph(edges: readonly ImportEdge[]): Map<string, Map<string, ImportEdge>> {
  const g = new Map<string, Map<string, ImportEdge>>();
  for (const e of edges) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    let out = g.get(a);
    if (!out) g.set(a, (out = new Map()));
    if (a !== b && !out.has(b)) out.set(b, e);
  }
  return g;
}

/** Every folder-level cycle's strongly connected component with more than one folder (Tarjan). */
export function folderCycles(g: ReadonlyMap<string, ReadonlyMap<string, ImportEdge>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v)?.keys() ?? []) {
      const iw = index.get(w);
      if (iw === undefined) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, iw));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      for (;;) {
        const w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        scc.push(w);
        if (w === v) break;
      }
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** One line per import of a folder at or above the importer's place in `order`, or of a folder not in it. */
export function orderViolations(g: ReadonlyMap<string, ReadonlyMap<string, ImportEdge>>, order: readonly string[]): string[] {
  const rank = new Map(order.map((f, i) => [f, i]));
  const problems: string[] = [];
  for (const [a, outs] of g) {
    const ra = rank.get(a);
    if (ra === undefined) {
      problems.push(`src/${a}/ is not placed in the pipeline order (test/import-graph.test.ts PIPELINE)`);
      continue;
    }
    for (const [b, e] of outs) {
      const rb = rank.get(b);
      if (rb === undefined) problems.push(`src/${b}/ (imported by src/${e.from}) is not placed in the pipeline order`);
      else if (rb > ra) problems.push(`src/${e.from} imports src/${e.to}: ${b}/ sits above ${a}/ in the pipeline order`);
    }
  }
  return problems.sort();
}

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

t.test('src/ has no folder-level import cycle and no upward import', async tt => {
  const g = folderGraph(importEdges(SRC));
  tt.ok(g.size >= 10, `found the folders of src/ (${[...g.keys()].sort().join(', ')})`);
  tt.same(folderCycles(g), [], 'no folder-level import cycle');
  tt.same(orderViolations(g, PIPELINE), [], 'every folder imports only folders below it');
});

t.test('the checker finds a cycle and an upward import in a made-up graph', async tt => {
  const edges: ImportEdge[] = [
    { from: 'ir/a.ts', to: 'layers/b.ts' },
    { from: 'layers/b.ts', to: 'ir/c.ts' },
    { from: 'cli/main.ts', to: 'errors.ts' },
    { from: 'zzz/x.ts', to: 'ir/c.ts' },
  ];
  const g = folderGraph(edges);
  tt.same(folderCycles(g), [['ir', 'layers']]);
  tt.same(orderViolations(g, PIPELINE), [
    'src/ir/a.ts imports src/layers/b.ts: layers/ sits above ir/ in the pipeline order',
    'src/zzz/ is not placed in the pipeline order (test/import-graph.test.ts PIPELINE)',
  ]);
});
