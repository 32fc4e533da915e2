/**
 * The page around the charts: escaping, tables, figures, sections, the table of contents and
 * the style sheet (screen and print). No script, no external resource: the Content Security
 * Policy forbids every fetch, so a browser opening the file makes no request.
 */

export function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A number as the tables print it: full enough to be the data, short enough to read. */
export function num(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v === Infinity) return '+∞';
  if (v === -Infinity) return '−∞';
  if (Number.isInteger(v) && Math.abs(v) < 1e9) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(digits - 1).replace('-', '−');
  return v.toPrecision(digits).replace('-', '−');
}

export type CellValue = string | number | null;

export interface TableSpec {
  readonly caption?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Shown under the table, e.g. how many rows were left out. */
  readonly note?: string;
  /** Columns shown as raw HTML (already escaped) instead of text. */
  readonly html?: ReadonlySet<number>;
}

export function table(t: TableSpec): string {
  const cell = (v: CellValue, k: number): string => {
    if (typeof v === 'number') return `<td class="n">${esc(num(v))}</td>`;
    if (v === null) return '<td class="n">–</td>';
    return `<td>${t.html?.has(k) ? v : esc(v)}</td>`;
  };
  return [
    '<div class="tw"><table>',
    t.caption ? `<caption>${esc(t.caption)}</caption>` : '',
    `<thead><tr>${t.columns.map(c => `<th>${esc(c)}</th>`).join('')}</tr></thead>`,
    `<tbody>${t.rows.map(r => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}</tbody>`,
    '</table></div>',
    t.note ? `<p class="note">${esc(t.note)}</p>` : '',
  ].join('');
}

/** A chart with its caption; `kind` names the chart type for readers and tests. */
export function figure(kind: string, svg: string, caption: string, extra = ''): string {
  return `<figure class="chart" data-chart="${esc(kind)}">${svg}<figcaption>${esc(caption)}</figcaption>${extra}</figure>`;
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly level: 2 | 3;
  readonly body: string;
}

export function sectionHtml(s: Section): string {
  return `<section id="${esc(s.id)}" class="l${s.level}"><h${s.level}>${esc(s.title)}</h${s.level}>${s.body}</section>`;
}

/** The table of contents, without links (it must read the same on paper): level-3 sections nest under the level-2 one before them. */
export function contents(sections: readonly Section[]): string {
  const out: string[] = [];
  let open = false;
  for (const s of sections) {
    if (s.level === 2) {
      if (open) out.push('</ul></li>');
      out.push(`<li>${esc(s.title)}<ul>`);
      open = true;
    } else out.push(`<li>${esc(s.title)}</li>`);
  }
  if (open) out.push('</ul></li>');
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${out.join('')}</ol></nav>`;
}

const CSS = `
:root{color-scheme:light;--fg:#1d2430;--muted:#5b6675;--line:#d7dce3;--bg:#fff;--panel:#f5f7fa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
main{max-width:1040px;margin:0 auto;padding:24px 28px 48px}
header.top{border-bottom:3px solid #2b5d8a;padding-bottom:10px;margin-bottom:16px}
header.top h1{font-size:24px;margin:0 0 4px}
header.top p{margin:0;color:var(--muted)}p.intro{font-size:13px;color:var(--muted);margin:4px 0 10px}
h2{font-size:19px;margin:30px 0 8px;padding-top:6px;border-top:1px solid var(--line)}
h3{font-size:16px;margin:22px 0 6px}
dl.facts{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:2px 14px;font-size:13px;margin:8px 0 12px;padding:10px 14px;background:var(--panel);border-radius:6px}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}dl.facts dd.wide{grid-column:span 3}
code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px}
.toc{background:var(--panel);border-radius:6px;padding:8px 14px;margin:10px 0 18px}
.toc h2{border:0;margin:4px 0;font-size:15px}
.toc ol{margin:0;padding-left:20px;columns:2;column-gap:30px}
.toc ol>li{break-inside:avoid}.toc ul{padding-left:16px;margin:0 0 4px;font-size:13px;color:var(--muted)}
figure.chart{margin:12px 0 6px;break-inside:avoid;page-break-inside:avoid}
figure.chart svg{max-width:100%;height:auto}
figcaption{color:var(--muted);font-size:12.5px;margin-top:2px}
.row-figs{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}
.row-figs figure{margin:4px 0}
.tw{overflow-x:auto;margin:6px 0 4px}
table{border-collapse:collapse;font-size:12.5px;font-variant-numeric:tabular-nums}
caption{text-align:left;color:var(--muted);padding-bottom:3px}
th,td{border-bottom:1px solid var(--line);padding:2px 8px;text-align:left;white-space:nowrap}
th{background:var(--panel);font-weight:600}
td.n{text-align:right}
p.note{color:var(--muted);font-size:12.5px;margin:2px 0 8px}
.warn{background:#fff4e0;border-left:4px solid #e08214;padding:6px 10px;margin:8px 0}
.badge{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:11.5px}
@media print{
  @page{size:A4;margin:12mm}
  body{font-size:10.5pt}
  main{max-width:none;padding:0}
  section.l2{break-before:page}
  h2{border-top:0}
  figure.chart,tr,dl.facts{break-inside:avoid}
  h3,h4{break-after:avoid}
  .tw{overflow:visible}
  table{font-size:7.5pt}
  th,td{white-space:normal;padding:1px 4px}
  a{color:inherit;text-decoration:none}
}
`;

export interface Page {
  readonly title: string;
  readonly subtitle: string;
  readonly intro: string;
  readonly sections: readonly Section[];
}

export function page(p: Page): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // No fetch of any kind: scripts, styles, fonts, images, frames, connections.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(p.title)}</title>`,
    `<style>${CSS.replace(/\n/g, '')}</style>`,
    '</head><body><main>',
    `<header class="top"><h1>${esc(p.title)}</h1><p>${esc(p.subtitle)}</p></header>`,
    p.intro,
    contents(p.sections),
    p.sections.map(sectionHtml).join('\n'),
    '</main></body></html>',
    '',
  ].join('\n');
}

/** Key facts in two columns; a key ending in '*' takes a whole line (models, file lists). */
export function facts(items: readonly (readonly [string, string])[]): string {
  return `<dl class="facts">${items
    .map(([k, v]) => (k.endsWith('*') ? `<dt>${esc(k.slice(0, -1))}</dt><dd class="wide">${v}</dd>` : `<dt>${esc(k)}</dt><dd>${v}</dd>`))
    .join('')}</dl>`;
}

export function warnings(list: readonly string[]): string {
  return list.length ? `<div class="warn">${list.map(w => `<div>${esc(w)}</div>`).join('')}</div>` : '';
}
