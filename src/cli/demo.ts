/**
 * The embedded default run by `npm start` (`twinmargin demo`): the real MIT-BIH ECG CNN of
 * on-device-ai/ClassifyHeartbeats against two twins (Apache-2.0), on beats that ship with the
 * repo under benchmarks/embedded/ecg-mitbih260/:
 *   1. its int8-weight twin (dequantised weights, float activations);
 *   2. its int8 QDQ twin (QuantizeLinear/DequantizeLinear on the input and every activation:
 *      activation rounding and saturation as the int8 model computes them).
 * The beats are z-scored, so the domain is unclipped. The second pair runs only when --n2 is
 * left at its default and there is no --out (one results file per run).
 */
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../benchmarks/embedded/ecg-mitbih260/', import.meta.url));

export const DEMO = {
  description: 'MIT-BIH ECG CNN (fp32) against its int8-weight twin, then against its int8 QDQ twin, one beat per AAMI class',
  args: {
    n1: `${dir}ecg_mitbih260_cnn_fp32.onnx`,
    n2: `${dir}ecg_mitbih260_cnn_int8w.onnx`,
    data: `${dir}mitbih260_beats_subset.csv`,
    rows: '0,100,200,300,317',
    labelCol: 'last',
    domain: 'none',
    eps: '0.0002',
    // The demo shows exact LRSM values; `verify` defaults to auto.
    method: 'milp',
  },
  /** The second pair: N1 against the int8 QDQ twin. */
  second: {
    description: 'fp32 against the int8 QDQ twin (activation rounding and saturation)',
    n2: `${dir}ecg_mitbih260_cnn_int8_qdq.onnx`,
  },
} as const;
