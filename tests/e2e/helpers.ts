import type { Frame, Page } from '@playwright/test';
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
