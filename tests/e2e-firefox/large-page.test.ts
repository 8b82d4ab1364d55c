// A page with 5 MB of Arabic text (generated here, not committed) in Firefox: a bounded part
// around where the reader is gets marked, the rest does not, and the popup says what was left unread.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hamishRegistryReach, visibleHamishMarks, writeBigPage } from '../support/big-page';
import { servePages, type PageServer } from '../support/server';
import { launchFirefox, openExtensionPage } from './firefox';
import { card, waitFor } from './helpers';
import { centreOf, textRect, watchFirstCard } from '../support/in-page';

let dir = '';
let server: PageServer;
let browser: Browser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-large-ff-'));
  writeBigPage(dir, 'big.html', 5_000_000);
  writeBigPage(dir, 'half.html', 500_000);
  server = await servePages(dir);
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const visibleMarks = (page: Page) => page.evaluate(visibleHamishMarks);
/** How far from the viewport a registered highlight may be, in screens (as in the Chromium test). */
const NEAR_SCREENS = 17;

type Coverage = { read: number; total: number; done: boolean };
/** From an extension page: how much of a page its tab has read; once all, that tab is made active. */
const coverageOf = (popup: Page) =>
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
  });
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
    // Only the names near the viewport are in the page's highlight registry.
    const near = await page.evaluate(hamishRegistryReach);
    expect(near.ranges).toBeGreaterThan(0);
    expect(near.screens).toBeLessThanOrEqual(NEAR_SCREENS);

    // Further down, still within the part read, far beyond the marks painted first: painted once
    // scrolled to (that part's chunk may be read a little later), and those far behind taken off.
    await page.evaluate(() => document.getElementById('p6700')!.scrollIntoView());
    expect(await marksOnScreen(page)).toBeGreaterThan(0);
    const after = await waitFor(
      () => page.evaluate(hamishRegistryReach),
      (r) => r.screens <= NEAR_SCREENS,
      20_000,
    );
    expect(after.screens).toBeLessThanOrEqual(NEAR_SCREENS);

    // The top of the story is far from where the reader was: it was left unread.
    await page.evaluate(() => document.getElementById('p50')!.scrollIntoView());
    await new Promise((r) => setTimeout(r, 1000));
    expect(await visibleMarks(page)).toBe(0);

    // The popup asks the active tab: once the reading is done, the big page is made the active tab
    // and the popup page loaded again.
    const popup = await openExtensionPage(browser, 'popup.html');
    const coverage = await waitFor(
      () => coverageOf(popup),
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

it('the first card on a long page comes whole: at its own size when it first shows', { timeout: 300_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(server.url('half.html'), { timeout: 120_000 });
  expect(await marksOnScreen(page)).toBeGreaterThan(0);
  // Read to the end first: while a long page is being read, the background's engine holds up every
  // message of the card's (a wait of its own, not this test's).
  const popup = await openExtensionPage(browser, 'popup.html');
  expect(
    await waitFor(
      () => coverageOf(popup),
      (c) => !!c?.done,
      120_000,
    ),
  ).toMatchObject({ done: true });
  await popup.close();
  await page.bringToFront();
  // The reader's first move puts Hamish's box in, and its card frame after it.
  await page.mouse.move(5, 5);
  await page.mouse.move(8, 8);
  expect(
    await waitFor(
      async () => page.frames().length,
      (n) => n > 1,
    ),
  ).toBeGreaterThan(1);
  const at = centreOf((await page.evaluate(textRect, 'أيمن الصفدي'))!);
  await page.evaluate(watchFirstCard, at.x);
  await page.mouse.move(at.x - 3, at.y);
  await page.mouse.move(at.x, at.y);
  const frame = await card(page);
  const heading = await waitFor(
    () => frame.$eval('h2', (h) => h.textContent ?? '').catch(() => ''),
    (t) => t.includes('Ayman Safadi'),
  );
  expect(heading).toContain('Ayman Safadi');
  // Hundreds of dated sentences name him: the card is taller than the frame's size before its
  // first layout (300 px). Had the card been shown before its frame laid it out (the fallback
  // for a frame that never answers), it would have first taken the pointer at that size, empty.
  // The heading is rendered while the prepared card is still transparent: wait for the card to
  // take the pointer, which is when it is shown.
  const first = await waitFor(
    () => page.evaluate(() => (window as unknown as { firstCard: number | null }).firstCard),
    (n) => n !== null,
  );
  expect(first).toBeGreaterThan(320);
  const height = await frame.evaluate(() =>
    Math.ceil(document.querySelector('article')!.getBoundingClientRect().height),
  );
  expect(Math.abs(first! - Math.min(height, 460))).toBeLessThanOrEqual(20);
});
