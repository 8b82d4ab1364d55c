import type { BrowserContext, Frame, Page } from '@playwright/test';
import { SETTINGS_KEY } from '../../lib/settings';
import { highlightTexts, textPoint } from '../support/in-page';

/** What the content script painted: the text of every range in each hamish-* highlight. */
export const highlighted = (page: Page): Promise<Record<string, string[]>> => page.evaluate(highlightTexts);

/** Viewport centre of the first occurrence of `text` inside the page. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(textPoint, text);
  if (!p) throw new Error(`text not on page: ${text}`);
  return p;
}

export async function cardFrame(page: Page, extensionId: string): Promise<Frame> {
  for (let i = 0; i < 50; i++) {
    const f = page.frames().find((fr) => fr.url().startsWith(`chrome-extension://${extensionId}/card.html`));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('no card frame');
}

/** Stores new shown-types settings the way the options page does, from an extension page. */
export async function setShown(context: BrowserContext, extensionId: string, shown: Record<string, boolean>): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(
    async ([key, value]) => {
      type Area = { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const stored = (await local.get(key))[key] ?? {};
      await local.set({ [key]: { ...stored, shown: value } });
    },
    [SETTINGS_KEY, shown] as const,
  );
}
