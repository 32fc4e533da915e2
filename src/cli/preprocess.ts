/**
 * Input preprocessing of verify: `--layout nhwc` reorders each row from channels-last (pixel
 * by pixel, as CIFAR CSVs are) into the channels-first order of an NCHW model input, and
 * `--mean`/`--std` normalise per channel after --scale: x' = (x − mean[c]) / std[c]. ε is then
 * in the model's input units. The domain [lo, hi] of the raw values becomes, per channel,
 * [(lo − m)/s, (hi − m)/s]; D is clipped to the union over channels (a superset, so every bound
 * stays sound). All of it is recorded in the results header and so in the run identity.
 */
import { UserError } from '../errors.js';
import type { Network } from '../ir/network.js';
import type { InputDomain } from '../rsm/domain.js';
import type { Sample } from '../verify/methods.js';
import { parseNumber } from '../io/options.js';

export type Layout = 'nchw' | 'nhwc';

export interface Preprocess {
  readonly mean?: readonly number[];
  readonly std?: readonly number[];
  /** Absent: not given (the data is taken as it is, in the model's order). */
  readonly layout?: Layout;
}

export function parseChannels(flag: string, text: string, positive: boolean): number[] {
  return text.split(',').map(t => parseNumber(flag, t, v => Number.isFinite(v) && (!positive || v > 0), positive ? 'numbers > 0, one per channel (e.g. 0.2470,0.2435,0.2616)' : 'numbers, one per channel (e.g. 0.4914,0.4822,0.4465)'));
}

/** The channel count and spatial size of an image input [1, C, H, W] (or [C, H, W]); null otherwise. */
function imageShape(net: Network): { c: number; hw: number; shape: readonly number[] } | null {
  const input = net.nodes[0];
  const s = input.shape.length === 4 ? input.shape.slice(1) : input.shape.length === 3 ? input.shape : null;
  return s ? { c: s[0], hw: s[1] * s[2], shape: input.shape } : null;
}

export function preprocessDomain(domain: InputDomain | null, p: Preprocess): InputDomain | null {
  if (!domain || (!p.mean && !p.std)) return domain;
  const n = Math.max(p.mean?.length ?? 1, p.std?.length ?? 1);
  let lo = Infinity;
  let hi = -Infinity;
  for (let c = 0; c < n; c++) {
    const m = p.mean?.[p.mean.length === 1 ? 0 : c] ?? 0;
    const s = p.std?.[p.std.length === 1 ? 0 : c] ?? 1;
    lo = Math.min(lo, (domain.lo - m) / s);
    hi = Math.max(hi, (domain.hi - m) / s);
  }
  return { lo, hi };
}

/** The rows in the model's layout and units; `warn` gets a line when shape and layout disagree. */
export function preprocessSamples(samples: readonly Sample[], p: Preprocess, net: Network, warn: (line: string) => void): Sample[] {
  const img = imageShape(net);
  const shape = `[${net.nodes[0].shape.join(',')}]`;
  if (p.layout === undefined && img && img.c > 1 && img.hw > 1) {
    warn(`warning: N1's input ${shape} is channels-first (NCHW): each data row must list channel by channel; if its values go pixel by pixel (HWC, as in CIFAR CSVs), pass --layout nhwc`);
  }
  if (p.layout === 'nhwc' && !img) warn(`warning: --layout nhwc: N1's input ${shape} is not an image [1, C, H, W]; the rows are used as they are`);
  const channels = img?.c ?? 1;
  for (const [flag, v] of [['--mean', p.mean], ['--std', p.std]] as const) {
    if (v && v.length !== 1 && v.length !== channels) throw new UserError(`${flag}: ${v.length} values, but N1's input ${shape} has ${channels} channel(s); give one value or one per channel`);
  }
  if (!p.mean && !p.std && p.layout !== 'nhwc') return [...samples];
  const per = img ? img.hw : 0;
  return samples.map(s => {
    let x = s.x;
    if (p.layout === 'nhwc' && img) {
      const y = new Float64Array(x.length);
      for (let q = 0; q < per; q++) for (let c = 0; c < channels; c++) y[c * per + q] = x[q * channels + c];
      x = y;
    }
    if (p.mean || p.std) {
      const y = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) {
        const c = img ? Math.floor(i / per) : 0;
        const m = p.mean?.[p.mean.length === 1 ? 0 : c] ?? 0;
        const sd = p.std?.[p.std.length === 1 ? 0 : c] ?? 1;
        y[i] = (x[i] - m) / sd;
      }
      x = y;
    }
    return { ...s, x };
  });
}
