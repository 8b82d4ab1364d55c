// The card's latency after the hover delay, in Chromium with the built extension, for a reader
// with no history, 1,000 and 10,000 earlier articles, each naming the people hovered. Prints the
// medians of the first paint and of the card with the reader's notes and history, and how the
// latter grew from 1,000 to 10,000 pages. Part of `npm run bench:page`; alone: `npm run bench:card`
// (run `npm run build` first).
import type { BrowserContext, Page } from '@playwright/test';
import { centreOf, textRect } from '../../tests/support/in-page';
import { namesPainted } from '../../tests/support/marks';

const WORDS = ['أيمن الصفدي', 'الخرطوم', 'رويترز', 'عبد الفتاح البرهان', 'القاهرة', 'أنطونيو غوتيريش'];
const SIZES = [0, 1_000, 10_000];
const ROUNDS = 3;

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const fmt = (n: number) => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(1)} ms`);

type Send = (m: unknown) => Promise<{ ok: boolean; value?: unknown; error?: string }>;

async function marked(page: Page) {
  await page.waitForFunction(namesPainted, null, { timeout: 60_000 });
}

/** Adds earlier articles until the store holds `total` of them (the history cap raised first). */
async function seed(extPage: Page, entities: unknown[], from: number, total: number) {
  await extPage.evaluate(
    async ({ entities, from, total }) => {
      const c = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage: Send };
            storage: {
              local: { get: (k: string) => Promise<Record<string, unknown>>; set: (x: unknown) => Promise<void> };
            };
          };
        }
      ).chrome;
      const now = (await c.storage.local.get('settings')).settings ?? {};
      await c.storage.local.set({ settings: { ...(now as object), historyMaxPages: 100_000 } });
      // A few writes in flight at once: the background serialises them in IndexedDB anyway.
      for (let i = from; i < total; i += 50) {
        await Promise.all(
          Array.from({ length: Math.min(50, total - i) }, (_, k) => {
            const n = i + k;
            const day = String((n % 28) + 1).padStart(2, '0');
            const year = 2015 + (n % 10);
            const page = {
              url: `https://old.example/${n}`,
              title: `مقال سابق ${n}`,
              site: 'old.example',
              lang: 'ar',
              publishedAt: `${year}-0${(n % 9) + 1}-${day}`,
              entities,
            };
            return c.runtime.sendMessage({ type: 'page/seen', page }).then((r) => {
              if (!r.ok) throw new Error(r.error);
            });
          }),
        );
      }
    },
    { entities, from, total },
  );
}

/** Hovers each name ROUNDS times, after moving off it; the card page logs both latencies. */
async function hoverAll(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const first: number[] = [];
  const full: number[] = [];
  page.on('console', (m) => {
    const a = /hamish:card-latency ([\d.]+)/.exec(m.text());
    if (a) first.push(Number(a[1]));
    const b = /hamish:card-history-latency ([\d.]+)/.exec(m.text());
    if (b) full.push(Number(b[1]));
  });
  await page.goto(url);
  await marked(page);
  for (let round = 0; round < ROUNDS; round++) {
    for (const word of WORDS) {
      const r = await page.evaluate(textRect, word);
      if (!r) continue;
      const p = centreOf(r);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(400);
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(700);
    }
  }
  await page.close();
  return { first, full };
}

export async function benchCard(context: BrowserContext, extensionId: string, demoUrl: string): Promise<void> {
  if (process.env.DEBUG) console.error('start');
  const extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const warm = await context.newPage();
  await warm.goto(demoUrl);
  await marked(warm);
  await warm.close();
  const entities = await extPage.evaluate(async () => {
    const send = (globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }).chrome.runtime.sendMessage;
    const r = await send({ type: 'pages/recent', limit: 1 });
    return (r.value as { entities: unknown[] }[])[0]!.entities;
  });
  const fullAt = new Map<number, number>();
  let stored = 0;
  for (const size of SIZES) {
    if (process.env.DEBUG) console.error('size', size);
    const t0 = Date.now();
    await seed(extPage, entities, stored, size);
    stored = size;
    const seeded = ((Date.now() - t0) / 1000).toFixed(0);
    const { first, full } = await hoverAll(context, demoUrl);
    fullAt.set(size, median(full));
    console.log(
      `card, ${size.toLocaleString('en')} earlier pages ` +
        `(${entities.length} names each${size ? `, seeded in ${seeded} s` : ''}): ` +
        `painted after the hover delay median ${fmt(median(first))} over ${first.length} hovers ` +
        `[${first.join(', ')}] (target 16 ms); ` +
        `with notes and history median ${fmt(median(full))} [${full.join(', ')}] (target 30 ms at 10,000)`,
    );
  }
  const growth = fullAt.get(10_000)! / fullAt.get(1_000)!;
  console.log(`card with history, 10,000 vs 1,000 pages: ×${growth.toFixed(2)} for 10× the history (1.0 = no growth)`);
  await extPage.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchWithExtension } = await import('../../tests/support/chromium-extension');
  const { servePages } = await import('../../tests/support/server');
  const server = await servePages();
  const { context, extensionId } = await launchWithExtension();
  await benchCard(context, extensionId, server.url('demo-article.html'));
  await context.close();
  await server.close();
}
