/** Checks of the data rows against the twins and the domain, shared by verify and bench. */
import { UserError } from '../errors.js';
import type { InputDomain } from '../rsm/domain.js';
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
}

/** Every feature lies in the domain widened by eps, and every label is a class of the networks; else a UserError naming the row. */
export function checkSamples(samples: readonly Sample[], c: SampleCheck): void {
  for (const s of samples) {
    if (c.domain) {
      for (let i = 0; i < s.x.length; i++) {
        if (s.x[i] < c.domain.lo - c.eps || s.x[i] > c.domain.hi + c.eps) {
          throw new UserError(`${c.data}: row ${s.row} feature ${i} = ${s.x[i]} lies outside the domain [${c.domain.lo}, ${c.domain.hi}]; ${c.hint}`);
        }
      }
    }
    if (s.label !== null && s.label >= c.classes) throw new UserError(`${c.data}: row ${s.row} has label ${s.label}, but the networks have ${c.classes} classes (0..${c.classes - 1})`);
  }
}
