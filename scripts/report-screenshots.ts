/**
 * Screenshots of a twinmargin HTML report in headless Chromium (Debian's /usr/bin/chromium):
 * the first screen, and the first chart of each kind (figure[data-chart]), as PNG files in OUTDIR.
 *   node --import tsx scripts/report-screenshots.ts REPORT.html OUTDIR [PREFIX]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, openPage } from '../test/helpers/browser.js';

const [file, outDir, prefix = 'report'] = process.argv.slice(2);
if (!file || !outDir) {
  process.stderr.write('usage: report-screenshots.ts REPORT.html OUTDIR [PREFIX]\n');
  process.exit(2);
}
const exe = findChromium();
if (!exe) {
  process.stderr.write('no Chromium at /usr/bin/chromium: apt-get install -y chromium\n');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const o = await openPage(exe, file, { width: 1100, height: 800 });
try {
  await o.page.screenshot({ path: join(outDir, `${prefix}-first-screen.png`) });
  const kinds = await o.page.$$eval('figure[data-chart]', els => [...new Set(els.map(e => e.getAttribute('data-chart') ?? ''))]);
  for (const kind of kinds) {
    const path = join(outDir, `${prefix}-${kind}.png`);
    await o.page.locator(`figure[data-chart="${kind}"]`).first().screenshot({ path });
    process.stdout.write(`${path}\n`);
  }
  if (o.requests.length || o.errors.length) throw new Error(`requests ${o.requests.join(' ')}; errors ${o.errors.join(' ')}`);
} finally {
  await o.close();
}
