// A page with 5 MB of Arabic text (generated here, not committed) in Firefox: a bounded part
// around where the reader is gets marked, the rest does not, and the popup says what was left unread.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { visibleHamishMarks, writeBigPage } from '../support/big-page';
import { servePages, type PageServer } from '../support/server';
import { launchFirefox, openExtensionPage } from './firefox';
import { waitFor } from './helpers';

let dir = '';
let server: PageServer;
let browser: Browser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-large-ff-'));
  writeBigPage(dir, 'big.html', 5_000_000);
  server = await servePages(dir);
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const visibleMarks = (page: Page) => page.evaluate(visibleHamishMarks);
/** Waits (up to 2 minutes: reading may still be under way) for marks on screen; how many. */
const marksOnScreen = (page: Page) =>
  waitFor(
    () => visibleMarks(page),
    (n) => n > 0,
    120_000,
  );

it(
  'marks the story around the reader on a 5 MB page, not the rest, and the popup says how much was read',
  { timeout: 300_000 },
  async () => {
    const page = await browser.newPage();
    await page.goto(server.url('big.html#p6000'), { timeout: 120_000 });
    expect(await marksOnScreen(page)).toBeGreaterThan(0);

    // Further down, still within the part read, far beyond the marks painted first: painted once
    // scrolled to (that part's chunk may be read a little later).
    await page.evaluate(() => document.getElementById('p6700')!.scrollIntoView());
    expect(await marksOnScreen(page)).toBeGreaterThan(0);

    // The top of the story is far from where the reader was: it was left unread.
    await page.evaluate(() => document.getElementById('p50')!.scrollIntoView());
    await new Promise((r) => setTimeout(r, 1000));
    expect(await visibleMarks(page)).toBe(0);

    // The popup asks the active tab: once the reading is done, the big page is made the active tab
    // and the popup page loaded again.
    const popup = await openExtensionPage(browser, 'popup.html');
    type Coverage = { read: number; total: number; done: boolean };
    const coverage = await waitFor(
      () =>
        popup.evaluate(async () => {
          type Tabs = {
            query(q: object): Promise<{ id: number }[]>;
            sendMessage(id: number, m: object): Promise<unknown>;
            update(id: number, p: object): Promise<unknown>;
          };
          const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
          for (const t of await tabs.query({})) {
            const answer = (await tabs.sendMessage(t.id, { type: 'tab/entities' }).catch(() => null)) as {
              value?: { coverage?: Coverage };
            } | null;
            if (answer?.value?.coverage) {
              if (answer.value.coverage.done) await tabs.update(t.id, { active: true });
              return answer.value.coverage;
            }
          }
          return null;
        }),
      (c) => !!c?.done,
      120_000,
    );
    expect(coverage).toMatchObject({ done: true });
    expect(coverage!.read).toBeGreaterThan(100_000);
    expect(coverage!.read).toBeLessThan(coverage!.total / 2);

    // Reloaded from a timer: a reload inside the evaluated call ends the call without an answer.
    await popup.evaluate(() => void setTimeout(() => location.reload(), 50));
    await new Promise((r) => setTimeout(r, 1000));
    const pct = Math.floor((100 * coverage!.read) / coverage!.total);
    const line = await waitFor(
      () => popup.$eval('.coverage', (e) => e.textContent ?? '').catch(() => ''),
      (t) => t !== '',
      20_000,
    );
    expect(line).toContain(`Very long page: names are marked in ${pct}% of its text`);
  },
);
