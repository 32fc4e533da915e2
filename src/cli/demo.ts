/**
 * The embedded default run by `npm start` (`twinmargin demo`): the real MIT-BIH ECG CNN of
 * on-device-ai/ClassifyHeartbeats and its int8-weight twin (Apache-2.0), on beats that ship
 * with the repo under benchmarks/embedded/ecg-mitbih260/. The beats are z-scored, so the
 * domain is unclipped.
 */
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../benchmarks/embedded/ecg-mitbih260/', import.meta.url));

export const DEMO = {
  description: 'MIT-BIH ECG CNN (fp32) against its int8-weight twin, one beat per AAMI class',
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
} as const;
