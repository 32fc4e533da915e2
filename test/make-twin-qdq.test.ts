/**
 * `make-twin --quantize int8 --activations` (src/twin/qdq.ts) against onnxruntime: the twin of
 * the embedded fp32 ECG CNN, made here with the command of test/fixtures/qdq/make-twin-ecg.json
 * (made once by scripts/make-twin-qdq-check.py with onnxruntime 1.30, graph optimisations off):
 *   - the bytes are the ones onnxruntime ran (same sha256), a standard QDQ model;
 *   - on 40 beats our integer codes of all seven QuantizeLinear outputs equal onnxruntime's
 *     (except at near-ties, see test/helpers/qdq-compare.ts) and the logits agree to float32
 *     rounding;
 *   - our calibration (float64 min/max) gives onnxruntime quantize_static's scales to float32
 *     rounding and the same zero points, for every tensor both quantise;
 *   - the option errors.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { calibrate, runMakeTwin } from '../src/cli/make-twin-command.js';
import { readSamples } from '../src/data/read.js';
import { UserError } from '../src/errors.js';
import { loadOnnx } from '../src/onnx/load.js';
import { compareWithOnnxruntime } from './helpers/qdq-compare.js';

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;
const SRC = `${ECG}ecg_mitbih260_cnn_fp32.onnx`;
const CSV = `${ECG}mitbih260_beats_subset.csv`;

interface Fixture {
  readonly sha256: string;
  readonly rows: readonly number[];
  readonly logits: readonly (readonly number[])[];
  readonly codes: Readonly<Record<string, readonly (readonly number[])[]>>;
  readonly ortQuantizeStatic: { readonly params: Readonly<Record<string, { readonly scale: number; readonly zero: number }>> };
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/qdq/make-twin-ecg.json', import.meta.url), 'utf8')) as Fixture;

const dir = mkdtempSync(join(tmpdir(), 'twinmargin-qdq-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const base = { in: SRC, pruneScope: 'global', quantize: 'int8', activations: true, calibration: CSV, labelCol: 'last' };

t.test('the made QDQ twin runs as onnxruntime runs it', async tt => {
  const out = join(dir, 'ecg-qdq8.onnx');
  const lines: string[] = [];
  runMakeTwin({ ...base, out, rows: '0-416' }, l => lines.push(l));
  tt.match(lines[0], /activations: 7 QuantizeLinear\/DequantizeLinear pairs .* 417 calibration rows/);
  tt.match(lines[1], /int8c\+qdq8/);
  const bytes = readFileSync(out);
  tt.equal(createHash('sha256').update(bytes).digest('hex'), fixture.sha256, 'the bytes onnxruntime ran');
  const net = loadOnnx(out);
  tt.equal(net.nodes.filter(n => n.kind === 'quantize').length, 7);
  const beats = readSamples(CSV, [...fixture.rows], { labelColumn: 'last' }).map(s => Array.from(s.x));
  compareWithOnnxruntime(tt, net, beats, fixture.logits, fixture.codes, 'made QDQ ECG twin');
});

t.test('calibration = onnxruntime quantize_static (MinMax, int8, per tensor) on the common tensors', async tt => {
  const samples = readSamples(CSV, 'all', { labelColumn: 'last' });
  const ours = calibrate(readFileSync(SRC), SRC, samples);
  const ort = fixture.ortQuantizeStatic.params;
  let compared = 0;
  for (const [name, p] of ours) {
    const o = ort[name] ?? ort[`${name}_QuantizeLinear_Input`];
    if (!o) continue;
    compared++;
    tt.ok(Math.abs(p.scale - o.scale) <= 2 ** -22 * o.scale, `${name}: scale ${p.scale} vs onnxruntime ${o.scale}`);
    tt.equal(p.zero, o.zero, `${name}: zero point ${p.zero}`);
  }
  tt.equal(compared, ours.size, 'every tensor we quantise is one onnxruntime quantises');
});

t.test('option errors: one line each', async tt => {
  const err = (o: Partial<typeof base> & { rows?: string }): string => {
    try {
      runMakeTwin({ ...base, out: join(dir, 'x.onnx'), ...o } as Parameters<typeof runMakeTwin>[0], () => {});
    } catch (e) {
      if (e instanceof UserError) return e.message;
      throw e;
    }
    return 'no error';
  };
  tt.match(err({ calibration: undefined }), /--activations needs --calibration/);
  tt.match(err({ quantize: 'int4' }), /--activations\) needs --quantize int8/);
  tt.match(err({ activations: undefined }), /--calibration is only read with --activations/);
});
