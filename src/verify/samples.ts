/** Checks of the data rows against the twins and the domain, shared by verify and bench. */
import { intervalBounds } from '../bounds/interval.js';
import { UserError } from '../errors.js';
import type { Network } from '../ir/network.js';
import { type InputDomain, neighbourhood } from '../rsm/domain.js';
import type { Sample } from './methods.js';

export interface SampleCheck {
  /** The data file, as named in messages. */
  readonly data: string;
  readonly classes: number;
  readonly domain: InputDomain | null;
  /** Features may lie outside the domain by up to eps (D is clipped to it). */
  readonly eps: number;
  /** What to change when a feature lies outside the domain. */
  readonly hint: string;
  /** When given, ε must leave both networks' interval bounds within ±MAX_BOUND on every row. */
  readonly nets?: { readonly n1: Network; readonly n2: Network };
}

/**
 * Largest |bound| the analyses accept: beyond it products of bounds and weights overflow
 * float64 (a huge finite ε such as 1e308 with --domain none), and no bound could mean anything.
 */
export const MAX_BOUND = 1e100;

/** Every feature lies in the domain widened by eps, and every label is a class of the networks; else a UserError naming the row. */
export function checkSamples(samples: readonly Sample[], c: SampleCheck): void {
  for (const s of samples) {
    if (c.domain) {
      for (let i = 0; i < s.x.length; i++) {
        if (s.x[i] < c.domain.lo - c.eps || s.x[i] > c.domain.hi + c.eps) {
          // A whole number in an end column is most likely a label read as a feature.
          const end = i === 0 ? 'first' : i === s.x.length - 1 ? 'last' : null;
          const hint = end && Number.isInteger(s.x[i]) && s.label !== null ? `if feature ${i} is the label, set --label-col ${end}; else ${c.hint}` : c.hint;
          throw new UserError(`${c.data}: row ${s.row} feature ${i} = ${s.x[i]} lies outside the domain [${c.domain.lo}, ${c.domain.hi}]; ${hint}`);
        }
      }
    }
    if (s.label !== null && s.label >= c.classes) throw new UserError(`${c.data}: row ${s.row} has label ${s.label}, but the networks have ${c.classes} classes (0..${c.classes - 1})`);
    if (c.nets) checkBoundsFinite(s, c, c.nets);
  }
}

function checkBoundsFinite(s: Sample, c: SampleCheck, nets: { readonly n1: Network; readonly n2: Network }): void {
  const box = neighbourhood(s.x, c.eps, c.domain);
  for (const [name, net] of [['N1', nets.n1], ['N2', nets.n2]] as const) {
    const bounds = intervalBounds(net, box);
    for (let id = 0; id < bounds.length; id++) {
      const b = bounds[id];
      for (let i = 0; i < b.lower.length; i++) {
        if (!(Math.abs(b.lower[i]) <= MAX_BOUND && Math.abs(b.upper[i]) <= MAX_BOUND)) {
          const v = Math.abs(b.lower[i]) > Math.abs(b.upper[i]) ? b.lower[i] : b.upper[i];
          throw new UserError(
            `--eps ${c.eps}: too large for row ${s.row}: the bounds of ${name} at node '${net.nodes[id].name}' reach ${v}, beyond ±${MAX_BOUND} where float64 analyses overflow; use a smaller --eps${c.domain ? '' : ' or a --domain'}`,
          );
        }
      }
    }
  }
}
