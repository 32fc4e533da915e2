/** Round half to even (IEEE roundTiesToEven; ONNX QuantizeLinear): 0.5 → 0, 1.5 → 2, −2.5 → −2. */
export function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
