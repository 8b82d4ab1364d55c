// Attacks a web page can make on Hamish (issue 12), each tried from tests/pages/attack.html or
// attack-en.html with the built extension loaded.
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { highlighted, noteTint, pointOf } from './helpers';
import { selectText } from '../support/in-page';
import { NOTED, NOT_NOTED, type Seen } from '../support/attack';

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
const marked = async (page: Page) =>
  expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);

/** The card frame Hamish made (inside its closed shadow root), not one the page added. */
async function ownCard(page: Page): Promise<Frame> {
  for (let i = 0; i < 50; i++) {
    for (const f of page.frames()) {
      if (f === page.mainFrame() || !f.url().includes('/card.html')) continue;
      const inShadow = await (
        await f.frameElement()
      )
        .evaluate((el) => el.getRootNode() instanceof ShadowRoot)
        .catch(() => false);
      if (inShadow) return f;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('no card frame of Hamish');
}

async function hoverName(page: Page, text: string, english: RegExp) {
  await page.mouse.move(0, 0);
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y);
  await expect((await ownCard(page)).getByRole('heading', { name: english })).toBeVisible({ timeout: 8000 });
}

test('the page learns no extension id and cannot switch Hamish off', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url(`attack.html?ids=${extensionId}`));
  await marked(page);
  const before = await seen(page);
  expect(before.messages.filter((m) => m.includes(extensionId) || m.includes('content-script-started'))).toEqual([]);
  expect(before.events).toEqual([]);

  await page.evaluate(() => (window as unknown as { killSwitch: () => string[] }).killSwitch());
  await page.waitForTimeout(1500);
  expect((await highlighted(page))['hamish-person']?.length ?? 0).toBeGreaterThan(0);
  await hoverName(page, 'أيمن الصفدي', /Ayman Safadi/);
});

test('a card frame the page adds, before or after the first hover, receives nothing', async ({
  context,
  extensionId,
  pages,
}) => {
  const worker = context.serviceWorkers()[0]!;
  // The strongest attacker: one that somehow knows the per-session URL, as well as the fixed one.
  const sessionUrl = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL(
      'card.html',
    ),
  );
  const fixedUrl = `chrome-extension://${extensionId}/card.html`;
  const page = await context.newPage();
  await page.goto(pages.url('attack.html'));
  await marked(page);
  const embed = (url: string) =>
    page.evaluate((u) => (window as unknown as { embedCard: (u: string) => void }).embedCard(u), url);
  await embed(sessionUrl);
  await embed(fixedUrl);
  await page.waitForTimeout(1000);
  await hoverName(page, 'أيمن الصفدي', /Ayman Safadi/);
  await embed(sessionUrl);
  await page.waitForTimeout(1000);
  await hoverName(page, 'أنطونيو غوتيريش', /Guterres/);
  await page.waitForTimeout(1000);

  const stolen = await page.locator('iframe.stolen-card').all();
  expect(stolen).toHaveLength(3);
  for (const el of stolen) {
    const frame = await (await el.elementHandle())?.contentFrame();
    const text = (await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '')) ?? '';
    expect(text).not.toMatch(/Safadi|Guterres|Note/);
  }
  // The fixed URL does not even load in a page: only the per-session URL is web-accessible.
  const fixed = await (await stolen[1]!.elementHandle())?.contentFrame();
  expect(await fixed?.evaluate(() => location.protocol).catch(() => 'blocked')).not.toBe('chrome-extension:');
});

test('the page cannot read which passages the reader noted; the marks still follow the text', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('attack.html'));
  await marked(page);
  await page.waitForTimeout(500);
  expect(await page.evaluate(selectText, NOTED)).toBe(true);
  await page.keyboard.press('Alt+Shift+KeyM');
  const card = await ownCard(page);
  await card.getByRole('textbox', { name: 'Note' }).fill('private-note-5512');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await marked(page);
  // Marked, the note found: still nothing of Hamish's in the page until the reader moves, so when
  // its box appears tells the page nothing about notes.
  await page.waitForTimeout(1500);
  expect((await seen(page)).added).toEqual([]);
  await page.mouse.move(5, 5);
  await page.mouse.move(8, 8);
  await expect.poll(() => noteTint(page, NOTED), { timeout: 10_000 }).toBeGreaterThan(0.2);
  expect((await seen(page)).added).toEqual(['DIV']);
  expect(await noteTint(page, NOT_NOTED)).toBeLessThan(0.02);
  const registry = await page.evaluate(() =>
    (window as unknown as { registry: () => Record<string, string[]> }).registry(),
  );
  expect(
    Object.values(registry)
      .flat()
      .filter((t) => NOTED.includes(t) || t.includes(NOTED)),
  ).toEqual([]);
  expect(Object.keys(registry).every((name) => /^hamish-(person|place|organization)$/.test(name))).toBe(true);
  expect(await page.content()).not.toContain('private-note-5512');

  // A reflow (an advert pushes the story down) and a scroll: the mark moves with its passage.
  await page.evaluate(() => (window as unknown as { insertAdvert: () => void }).insertAdvert());
  await expect.poll(() => noteTint(page, NOTED), { timeout: 5000 }).toBeGreaterThan(0.2);
  await page.mouse.wheel(0, 120);
  await expect.poll(() => noteTint(page, NOTED), { timeout: 5000 }).toBeGreaterThan(0.2);
  expect(await noteTint(page, NOT_NOTED)).toBeLessThan(0.02);
});

for (const file of ['attack-en.html', 'attack.html']) {
  test(`${file}: the page cannot tell Hamish is installed from a URL, a message or an element`, async ({
    context,
    extensionId,
    pages,
  }) => {
    const page = await context.newPage();
    await page.goto(pages.url(`${file}?ids=${extensionId}`));
    if (file === 'attack.html') {
      await marked(page);
      // Marking alone adds nothing; the reader's first move puts Hamish's one box in, then the
      // card's frame inside it (where the page sees no new element), and the probes below run
      // with both there and a card shown.
      await page.waitForTimeout(500);
      expect((await seen(page)).added).toEqual([]);
      expect(page.frames()).toHaveLength(1);
      await page.mouse.move(5, 5);
      await page.mouse.move(8, 8);
      await expect.poll(async () => (await seen(page)).added, { timeout: 10_000 }).toEqual(['DIV']);
      await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBeGreaterThan(1);
      await hoverName(page, 'أيمن الصفدي', /Ayman Safadi/);
    } else await page.waitForTimeout(2500);
    const known = [
      `chrome-extension://${extensionId}/card.html`,
      `chrome-extension://${extensionId}/manifest.json`,
      `chrome-extension://${extensionId}/icon/16.png`,
      // The engine's files the background fetches: the extension's own, never the page's.
      `chrome-extension://${extensionId}/data/engine-data.bin`,
      `chrome-extension://${extensionId}/data/ner-model.bin`,
      `chrome-extension://${extensionId}/data/name-counts.bin`,
      `chrome-extension://${extensionId}/data/name-data.bin`,
    ];
    expect(
      await page.evaluate(
        (u) => (window as unknown as { probeFetch: (u: string[]) => Promise<string[]> }).probeFetch(u),
        known,
      ),
    ).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { probeUrls: () => string[] }).probeUrls())).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { probeDom: () => string[] }).probeDom())).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { probeTimeline: () => string[] }).probeTimeline())).toEqual(
      [],
    );
    const s = await seen(page);
    expect(s.messages).toEqual([]);
    expect(s.events).toEqual([]);
    // On a page Hamish does not mark, it adds nothing at all; on one it marks, one box.
    if (file === 'attack-en.html') expect(s.added).toEqual([]);
    else expect(s.added).toEqual(['DIV']);
    // The card frame is in a closed shadow tree, which window.frames does not list.
    expect(await page.evaluate(() => window.frames.length)).toBe(0);
  });
}
