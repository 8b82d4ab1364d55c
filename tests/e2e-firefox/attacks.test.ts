// The attacks of tests/e2e/attacks.spec.ts in Firefox: a page that tries to switch Hamish off,
// take over its card, read the reader's noted passages, or tell that Hamish is installed.
import { expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, GECKO_ID, firefoxSession, noteTint } from './firefox';
import { hover, waitFor } from './helpers';
import { highlightTexts, selectText } from '../support/in-page';
import { NOTED, NOT_NOTED, type Seen } from '../support/attack';

const session = firefoxSession();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const call = <T>(page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(
    (name: string, a: unknown[]) => (window as unknown as Record<string, (...x: unknown[]) => unknown>)[name]!(...a),
    fn,
    args,
  ) as Promise<T>;
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

async function open(file: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.pages.url(file));
  if (file.startsWith('attack.html')) {
    const marks = await waitFor(
      () => page.evaluate(highlightTexts),
      (m) => (m['hamish-person']?.length ?? 0) > 0,
    );
    expect(marks['hamish-person']?.length ?? 0).toBeGreaterThan(0);
  }
  return page;
}

/** Hamish's card frame: the card document in a frame the page did not add. */
async function ownCard(page: Page): Promise<Frame> {
  const stolen = new Set<Frame>();
  for (const el of await page.$$('iframe.stolen-card')) {
    const f = await el.contentFrame();
    if (f) stolen.add(f);
  }
  const find = async () => {
    for (const f of page.frames()) {
      if (f === page.mainFrame() || stolen.has(f)) continue;
      if (
        await f
          .evaluate(() => location.href.startsWith('moz-extension:') && !!document.getElementById('app'))
          .catch(() => false)
      )
        return f;
    }
    return null;
  };
  const f = await waitFor(find, (x) => x !== null);
  if (!f) throw new Error('no card frame of Hamish');
  return f;
}

async function hoverName(page: Page, text: string, english: string): Promise<void> {
  await page.mouse.move(1, 1);
  await hover(page, text);
  const card = await ownCard(page);
  const heading = await waitFor(
    () => card.$eval('h2', (h) => h.textContent ?? '').catch(() => ''),
    (t) => t.includes(english),
  );
  expect(heading).toContain(english);
}

it('the page learns no extension id and cannot switch Hamish off', async () => {
  const page = await open(`attack.html?ids=${GECKO_ID}`);
  const before = await seen(page);
  expect(before.messages.filter((m) => m.includes(GECKO_ID) || m.includes('content-script-started'))).toEqual([]);
  expect(before.events).toEqual([]);
  await call(page, 'killSwitch');
  await sleep(1500);
  expect((await page.evaluate(highlightTexts))['hamish-person']?.length ?? 0).toBeGreaterThan(0);
  await hoverName(page, 'أيمن الصفدي', 'Ayman Safadi');
});

it('a card frame the page adds, before or after the first hover, receives nothing', async () => {
  // The attacker is given the per-install UUID, which a real page cannot learn.
  const page = await open('attack.html');
  await call(page, 'embedCard', `${EXTENSION_ORIGIN}/card.html`);
  await sleep(1000);
  await hoverName(page, 'أيمن الصفدي', 'Ayman Safadi');
  await call(page, 'embedCard', `${EXTENSION_ORIGIN}/card.html`);
  await sleep(1000);
  await hoverName(page, 'أنطونيو غوتيريش', 'Guterres');
  await sleep(1000);
  const stolen = await page.$$('iframe.stolen-card');
  expect(stolen).toHaveLength(2);
  for (const el of stolen) {
    const frame = await el.contentFrame();
    const text = (await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '')) ?? '';
    expect(text).not.toMatch(/Safadi|Guterres|Note/);
  }
});

it('the page cannot read which passages the reader noted; the marks still follow the text', async () => {
  const page = await open('attack.html');
  await sleep(500);
  expect(await page.evaluate(selectText, NOTED)).toBe(true);
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyM');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  const card = await ownCard(page);
  await waitFor(
    () => card.$('textarea'),
    (t) => t !== null,
  );
  await card.type('textarea', 'private-note-5512');
  await card.click('button[type="submit"]');
  expect(
    await waitFor(
      () => card.$eval('[role="status"]', (s) => s.textContent ?? '').catch(() => ''),
      (t) => t === 'Saved',
    ),
  ).toBe('Saved');

  await page.reload();
  await waitFor(
    () => page.evaluate(highlightTexts),
    (m) => (m['hamish-person']?.length ?? 0) > 0,
  );
  // Marked, the note found: still nothing of Hamish's in the page until the reader moves, so when
  // its box appears tells the page nothing about notes.
  await sleep(1500);
  expect((await seen(page)).added).toEqual([]);
  await page.mouse.move(5, 5);
  await page.mouse.move(8, 8);
  expect(
    await waitFor(
      () => noteTint(page, NOTED),
      (s) => s > 0.2,
    ),
  ).toBeGreaterThan(0.2);
  expect((await seen(page)).added).toEqual(['DIV']);
  expect(await noteTint(page, NOT_NOTED)).toBeLessThan(0.02);
  const registry = await call<Record<string, string[]>>(page, 'registry');
  expect(
    Object.values(registry)
      .flat()
      .filter((t) => NOTED.includes(t) || t.includes(NOTED)),
  ).toEqual([]);
  expect(Object.keys(registry).every((name) => /^hamish-(person|place|organization)$/.test(name))).toBe(true);
  expect(await page.content()).not.toContain('private-note-5512');

  await call(page, 'insertAdvert');
  expect(
    await waitFor(
      () => noteTint(page, NOTED),
      (s) => s > 0.2,
      5000,
    ),
  ).toBeGreaterThan(0.2);
  await page.mouse.wheel({ deltaY: 120 });
  expect(
    await waitFor(
      () => noteTint(page, NOTED),
      (s) => s > 0.2,
      5000,
    ),
  ).toBeGreaterThan(0.2);
  expect(await noteTint(page, NOT_NOTED)).toBeLessThan(0.02);
});

it.each(['attack-en.html', 'attack.html'])(
  '%s: the page cannot tell Hamish is installed from a URL, a message or an element',
  async (file) => {
    const page = await open(`${file}?ids=${GECKO_ID}`);
    if (file === 'attack-en.html') await sleep(2500);
    else {
      // Marking alone adds nothing; the reader's first move puts Hamish's one box in, then the
      // card's frame inside it (where the page sees no new element), and the probes below run
      // with both there and a card shown.
      await sleep(500);
      expect((await seen(page)).added).toEqual([]);
      expect(page.frames()).toHaveLength(1);
      await page.mouse.move(5, 5);
      await page.mouse.move(8, 8);
      expect(
        await waitFor(
          async () => (await seen(page)).added,
          (a) => a.length > 0,
        ),
      ).toEqual(['DIV']);
      expect(
        await waitFor(
          async () => page.frames().length,
          (n) => n > 1,
        ),
      ).toBeGreaterThan(1);
      await hoverName(page, 'أيمن الصفدي', 'Ayman Safadi');
    }
    // The gecko id is public (it is in the manifest); the moz-extension:// UUID is per install.
    const known = [
      `moz-extension://${GECKO_ID}/card.html`,
      `moz-extension://${GECKO_ID}/manifest.json`,
      `moz-extension://${GECKO_ID}/data/engine-data.bin`,
      `moz-extension://${GECKO_ID}/data/ner-model.bin`,
      `moz-extension://${GECKO_ID}/data/name-counts.bin`,
      `moz-extension://${GECKO_ID}/data/name-data.bin`,
    ];
    expect(await call(page, 'probeFetch', known)).toEqual([]);
    expect(await call(page, 'probeUrls')).toEqual([]);
    expect(await call(page, 'probeDom')).toEqual([]);
    expect(await call(page, 'probeTimeline')).toEqual([]);
    const s = await seen(page);
    expect(s.messages).toEqual([]);
    expect(s.events).toEqual([]);
    // On a page Hamish does not mark, it adds nothing at all; on one it marks, one box.
    if (file === 'attack-en.html') expect(s.added).toEqual([]);
    else expect(s.added).toEqual(['DIV']);
    expect(page.frames().length).toBeGreaterThan(file === 'attack.html' ? 1 : 0);
    // The card frame is in a closed shadow tree, which window.frames does not list.
    expect(await page.evaluate(() => window.frames.length)).toBe(0);
  },
);
