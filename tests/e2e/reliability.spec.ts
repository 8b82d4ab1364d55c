import { test, expect } from './fixtures';

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

test('saves from several pages at once all land, and a worker stopped mid-save loses nothing it confirmed', async ({ context, extensionId }) => {
  const open = async () => {
    const p = await context.newPage();
    await p.goto(`chrome-extension://${extensionId}/popup.html`);
    return p;
  };
  const [a, b] = [await open(), await open()];
  const saveMany = (p: typeof a, prefix: string, n: number) =>
    p.evaluate(
      async ({ prefix, n, draft }) => {
        const send = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage;
        return Promise.all(Array.from({ length: n }, (_, i) => send({ type: 'notes/save', id: null, draft: { ...draft, body: `${prefix}-${i}` } }).catch((e) => ({ ok: false, error: String(e) }))));
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
    (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'notes/all' }),
  )) as { ok: boolean; value: { body: string }[] };
  expect(all.ok).toBe(true);
  const bodies = new Set(all.value.map((n) => n.body));
  for (let i = 0; i < 25; i++) {
    expect(bodies.has(`tab-a-${i}`)).toBe(true);
    expect(bodies.has(`tab-b-${i}`)).toBe(true);
  }
  for (const body of confirmed) expect(bodies.has(body)).toBe(true);
});
