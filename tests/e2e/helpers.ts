import type { Frame, Page } from '@playwright/test';

/** What the content script painted: the text of every range in each hamish-* highlight. */
export function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of reg) if (name.startsWith('hamish-')) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/** Viewport centre of the first occurrence of `text` inside the article. */
export function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.nodeValue ?? '').indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    throw new Error(`text not on page: ${t}`);
  }, text);
}

export async function cardFrame(page: Page, extensionId: string): Promise<Frame> {
  for (let i = 0; i < 50; i++) {
    const f = page.frames().find((fr) => fr.url().startsWith(`chrome-extension://${extensionId}/card.html`));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('no card frame');
}
