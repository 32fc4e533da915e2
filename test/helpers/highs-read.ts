/** Reads LP/MPS text with HiGHS's own parsers (independent of our writers) back into a MilpModel. */
import highsModule from 'highs';
import type { Highs } from 'highs';
import type { MilpModel } from '../../src/milp/model.js';

type LoadHighs = typeof highsModule.default;
const runtimeDefault: unknown = highsModule;
const loadHighs: LoadHighs = typeof runtimeDefault === 'function' ? (runtimeDefault as LoadHighs) : highsModule.default;
let instance: Promise<Highs> | null = null;

export function highs(): Promise<Highs> {
  instance ??= loadHighs();
  return instance;
}

/** The numerical model HiGHS reads from `data` (names are not part of HiGHS's snapshot). */
export async function readModel(format: 'lp' | 'mps', data: string): Promise<MilpModel> {
  const h = await highs();
  const model = h.createModel({ format, data });
  try {
    const d = model.getModel('csr');
    const names = (n: number, p: string): string[] => Array.from({ length: n }, (_, k) => `${p}${k}`);
    return {
      sense: d.sense === h.constants.objectiveSense.maximize ? 'maximize' : 'minimize',
      numCols: d.numCols,
      numRows: d.numRows,
      colCost: d.colCost,
      objOffset: d.offset,
      colLower: d.colLower,
      colUpper: d.colUpper,
      rowLower: d.rowLower,
      rowUpper: d.rowUpper,
      starts: d.matrix.starts,
      indices: d.matrix.indices,
      values: d.matrix.values,
      integrality: d.integrality.length === d.numCols ? d.integrality : new Int32Array(d.numCols),
      colNames: names(d.numCols, 'c'),
      rowNames: names(d.numRows, 'r'),
    };
  } finally {
    model.dispose();
  }
}
