import { expect } from '@playwright/test';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { SETTINGS_KEY } from '../../lib/settings';
import { centreOf, highlightTexts, textRect, tintShare } from '../support/in-page';
import { NOTE_ON_WHITE, TINT_TOLERANCE } from '../support/attack';

/** What the content script painted: the text of every range in each hamish-* highlight. */
export const highlighted = (page: Page): Promise<Record<string, string[]>> => page.evaluate(highlightTexts);

/** Viewport centre of the first occurrence of `text` inside the page. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const r = await page.evaluate(textRect, text);
  if (!r) throw new Error(`text not on page: ${text}`);
  return centreOf(r);
}

/** The card frame Hamish made (inside its closed shadow root), not one a page added. */
export async function cardFrame(page: Page, extensionId: string): Promise<Frame> {
  for (let i = 0; i < 50; i++) {
    for (const f of page.frames()) {
      // Loaded from the per-session URL, the card reports the extension's fixed origin.
      if (!f.url().startsWith(`chrome-extension://${extensionId}/card.html`)) continue;
      const inShadow = await (
        await f.frameElement()
      )
        .evaluate((el) => el.getRootNode() instanceof ShadowRoot)
        .catch(() => false);
      if (inShadow) return f;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('no card frame');
}

/**
 * Whether Hamish's card is on screen now: its frame (in the closed shadow root) has a box and that
 * box is opaque. Hidden, it has none; held unseen during the hover delay, it is transparent.
 */
export async function cardShown(page: Page, extensionId: string): Promise<boolean> {
  for (const f of page.frames()) {
    if (!f.url().startsWith(`chrome-extension://${extensionId}/card.html`)) continue;
    const el = await f.frameElement().catch(() => null);
    if (!el || !(await el.evaluate((e) => e.getRootNode() instanceof ShadowRoot).catch(() => false))) continue;
    const opaque = await el.evaluate((e) => getComputedStyle(e.parentElement!).opacity === '1').catch(() => false);
    if ((await el.boundingBox()) !== null && opaque) return true;
  }
  return false;
}

/** Hovers `text` (its marks may still be on their way) until Hamish's card is shown; returns the card frame. */
export async function hoverUntilCard(page: Page, extensionId: string, text: string): Promise<Frame> {
  const { x, y } = await pointOf(page, text);
  await expect
    .poll(
      async () => {
        await page.mouse.move(x - 3, y);
        await page.mouse.move(x, y);
        return cardShown(page, extensionId);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return cardFrame(page, extensionId);
}

/** The reader moves the pointer over a corner of the page (an input Hamish waits for). */
export async function readerMoves(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.mouse.move(8, 8);
}

/**
 * Share of the pixels of `text` that carry the note mark's tint on a white page: note marks are
 * drawn where page scripts (and so page.evaluate) cannot look, so the test looks at the screen.
 */
export async function noteTint(page: Page, text: string, on: number[] = NOTE_ON_WHITE): Promise<number> {
  const r = await page.evaluate(textRect, text);
  if (!r) throw new Error(`text not on page: ${text}`);
  const png = await page.screenshot({ clip: r });
  return page.evaluate(tintShare, [png.toString('base64'), on, TINT_TOLERANCE] as [string, number[], number]);
}

/** Stores new shown-types settings the way the options page does, from an extension page. */
export async function setShown(
  context: BrowserContext,
  extensionId: string,
  shown: Record<string, boolean>,
): Promise<void> {
  await setSettings(context, extensionId, { shown });
}

/** Stores settings (over the stored ones) the way the options page does, from an extension page. */
export async function setSettings(context: BrowserContext, extensionId: string, patch: object): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(
    async ([key, value]) => {
      type Area = { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const stored = (await local.get(key))[key] ?? {};
      await local.set({ [key]: { ...stored, ...value } });
    },
    [SETTINGS_KEY, patch] as const,
  );
}

/**
 * Waits until the background answers an extension page: its first task loads the engine, which
 * takes seconds on a busy machine, and the popup's first read waits behind it.
 */
export async function backgroundReady(page: Page): Promise<void> {
  const answer = () =>
    page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<{ ok?: boolean }> } } }
      ).chrome.runtime
        .sendMessage({ type: 'notes/facets' })
        .then((r) => r?.ok === true),
    );
  await expect.poll(answer, { timeout: 60_000 }).toBe(true);
}
