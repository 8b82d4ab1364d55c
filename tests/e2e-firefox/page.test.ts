import { expect, it } from 'vitest';
import { firefoxSession, noteTint, openExtensionPage } from './firefox';
import { card, highlighted, hover, waitFor } from './helpers';
import { selectText } from '../support/in-page';

const session = firefoxSession();

it('marks the demo article, opens the card on hover and saves a note that the popup lists', async () => {
  const page = await session.browser.newPage();
  await page.goto(session.pages.url('demo-article.html'));
  const marks = await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-person']?.length ?? 0) > 0,
  );
  expect(marks['hamish-person']).toEqual(expect.arrayContaining(['أنطونيو غوتيريش', 'أيمن الصفدي']));
  expect(marks['hamish-place']).toEqual(expect.arrayContaining(['الخرطوم', 'القاهرة']));
  expect(marks['hamish-organization']).toEqual(expect.arrayContaining(['رويترز', 'قوات الدعم السريع', 'لأمم المتحدة']));
  expect(marks['hamish-place']).toContain('دارفور');
  for (const withClitic of ['ودارفور', 'وقوات الدعم السريع', 'للأمم المتحدة'])
    expect(Object.values(marks).flat()).not.toContain(withClitic);

  await hover(page, 'أيمن الصفدي');
  const frame = await card(page);
  const heading = await waitFor(
    () => frame.$eval('h2', (h) => h.textContent ?? '').catch(() => ''),
    (t) => t.includes('Ayman Safadi'),
  );
  expect(heading).toContain('Ayman Safadi');
  await frame.type('textarea', 'Firefox note on Safadi');
  await frame.click('button[type="submit"]');
  const status = await waitFor(
    () => frame.$eval('[role="status"]', (s) => s.textContent ?? ''),
    (t) => t === 'Saved',
  );
  expect(status).toBe('Saved');

  const popup = await openExtensionPage(session.browser, 'popup.html#notes');
  const text = await waitFor(
    () => popup.evaluate(() => document.body.innerText),
    (t) => t.includes('Firefox note on Safadi'),
  );
  expect(text).toContain('Firefox note on Safadi');
});

it('marks nothing on English, Persian and non-news Arabic pages', async () => {
  for (const file of ['english.html', 'persian.html', 'arabic-not-news.html']) {
    const page = await session.browser.newPage();
    await page.goto(session.pages.url(file));
    await new Promise((r) => setTimeout(r, 2000));
    expect(await highlighted(page)).toEqual({});
    await page.close();
  }
});

it('marks an article added after load, and keeps the card working on a hostile page', async () => {
  const late = await session.browser.newPage();
  await late.goto(session.pages.url('late-article.html'));
  const marks = await waitFor(
    () => highlighted(late),
    (m) => (m['hamish-place'] ?? []).includes('بغداد'),
  );
  expect(marks['hamish-place']).toContain('بغداد');

  const page = await session.browser.newPage();
  await page.goto(session.pages.url('hostile.html'));
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-person']?.length ?? 0) > 0,
  );
  await hover(page, 'أيمن الصفدي');
  const frame = await card(page);
  const heading = await waitFor(
    () => frame.$eval('h2', (h) => h.textContent ?? '').catch(() => ''),
    (t) => t.includes('Ayman Safadi'),
  );
  expect(heading).toContain('Ayman Safadi');
  const leaks = await page.evaluate(() => (window as unknown as { hamishLeaks: string[] }).hamishLeaks);
  expect(leaks).toEqual([]);
});

it('shows both articles on the timeline of the second one, and the month stated near the name', async () => {
  const first = await session.browser.newPage();
  await first.goto(session.pages.url('demo-article.html'));
  await waitFor(
    () => highlighted(first),
    (m) => (m['hamish-person']?.length ?? 0) > 0,
  );
  await new Promise((r) => setTimeout(r, 500));
  const page = await session.browser.newPage();
  await page.goto(session.pages.url('second-article.html'));
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-person'] ?? []).includes('أيمن الصفدي'),
  );
  await hover(page, 'أيمن الصفدي');
  const frame = await card(page);
  const times = (sel: string) =>
    frame.$$eval(`${sel} time`, (ts) => ts.map((t) => t.getAttribute('datetime') ?? '')).catch(() => [] as string[]);
  // The earlier article the reader saw, then this article's own dates, each part newest first.
  const earlier = await waitFor(
    () => times('section.timeline.history'),
    (d) => d.includes('2024-03-12'),
  );
  const here = await times('section.timeline.article');
  expect(earlier).toContain('2024-03-12');
  expect(here).toEqual(expect.arrayContaining(['2024-05-20', '2023-08']));
  for (const dates of [earlier, here]) expect(dates).toEqual([...dates].sort().reverse());
  const order = await frame.$$eval('article > section', (ss) => ss.map((s) => s.getAttribute('aria-label')));
  expect(order.slice(0, 3)).toEqual(['Your notes', 'Earlier articles', 'In this article']);
});

it('saves a note on a selected passage and re-attaches it after a reload', async () => {
  const page = await session.browser.newPage();
  await page.goto(session.pages.url('demo-article.html'));
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-place']?.length ?? 0) > 0,
  );
  await new Promise((r) => setTimeout(r, 500));
  expect(await page.evaluate(selectText, 'هدنة إنسانية فورية')).toBe(true);
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyM');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  const frame = await card(page);
  const quote = await waitFor(
    () => frame.$eval('blockquote', (b) => b.textContent ?? '').catch(() => ''),
    (t) => t.length > 0,
  );
  expect(quote).toBe('هدنة إنسانية فورية');
  await frame.type('textarea', 'truce wording (Firefox)');
  await frame.click('button[type="submit"]');
  expect(
    await waitFor(
      () => frame.$eval('[role="status"]', (s) => s.textContent ?? ''),
      (t) => t === 'Saved',
    ),
  ).toBe('Saved');
  await page.reload();
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-place']?.length ?? 0) > 0,
  );
  // Drawn where page scripts cannot look (not in CSS.highlights; the test reads the screen), once
  // the reader is there: Hamish's box goes in at the first input.
  await page.mouse.move(5, 5);
  await page.mouse.move(8, 8);
  expect(
    await waitFor(
      () => noteTint(page, 'هدنة إنسانية فورية'),
      (s) => s > 0.2,
    ),
  ).toBeGreaterThan(0.2);
  expect(Object.values(await highlighted(page)).flat()).not.toContain('هدنة إنسانية فورية');
});

it('shows the romanization with its vowels and where the English comes from (known, guess)', async () => {
  const page = await session.browser.newPage();
  await page.goto(session.pages.url('demo-article.html'));
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-person']?.length ?? 0) > 0,
  );
  await hover(page, 'أيمن الصفدي');
  let frame = await card(page);
  const roman = await waitFor(
    () => frame.$eval('.roman', (r) => r.textContent ?? '').catch(() => ''),
    (t) => t !== '',
  );
  expect(roman).toBe('Ayman al-Ṣafadī');
  expect(
    await frame.$eval('.origin', (o) => [o.getAttribute('data-english'), o.getAttribute('data-roman'), o.textContent]),
  ).toEqual(['known', 'table', expect.stringContaining("English name from Hamish's list")]);

  await page.goto(session.pages.url('local-council.html'));
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-person']?.length ?? 0) > 0,
  );
  await hover(page, 'سامر الشرعبي');
  frame = await card(page);
  const guessed = await waitFor(
    () => frame.$eval('.roman', (r) => r.textContent ?? '').catch(() => ''),
    (t) => t.startsWith('Sāmir'),
  );
  expect(guessed).toMatch(/^Sāmir al-[A-Z]/);
  const [english, from, text] = await frame.$eval('.origin', (o) => [
    o.getAttribute('data-english'),
    o.getAttribute('data-roman'),
    o.textContent ?? '',
  ]);
  expect(english).toBe('guess');
  expect(from).not.toBe('skeleton');
  expect(text).toContain('English spelling guessed');
  expect(await frame.$eval('h2 .guess', (g) => g.textContent)).toBe('guess');
});
