// What the Firefox tests share: waiting for a condition, hovering a word, finding the card frame.
import type { Frame, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN } from './firefox';
import { centreOf, highlightTexts, textRect } from '../support/in-page';

export const highlighted = (page: Page) => page.evaluate(highlightTexts);

export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 300));
    v = await fn();
  }
  return v;
}

export async function hover(page: Page, text: string) {
  const r = await page.evaluate(textRect, text);
  if (!r) throw new Error(`not on page: ${text}`);
  const p = centreOf(r);
  await page.mouse.move(p.x - 3, p.y);
  await page.mouse.move(p.x, p.y);
}

// Under BiDi the card frame may still report its initial about:blank URL; it is the child frame
// whose document is the card (an <article class="card">).
export async function card(page: Page): Promise<Frame> {
  const find = async () => {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      const isCard = await f
        .evaluate(() => location.href.startsWith('moz-extension:') && !!document.querySelector('article.card'))
        .catch(() => false);
      if (isCard || f.url().startsWith(`${EXTENSION_ORIGIN}/card.html`)) return f;
    }
    return null;
  };
  const f = await waitFor(find, (x) => x !== null);
  if (!f) throw new Error('no card frame');
  return f;
}
