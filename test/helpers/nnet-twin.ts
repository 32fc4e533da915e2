/**
 * A tiny NNet network for the .nnet tests (2 inputs in [0, 4], normalised by mean 2 and range 4;
 * 2 hidden ReLUs with weights [[w00, 1], [1, −1]]; 2 outputs), written by the test itself. The
 * twins differ by `w00` (and whatever else a test passes).
 */
export interface TinyNnet {
  readonly hiddenBias?: readonly [number, number];
  readonly outWeights?: readonly [readonly [number, number], readonly [number, number]];
  readonly outBias?: readonly [number, number];
}

const f = (v: number): string => (Number.isInteger(v) ? v.toFixed(1) : String(v));

export function tinyNnet(w00: number, o: TinyNnet = {}): string {
  const hb = o.hiddenBias ?? [0, 0];
  const ow = o.outWeights ?? [[1, 0], [0, 1]];
  const ob = o.outBias ?? [0, 0];
  return ['// test twin', '2,2,2,2,', '2,2,2,', '0,', '0.0,0.0,', '4.0,4.0,', '2.0,2.0,0.0,', '4.0,4.0,1.0,',
    `${w00},1.0,`, '1.0,-1.0,', `${f(hb[0])},`, `${f(hb[1])},`, `${f(ow[0][0])},${f(ow[0][1])},`, `${f(ow[1][0])},${f(ow[1][1])},`, `${f(ob[0])},`, `${f(ob[1])},`, ''].join('\n');
}
