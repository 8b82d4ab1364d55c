import { test, expect } from './fixtures';
import { cardFrame, highlighted, pointOf } from './helpers';

const draft = (body: string) => ({
  url: 'https://news.example/a',
  title: 'عنوان',
  site: 'news.example',
  publishedAt: null,
  quote: { exact: 'نص', prefix: '', suffix: '' },
  position: null,
  entity: null,
  body,
  format: 'text',
  tags: [],
});

type Answer = { ok: boolean; value?: { id: string; body: string } };

test('saves from several pages at once all land, and a worker stopped mid-save loses nothing it confirmed', async ({
  context,
  extensionId,
}) => {
  const open = async () => {
    const p = await context.newPage();
    await p.goto(`chrome-extension://${extensionId}/popup.html`);
    return p;
  };
  const [a, b] = [await open(), await open()];
  const saveMany = (p: typeof a, prefix: string, n: number) =>
    p.evaluate(
      async ({ prefix, n, draft }) => {
        const send = (
          globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
        ).chrome.runtime.sendMessage;
        return Promise.all(
          Array.from({ length: n }, (_, i) =>
            send({ type: 'notes/save', id: null, draft: { ...draft, body: `${prefix}-${i}` } }).catch((e) => ({
              ok: false,
              error: String(e),
            })),
          ),
        );
      },
      { prefix, n, draft: draft('') },
    ) as Promise<Answer[]>;

  const [ra, rb] = await Promise.all([saveMany(a, 'tab-a', 25), saveMany(b, 'tab-b', 25)]);
  expect([...ra, ...rb].every((r) => r.ok)).toBe(true);

  // Stop the service worker while a burst of saves is in flight.
  const cdp = await context.newCDPSession(a);
  await cdp.send('ServiceWorker.enable');
  const burst = saveMany(b, 'burst', 40);
  await b.waitForTimeout(5);
  await cdp.send('ServiceWorker.stopAllWorkers');
  // A save cut off by the stop answers nothing (undefined) or an error: the reader was not told it was saved.
  const confirmed = (await burst).filter((r) => r?.ok).map((r) => r.value!.body);

  const c = await open();
  const all = (await c.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'notes/all' }),
  )) as { ok: boolean; value: { body: string }[] };
  expect(all.ok).toBe(true);
  const bodies = new Set(all.value.map((n) => n.body));
  for (let i = 0; i < 25; i++) {
    expect(bodies.has(`tab-a-${i}`)).toBe(true);
    expect(bodies.has(`tab-b-${i}`)).toBe(true);
  }
  for (const body of confirmed) expect(bodies.has(body)).toBe(true);
});

test('the card still opens after the service worker was stopped (its binding survives in session storage)', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const hover = async (text: string) => {
    await page.mouse.move(0, 0);
    const { x, y } = await pointOf(page, text);
    await page.mouse.move(x, y);
  };
  await hover('أيمن الصفدي');
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: /Ayman Safadi/ })).toBeVisible({ timeout: 8000 });

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(1000);
  await hover('أنطونيو غوتيريش');
  // A worker starting again on this loaded 2-core machine takes seconds.
  await expect(card.getByRole('heading', { name: /Guterres/ })).toBeVisible({ timeout: 20_000 });
});
