// Waiting for Hamish to finish with a page, without any signal a page could read or forge beyond
// what the README's privacy section accepts. The content script's step marks exist only in the
// bench build (entrypoints/content/timing.ts).
import type { Page } from '@playwright/test';

/** Runs in the page: whether any name is painted (entity highlights are page-visible by design). */
export function namesPainted(): boolean {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  if (!reg) return false;
  for (const [name, h] of reg) if (name.startsWith('hamish-') && h.size > 0) return true;
  return false;
}

/**
 * From an extension page: waits until the background has recorded the page at `url` (the content
 * script reports a page once its names are marked), and returns after that.
 */
export async function waitRecorded(extPage: Page, url: string, timeout = 60_000): Promise<void> {
  const want = url.split('#')[0]!;
  await extPage.waitForFunction(
    async (u) => {
      type Send = (m: object) => Promise<{ ok: boolean; value?: { url: string }[] }>;
      const send = (globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }).chrome.runtime.sendMessage;
      const r = await send({ type: 'pages/recent', limit: 50 });
      return !!r.ok && !!r.value?.some((p) => p.url === u);
    },
    want,
    { timeout, polling: 250 },
  );
}
