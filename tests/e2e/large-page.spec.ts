// A page with 5 MB of Arabic text (generated here, not committed): Hamish reads a bounded part of
// it around where the reader is and says in the popup how much was left unread. How long the
// page's main-thread tasks run is a speed figure: `npm run bench:page` prints it, as the house
// measures speed with benches, not timed tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { recordLongTasks, visibleHamishMarks, writeBigPage } from '../support/big-page';
import { waitRecorded } from '../support/marks';
import { servePages, type PageServer } from '../support/server';
import { test, expect } from './fixtures';

let dir = '';
let server: PageServer;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-large-'));
  writeBigPage(dir, 'big.html', 5_000_000);
  server = await servePages(dir);
});
test.afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const visibleMarks = (page: Page) => page.evaluate(visibleHamishMarks);

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
async function openBigPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(server.url('big.html#p6000'), { timeout: 120_000 });
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

    // Further down, still within the part read, far beyond the marks painted first: painted once
    // scrolled to.
    await page.evaluate(() => document.getElementById('p6700')!.scrollIntoView());
    await expect.poll(() => visibleMarks(page), { timeout: 15_000 }).toBeGreaterThan(0);

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
