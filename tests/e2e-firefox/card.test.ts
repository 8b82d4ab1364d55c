// The card in Firefox: readable sizes, frame sized to its content, pin, Copy to the real
// clipboard, Wikipedia/Wikidata links, labelled controls, and the keyboard.
import { expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { firefoxSession, openExtensionPage } from './firefox';
import { card, highlighted, hover, waitFor } from './helpers';
import { centreOf, textRect } from '../support/in-page';

const session = firefoxSession();

async function marked(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.pages.url('demo-article.html'));
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-person']?.length ?? 0) > 0,
  );
  await new Promise((r) => setTimeout(r, 500)); // the card frame is set up after the first paint
  return page;
}

const heading = (frame: Frame) => frame.$eval('h2', (h) => h.textContent?.trim() ?? '').catch(() => '');

async function openName(page: Page, arabic: string, english: string): Promise<Frame> {
  await hover(page, arabic);
  const frame = await card(page);
  expect(
    await waitFor(
      () => heading(frame),
      (t) => t.includes(english),
    ),
  ).toContain(english);
  return frame;
}

async function chord(page: Page, code: string) {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(code as never);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

// The card's host has no name a page could query: the card frame's own viewport is the host's
// size (the iframe fills it), and is empty while the card is hidden.
const hostBox = async (page: Page, known?: Frame) => {
  const frame = known ?? (await card(page));
  return frame.evaluate(() => ({ width: innerWidth, height: innerHeight, shown: innerHeight > 0 }));
};

it('card text is readable, the frame fits the card, and a pinned card stays', async () => {
  const page = await marked();
  const frame = await openName(page, 'أيمن الصفدي', 'Ayman Safadi');
  const sizes = await frame.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const texts = [...document.querySelectorAll('article *')].filter((el) =>
      [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
    );
    return { body: px(document.body), smallest: Math.min(...texts.map(px)), count: texts.length };
  });
  expect(sizes.count).toBeGreaterThan(5);
  expect(sizes.body).toBeGreaterThanOrEqual(13);
  expect(sizes.smallest).toBeGreaterThanOrEqual(12);

  const need = () => frame.evaluate(() => Math.ceil(document.querySelector('article')!.getBoundingClientRect().height));
  const fit = await waitFor(
    async () => Math.abs((await hostBox(page)).height - Math.min(await need(), 460)),
    (d) => d <= 1,
  );
  expect(fit).toBeLessThanOrEqual(1);

  await frame.click('button[aria-label="Pin"]');
  expect(
    await waitFor(
      () => frame.$eval('button[aria-label="Pin"]', (b) => b.getAttribute('aria-pressed')),
      (v) => v === 'true',
    ),
  ).toBe('true');
  await new Promise((r) => setTimeout(r, 300));
  await page.mouse.move(5, 5);
  await page.mouse.move(6, 8);
  await new Promise((r) => setTimeout(r, 1200));
  expect((await hostBox(page)).shown).toBe(true);
  await frame.click('button[aria-label="Expand"]');
  expect(
    await waitFor(
      async () => (await hostBox(page)).width,
      (w) => w === 520,
    ),
  ).toBe(520);
  await page.close();
});

it(
  'Copy writes the name, the Arabic and a citation to the clipboard; ' +
    'Wikipedia and Wikidata links and labels are there',
  async () => {
    const page = await marked();
    const url = session.pages.url('demo-article.html');
    let frame = await openName(page, 'أيمن الصفدي', 'Ayman Safadi');
    await frame.click('.links button');
    expect(
      await waitFor(
        () => frame.$eval('.copied', (s) => s.textContent ?? ''),
        (t) => t === 'Copied',
      ),
    ).toBe('Copied');
    // Paste into a box on the page: the real clipboard, as the reader's Ctrl+V reads it.
    await page.evaluate(() => {
      const box = document.createElement('textarea');
      box.id = 'paste-here';
      document.body.prepend(box);
      box.focus();
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyV');
    await page.keyboard.up('Control');
    const pasted = await waitFor(
      () => page.$eval('#paste-here', (b) => (b as HTMLTextAreaElement).value),
      (v) => v.length > 0,
    );
    expect(pasted).toBe(
      `Ayman Safadi — أيمن الصفدي\n“غوتيريش يدعو من عمّان إلى هدنة إنسانية في السودان”, 127.0.0.1, 2024-03-12. ${url}`,
    );
    expect(await frame.$$eval('.links a', (as) => as.length)).toBe(0);

    frame = await openName(page, 'أنطونيو غوتيريش', 'Antonio Guterres');
    const links = await frame.$$eval('.links a', (as) =>
      as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')]),
    );
    expect(links).toEqual([
      ['Wikipedia', 'https://www.wikidata.org/wiki/Special:GoToLinkedPage/enwiki/Q311440', '_blank'],
      ['Wikidata', 'https://www.wikidata.org/wiki/Q311440', '_blank'],
    ]);
    // Every control has a name: its aria-label, its text, or its <label>.
    const unnamed = await frame.$$eval('button, a, textarea, input', (els) =>
      els
        .filter(
          (el) =>
            !(
              el.getAttribute('aria-label') ||
              el.textContent?.trim() ||
              (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim())
            ),
        )
        .map((el) => el.outerHTML),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  },
);

it(
  'Alt+Shift+N / P step through names from the page and from inside the card; ' + 'Alt+Shift+M and Escape move focus',
  async () => {
    const page = await marked();
    await chord(page, 'KeyN');
    const frame = await card(page);
    const seen = [
      await waitFor(
        () => heading(frame),
        (t) => t === 'Antonio Guterres',
      ),
    ];
    expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
    await chord(page, 'KeyN');
    seen.push(
      await waitFor(
        () => heading(frame),
        (t) => t === 'Amman',
      ),
    );
    await chord(page, 'KeyN');
    seen.push(
      await waitFor(
        () => heading(frame),
        (t) => t === 'Sudan',
      ),
    );
    await chord(page, 'KeyP');
    seen.push(
      await waitFor(
        () => heading(frame),
        (t) => t === 'Amman',
      ),
    );
    expect(seen).toEqual(['Antonio Guterres', 'Amman', 'Sudan', 'Amman']);

    await chord(page, 'KeyM');
    expect(
      await waitFor(
        () => frame.evaluate(() => document.hasFocus() && document.activeElement?.id),
        (v) => v === 'note',
      ),
    ).toBe('note');
    await page.keyboard.type('typed into the note box');
    expect(await frame.$eval('textarea', (t) => (t as HTMLTextAreaElement).value)).toBe('typed into the note box');

    await page.keyboard.press('Escape');
    expect(
      await waitFor(
        async () => (await hostBox(page, frame)).shown,
        (s) => !s,
      ),
    ).toBe(false);
    expect(
      await waitFor(
        () => page.evaluate(() => document.hasFocus() && document.activeElement?.nodeName),
        (v) => v === 'BODY',
      ),
    ).toBe('BODY');
    await page.close();
  },
);

/** The hover delay, stored the way the options page stores it. */
async function setHoverDelay(ms: number) {
  const options = await openExtensionPage(session.browser, 'options.html');
  await options.evaluate(async (delay) => {
    type Area = { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
    const local = (globalThis as unknown as { browser: { storage: { local: Area } } }).browser.storage.local;
    const stored = (await local.get('settings')).settings ?? {};
    await local.set({ settings: { ...stored, hoverDelayMs: delay } });
  }, ms);
  await options.close();
}

it(
  'during the hover delay the card is laid out unseen and lets the pointer through; ' + 'leaving early shows nothing',
  async () => {
    const DELAY = 3000;
    await setHoverDelay(DELAY);
    try {
      const page = await marked();
      // The first card loads the frame; the one after it is the card this test watches.
      const frame = await openName(page, 'أنطونيو غوتيريش', 'Antonio Guterres');
      const box = async () => {
        const el = (await frame.frameElement())!;
        return el.evaluate((e) => {
          const r = e.getBoundingClientRect();
          const opaque = getComputedStyle(e.parentElement!).opacity === '1';
          return { x: r.x + r.width / 2, y: r.y + r.height / 2, shown: r.height > 0 && opaque };
        });
      };
      expect(await waitFor(box, (b) => b.shown, DELAY + 5000)).toMatchObject({ shown: true });
      await page.mouse.move(5, 5);
      expect(await waitFor(box, (b) => !b.shown, 5000)).toMatchObject({ shown: false });

      const at = centreOf((await page.evaluate(textRect, 'أيمن الصفدي'))!);
      const hovered = Date.now();
      await page.mouse.move(at.x, at.y);
      expect(
        await waitFor(
          () => heading(frame),
          (t) => t.includes('Ayman Safadi'),
          DELAY - 1000,
        ),
      ).toContain('Ayman Safadi');
      const held = await box();
      expect(held.shown).toBe(false);
      // Where the card will show, the page gets the point.
      expect(
        await page.evaluate((x, y) => document.body.contains(document.elementFromPoint(x, y)), held.x, held.y),
      ).toBe(true);
      expect(Date.now() - hovered).toBeLessThan(DELAY);
      await page.mouse.move(5, 5);
      await new Promise((r) => setTimeout(r, Math.max(0, hovered + DELAY + 1000 - Date.now())));
      expect((await box()).shown).toBe(false);

      // Staying to the delay's end shows it.
      await page.mouse.move(at.x, at.y);
      expect(await waitFor(box, (b) => b.shown, DELAY + 5000)).toMatchObject({ shown: true });
      expect(await heading(frame)).toContain('Ayman Safadi');
      await page.close();
    } finally {
      await setHoverDelay(150);
    }
  },
);
