/**
 * Opens an HTML file in Debian's headless Chromium (/usr/bin/chromium, or TWINMARGIN_CHROMIUM)
 * through playwright-core, recording every request the page attempts, every console message
 * and page error. Never downloads a browser: when none is installed, `findChromium` says so.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export function findChromium(): string | null {
  for (const p of [process.env.TWINMARGIN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  return null;
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Opened {
  /** A fresh profile (a new --user-data-dir). */
  readonly browser: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
  readonly page: Page;
  /** URLs of every request the page attempted (the document itself excluded). */
  readonly requests: string[];
  /** Console messages of type error, and uncaught page errors. */
  readonly errors: string[];
  /** Every console message, as `type: text`. */
  readonly console: string[];
}

export async function openPage(executablePath: string, file: string, viewport = { width: 1100, height: 900 }): Promise<Opened> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'twinmargin-chromium-'));
  const browser = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args: FLAGS, viewport });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  const console: string[] = [];
  page.on('request', r => {
    if (r.url() !== url) requests.push(r.url());
  });
  page.on('console', m => {
    console.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  const close = async (): Promise<void> => {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, page, requests, errors, console, close };
}
