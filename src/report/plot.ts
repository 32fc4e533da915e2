/**
 * Charts are drawn by Observable Plot on a linkedom document at report time and embedded as
 * inline SVG: the page needs no script, no font and no network to show them.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** Fixed colours, so that a status or verdict has the same colour in every chart and in print. */
export const STATUS_COLORS = { exact: '#1b7837', bounded: '#e08214', relaxed: '#8073ac' } as const;
export const STATUS_SYMBOLS = { exact: 'circle', bounded: 'triangle', relaxed: 'square' } as const;
export const VERDICT_COLORS = {
  holds: '#1a9850',
  proven: '#1a9850',
  vacuous: '#74add1',
  violated: '#d73027',
  refuted: '#d73027',
  'refuted-by-attack': '#f46d43',
  tie: '#e6c229',
  unknown: '#aaaaaa',
  none: '#dddddd',
} as const;

/**
 * Rounds the coordinates in attributes to 2 decimals (a tenth of a pixel is invisible; the
 * numbers themselves are in the tables) and drops Plot's random class names for stable output.
 */
function compact(svg: string, id: string): string {
  return svg
    .replace(/="([^"]*)"/g, (_m, v: string) => `="${v.replace(/(-?\d+\.\d\d)\d+/g, '$1')}"`)
    .replace(/plot-[0-9a-f]{6}/g, `plot-${id}`);
}

let counter = 0;

/** Renders a Plot specification to SVG (or a figure with a legend) markup. */
export function plotSvg(options: Plot.PlotOptions): string {
  const id = (counter++).toString(36);
  const el = Plot.plot({ style: { background: 'white', fontSize: '11px' }, ...options, document: document as unknown as Plot.PlotOptions['document'] });
  return compact(el.outerHTML, id);
}

/** Restarts the class-name counter, so that the same inputs give the same report. */
export function resetPlotIds(): void {
  counter = 0;
}

export { Plot };
