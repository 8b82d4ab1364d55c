import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { servePages, type PageServer } from '../support/server';
import { launchFirefox, openExtensionPage, pollText } from './firefox';

let browser: Browser;
let pages: PageServer;

beforeAll(async () => {
  pages = await servePages();
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

it('records an Arabic article and shows it in the popup; ignores an English page', async () => {
  const english = await browser.newPage();
  await english.goto(pages.url('english.html'));
  const arabic = await browser.newPage();
  await arabic.goto(pages.url('demo-article.html'));

  const popup = await openExtensionPage(browser, 'popup.html');
  const reload = async () => {
    void popup.reload().catch(() => {});
    await popup.waitForSelector('main', { timeout: 10_000 }).catch(() => {});
  };
  const text = await pollText(popup, 'main', /غوتيريش يدعو من عمّان/, reload);
  expect(text).toMatch(/غوتيريش يدعو من عمّان/);
  expect(text).toContain('2024-03-12');
  expect(text).not.toMatch(/library/i);
});
