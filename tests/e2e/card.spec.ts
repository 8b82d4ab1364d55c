// The card as a reader uses it in Chromium: readable sizes, a frame sized to its content, pin and
// expand, Copy to the real clipboard, the Wikipedia and Wikidata links, and the keyboard.
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cardFrame, cardShown, highlighted, pointOf, setSettings } from './helpers';

async function openSafadi(
  page: Page,
  url: string,
  extensionId: string,
  arabic = 'أيمن الصفدي',
  english = /Ayman Safadi/,
): Promise<Frame> {
  await page.goto(url);
  await expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  await page.waitForTimeout(500); // the card frame is set up after the first paint
  const { x, y } = await pointOf(page, arabic);
  await page.mouse.move(x, y);
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: english })).toBeVisible({ timeout: 5000 });
  return card;
}

// The card's host has no name a page (or a test) could query; its iframe, found through the
// frame tree, is the host's full size, and has no box while the card is hidden.
const frameBox = async (page: Page, extensionId: string) =>
  (await (await cardFrame(page, extensionId)).frameElement()).boundingBox();
const cardBox = async (page: Page, extensionId: string) => (await frameBox(page, extensionId))!;

test('card text is readable: body 14 px, nothing under 12 px', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  const card = await openSafadi(page, pages.url('demo-article.html'), extensionId);
  const sizes = await card.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const texts = [...document.querySelectorAll('article *')].filter((el) =>
      [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
    );
    return {
      body: px(document.body),
      textarea: px(document.querySelector('textarea')!),
      smallest: Math.min(...texts.map(px)),
      count: texts.length,
    };
  });
  expect(sizes.count).toBeGreaterThan(5);
  expect(sizes.body).toBeGreaterThanOrEqual(13);
  expect(sizes.textarea).toBeGreaterThanOrEqual(13);
  expect(sizes.smallest).toBeGreaterThanOrEqual(12);
});

test('the frame sizes to the card, scrolls inside past its maximum, and can be pinned and expanded', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  const card = await openSafadi(page, pages.url('demo-article.html'), extensionId);
  // The frame follows the card's content: its height is what the article needs (or the cap).
  await expect
    .poll(async () => {
      const need = await card.evaluate(() =>
        Math.ceil(document.querySelector('article')!.getBoundingClientRect().height),
      );
      return Math.abs((await cardBox(page, extensionId)).height - Math.min(need, 460));
    })
    .toBeLessThanOrEqual(1);
  const before = await cardBox(page, extensionId);
  expect(before.width).toBe(360);

  // Long notes: the frame stops at its maximum and the card scrolls inside.
  const long = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
  await card.getByRole('textbox', { name: 'Note' }).fill(long);
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved');
  await card.getByRole('textbox', { name: 'Note' }).fill(long);
  await expect.poll(async () => (await cardBox(page, extensionId)).height).toBe(460);
  expect(await card.evaluate(() => document.scrollingElement!.scrollHeight > innerHeight)).toBe(true);

  await card.getByRole('button', { name: 'Expand' }).click();
  await expect(card.getByRole('button', { name: 'Expand' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await cardBox(page, extensionId)).width).toBe(520);
  expect((await cardBox(page, extensionId)).height).toBeGreaterThan(460);

  // Pinned, the card stays while the pointer goes to another name and to empty space.
  await card.getByRole('button', { name: 'Pin' }).click();
  await expect(card.getByRole('button', { name: 'Pin' })).toHaveAttribute('aria-pressed', 'true');
  const other = await pointOf(page, 'الخرطوم');
  await page.mouse.move(other.x, other.y);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(1200);
  expect(await cardShown(page, extensionId)).toBe(true);
  await expect(card.getByRole('heading', { name: /Ayman Safadi/ })).toBeVisible();
  // Unpinned, it goes once the pointer leaves.
  await card.getByRole('button', { name: 'Pin' }).click();
  await page.mouse.move(5, 6);
  await page.mouse.move(6, 8);
  await expect.poll(() => cardShown(page, extensionId), { timeout: 5000 }).toBe(false);
});

test(
  'Copy puts the English name, the Arabic and a citation on the clipboard; ' +
    'Wikipedia and Wikidata links open in a new tab',
  async ({ context, extensionId, pages }) => {
    const page = await context.newPage();
    const url = pages.url('demo-article.html');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const card = await openSafadi(page, url, extensionId);
    await card.getByRole('button', { name: 'Copy' }).click();
    await expect(card.getByText('Copied')).toBeVisible();
    await page.bringToFront();
    await page.locator('h1').first().click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(
      `Ayman Safadi — أيمن الصفدي\n“غوتيريش يدعو من عمّان إلى هدنة إنسانية في السودان”, 127.0.0.1, 2024-03-12. ${url}`,
    );
    // A name without a Wikidata item has no such links.
    await expect(card.getByRole('link', { name: 'Wikidata' })).toHaveCount(0);

    const other = await openSafadi(page, url, extensionId, 'أنطونيو غوتيريش', /Antonio Guterres/);
    const wikipedia = other.getByRole('link', { name: 'Wikipedia' });
    const wikidata = other.getByRole('link', { name: 'Wikidata' });
    await expect(wikidata).toHaveAttribute('href', 'https://www.wikidata.org/wiki/Q311440');
    await expect(wikipedia).toHaveAttribute(
      'href',
      'https://www.wikidata.org/wiki/Special:GoToLinkedPage/enwiki/Q311440',
    );
    for (const link of [wikipedia, wikidata]) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
    }
  },
);

test('every card control is labelled and reachable by Tab, in reading order', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  const card = await openSafadi(
    page,
    pages.url('demo-article.html'),
    extensionId,
    'أنطونيو غوتيريش',
    /Antonio Guterres/,
  );
  const snapshot = await card.locator('article').ariaSnapshot();
  for (const line of [
    'button "Pin"',
    'button "Expand"',
    'button "Close"',
    'button "Copy"',
    'link "Wikipedia"',
    'link "Wikidata"',
    'button "Correct"',
    'textbox "Note"',
    'button "Save note"',
  ])
    expect(snapshot).toContain(line);
  expect(snapshot).toContain('heading "Antonio Guterres');
  await card.locator('article').focus();
  const order: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await card.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') || el?.id || el?.textContent?.trim() || '';
      }),
    );
  }
  expect(order).toEqual(['Pin', 'Expand', 'Close', 'Copy', 'Wikipedia', 'Wikidata', 'Correct', 'note']);
});

test(
  'Alt+Shift+N / P step through the names in reading order from the page and from the card; ' +
    'Escape and Alt+Shift+M move focus',
  async ({ context, extensionId, pages }) => {
    const page = await context.newPage();
    await page.goto(pages.url('demo-article.html'));
    await expect
      .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const heading = async () => {
      const card = await cardFrame(page, extensionId);
      return (await card.locator('h2').textContent({ timeout: 5000 }))?.trim();
    };
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(heading).toBe('Antonio Guterres');
    const card = await cardFrame(page, extensionId);
    // Focus is now in the card: the next presses are relayed to the page's stepping.
    expect(await card.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(heading).toBe('Amman');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(heading).toBe('Sudan');
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(heading).toBe('Amman');

    await page.keyboard.press('Alt+Shift+KeyM');
    await expect.poll(() => card.evaluate(() => document.hasFocus() && document.activeElement?.id)).toBe('note');
    await page.keyboard.type('typed straight into the note box');
    await expect(card.getByRole('textbox', { name: 'Note' })).toHaveValue('typed straight into the note box');

    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page, extensionId)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.hasFocus() && document.activeElement?.nodeName)).toBe('BODY');
    // Back on the page, stepping goes on from where it was.
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(heading).toBe('Sudan');
  },
);

test(
  'during the hover delay the card is laid out unseen and lets the pointer through; ' + 'leaving early shows nothing',
  async ({ context, extensionId, pages }) => {
    const DELAY = 3000;
    await setSettings(context, extensionId, { hoverDelayMs: DELAY });
    const page = await context.newPage();
    // The first card loads the frame; the one after it is the card this test watches.
    const first = await openSafadi(page, pages.url('demo-article.html'), extensionId, 'الخرطوم', /Khartoum/);
    await expect.poll(() => cardShown(page, extensionId), { timeout: DELAY + 5000 }).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => cardShown(page, extensionId), { timeout: 5000 }).toBe(false);

    const at = await pointOf(page, 'أيمن الصفدي');
    const hovered = Date.now();
    await page.mouse.move(at.x, at.y);
    await expect(first.getByRole('heading', { name: /Ayman Safadi/ })).toBeAttached({ timeout: DELAY - 1000 });
    const box = (await (await first.frameElement()).boundingBox())!;
    expect(await cardShown(page, extensionId)).toBe(false);
    // Where the card will show, a click or a hover still reaches the page.
    const hit = await page.evaluate(([x, y]) => document.body.contains(document.elementFromPoint(x, y)), [
      box.x + box.width / 2,
      box.y + box.height / 2,
    ] as const);
    expect(hit).toBe(true);
    expect(Date.now() - hovered).toBeLessThan(DELAY);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(Math.max(0, hovered + DELAY + 1000 - Date.now()));
    expect(await cardShown(page, extensionId)).toBe(false);

    // Staying to the delay's end shows it, laid out already.
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cardShown(page, extensionId), { timeout: DELAY + 5000 }).toBe(true);
    await expect(first.getByRole('heading', { name: /Ayman Safadi/ })).toBeVisible();
  },
);
