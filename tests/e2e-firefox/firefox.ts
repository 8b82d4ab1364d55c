// Drives Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the built extension
// installed under a fixed internal UUID, so its pages have a known moz-extension:// origin.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { servePages, type PageServer } from '../support/server';
import { resolve } from 'node:path';
import { firefoxPath } from '../support/browsers';
import { NOTE_ON_WHITE, TINT_TOLERANCE } from '../support/attack';
import { textRect, tintShare } from '../support/in-page';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const GECKO_ID = 'hamish@hamish.invalid';
export const EXTENSION_UUID = '5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath() ?? undefined,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': 'en-US',
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return browser;
}

const causes = (e: unknown): unknown[] => (e instanceof Error && e.cause !== undefined ? [e, ...causes(e.cause)] : [e]);

/**
 * `goto` on a moz-extension page never resolves under BiDi: start it and wait for content instead.
 * A wait that lands while the document is being swapped fails with a protocol error (the old
 * realm is gone), not a timeout: that one is asked again, until the same 20 s deadline.
 * With `behind`, that tab is brought back to front before the page loads, so the page's active
 * tab (the one the popup reads) is it.
 */
export async function openExtensionPage(browser: Browser, path: string, behind?: Page): Promise<Page> {
  const page = await browser.newPage();
  if (behind) await behind.bringToFront();
  void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => {});
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await page.waitForSelector('body *', { timeout: Math.max(1, deadline - Date.now()) });
      return page;
    } catch (e) {
      const swapped = causes(e).some((c) => c instanceof Error && c.name === 'ProtocolError');
      if (!swapped || Date.now() >= deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function pollText(
  page: Page,
  selector: string,
  want: RegExp,
  reload: () => Promise<void>,
  tries = 15,
): Promise<string> {
  let last = '';
  for (let i = 0; i < tries; i++) {
    last = await page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '').join('\n')).catch(() => '');
    if (want.test(last)) return last;
    await new Promise((r) => setTimeout(r, 1000));
    await reload();
  }
  return last;
}

/** One Firefox with the extension and one local page server for a test file, closed after it. */
export function firefoxSession(): { browser: Browser; pages: PageServer } {
  const session = {} as { browser: Browser; pages: PageServer };
  beforeAll(async () => {
    session.pages = await servePages();
    session.browser = await launchFirefox();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.pages?.close();
  });
  return session;
}

/**
 * Share of the pixels of `text` that carry the note mark's tint: note marks are drawn where page
 * scripts (and so page.evaluate) cannot look, so the test looks at the screen.
 */
export async function noteTint(page: Page, text: string, on: number[] = NOTE_ON_WHITE): Promise<number> {
  const r = await page.evaluate(textRect, text);
  if (!r) throw new Error(`not on page: ${text}`);
  const png = await page.screenshot({ clip: r, encoding: 'base64' });
  return page.evaluate(tintShare, [png, on, TINT_TOLERANCE] as [string, number[], number]);
}
