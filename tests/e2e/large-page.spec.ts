// A page with 5 MB of Arabic text (generated here, not committed): Hamish reads a bounded part of
// it around where the reader is and says in the popup how much was left unread. How long the
// page's main-thread tasks run is a speed figure: `npm run bench:page` prints it, as the house
// measures speed with benches, not timed tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { hamishRegistryReach, recordLongTasks, visibleHamishMarks, writeBigPage } from '../support/big-page';
import { waitRecorded } from '../support/marks';
import { centreOf, textRect, watchFirstCard } from '../support/in-page';
import { servePages, type PageServer } from '../support/server';
import { test, expect } from './fixtures';
import { cardFrame, highlighted, readerMoves } from './helpers';

let dir = '';
let server: PageServer;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-large-'));
  writeBigPage(dir, 'big.html', 5_000_000);
  writeBigPage(dir, 'half.html', 500_000);
  server = await servePages(dir);
});
test.afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const visibleMarks = (page: Page) => page.evaluate(visibleHamishMarks);
/**
 * How far from the viewport a registered highlight may be, in screens: the band painted (6 each
 * way) and kept (12) around where it was last moved, plus the 4 the reader may scroll before it
 * moves again (near-paint.ts), plus one.
 */
const NEAR_SCREENS = 17;

/**
 * From an extension page: finds the tab whose content script has read a page, makes it the active
 * tab (the popup asks the active tab) and returns what it says it read.
 */
const activateReadTab = (popup: Page) =>
  popup.evaluate(async () => {
    type Tabs = {
      query(q: object): Promise<{ id: number }[]>;
      sendMessage(id: number, m: object): Promise<unknown>;
      update(id: number, p: object): Promise<unknown>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    for (const t of await tabs.query({})) {
      const answer = (await tabs.sendMessage(t.id, { type: 'tab/entities' }).catch(() => null)) as {
        value?: { coverage?: { read: number; total: number; done: boolean } };
      } | null;
      if (answer?.value?.coverage) {
        await tabs.update(t.id, { active: true });
        return answer.value.coverage;
      }
    }
    return null;
  });

/**
 * Opens the big page at paragraph 6,000 of about 11,000 (that is where the reader is), with a Long
 * Tasks observer from the start.
 */
async function openBigPage(context: BrowserContext, extensionId: string, file = 'big.html#p6000'): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(server.url(file), { timeout: 120_000 });
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  // Read in bounded pieces: wait until the content script says it has read all it will.
  await expect
    .poll(async () => (await activateReadTab(ext))?.done ?? false, { timeout: 180_000, intervals: [500] })
    .toBe(true);
  await ext.close();
  await page.bringToFront();
  return page;
}

test(
  'a 5 MB page: the story around the reader is marked, the rest is not, ' + 'and the popup says what was left unread',
  async ({ context, extensionId }) => {
    test.setTimeout(240_000);
    const page = await openBigPage(context, extensionId);
    // Painted once the tab is in front again (the extension page above took the focus while waiting).
    await expect.poll(() => visibleMarks(page), { timeout: 15_000 }).toBeGreaterThan(0);
    // Only the names near the viewport are in the page's highlight registry, so that a repaint
    // never walks the marks of the whole part read (thousands of names, over a hundred screens).
    const near = await page.evaluate(hamishRegistryReach);
    expect(near.ranges).toBeGreaterThan(0);
    expect(near.screens).toBeLessThanOrEqual(NEAR_SCREENS);

    // Further down, still within the part read, far beyond the marks painted first: painted once
    // scrolled to, and those left far behind taken off.
    await page.evaluate(() => document.getElementById('p6700')!.scrollIntoView());
    await expect.poll(() => visibleMarks(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await page.evaluate(hamishRegistryReach)).screens).toBeLessThanOrEqual(NEAR_SCREENS);

    // The top of the story is far from where the reader was: it was left unread, so nothing there
    // is marked, even once scrolled to.
    await page.evaluate(() => document.getElementById('p50')!.scrollIntoView());
    await page.waitForTimeout(500);
    expect(await visibleMarks(page)).toBe(0);

    // The popup, for this tab (made the active one), says how much was read.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const coverage = await activateReadTab(popup);
    expect(coverage).not.toBeNull();
    expect(coverage!.done).toBe(true);
    expect(coverage!.read).toBeGreaterThan(100_000);
    expect(coverage!.read).toBeLessThan(coverage!.total / 2);
    await popup.reload();
    const pct = Math.floor((100 * coverage!.read) / coverage!.total);
    await expect(popup.getByRole('status').filter({ hasText: 'Very long page' })).toContainText(
      `names are marked in ${pct}% of its text`,
    );
    await expect(popup.locator('.entity-row').first()).toBeVisible();
  },
);

test('an ordinary article is read whole: no coverage line in the popup', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await waitRecorded(popup, pages.url('demo-article.html'), 30_000);
  expect(await activateReadTab(popup)).toMatchObject({ done: true });
  await popup.reload();
  await expect(popup.locator('.entity-row').first()).toBeVisible();
  await expect(popup.getByText('Very long page')).toHaveCount(0);
  await expect(popup.getByText('Reading this long page')).toHaveCount(0);
});

test('the first card on a long page comes whole: at its own size when it first shows', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(240_000);
  // Read to the end first: while a long page is being read, the background's engine holds up every
  // message of the card's (a wait of its own, not this test's).
  const page = await openBigPage(context, extensionId, 'half.html');
  await expect.poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0).toBeGreaterThan(0);
  // The reader's first move puts Hamish's box in, and its card frame after it.
  await readerMoves(page);
  await cardFrame(page, extensionId);
  const word = (await page.evaluate(textRect, 'أيمن الصفدي'))!;
  const at = centreOf(word);
  await page.evaluate(watchFirstCard, at.x);
  await page.mouse.move(at.x - 3, at.y);
  await page.mouse.move(at.x, at.y);
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: /Ayman Safadi/ })).toBeVisible({ timeout: 15_000 });
  // Hundreds of dated sentences name him: the card is taller than the frame's size before its
  // first layout (300 px). Had the card been shown before its frame laid it out (the fallback
  // for a frame that never answers), it would have first taken the pointer at that size, empty.
  // The heading is rendered while the prepared card is still transparent (opacity 0 counts as
  // visible): wait for the card to take the pointer, which is when it is shown.
  const firstCard = () => page.evaluate(() => (window as unknown as { firstCard: number | null }).firstCard);
  await expect.poll(firstCard, { timeout: 15_000 }).not.toBeNull();
  const first = await firstCard();
  expect(first).toBeGreaterThan(320);
  const height = await card.evaluate(() =>
    Math.ceil(document.querySelector('article')!.getBoundingClientRect().height),
  );
  expect(Math.abs(first! - Math.min(height, 460))).toBeLessThanOrEqual(20);
});
