// A correction made from the card in Firefox: applied at once and kept across a reload.
import { expect, it } from 'vitest';
import { firefoxSession } from './firefox';
import { card, highlighted, hover, waitFor } from './helpers';

const session = firefoxSession();

// In "سيزور القاهرة وجدة" the engine reads و + جدة, Jeddah; the same letters are also Oujda.
it('وجدة read as Jeddah is corrected to Oujda from the card and stays corrected after a reload', async () => {
  const page = await session.browser.newPage();
  await page.goto(session.pages.url('demo-article.html'));
  const first = await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-place'] ?? []).includes('جدة'),
  );
  expect(first['hamish-place']).not.toContain('وجدة');
  await new Promise((r) => setTimeout(r, 500));
  await hover(page, 'وجدة');
  let frame = await card(page);
  const heading = () => frame.$eval('h2', (h) => h.textContent?.trim() ?? '').catch(() => '');
  expect(await waitFor(heading, (t) => t === 'Jeddah')).toBe('Jeddah');
  await frame.click('button[aria-label="Pin"]');
  await frame.click('.correct > button');
  const readings = await waitFor(
    () =>
      frame.$$eval('input[name="reading"]', (rs) =>
        rs.map((r) => (r.closest('label')?.textContent ?? '') + '|' + (r as HTMLInputElement).value),
      ),
    (v) => v.length > 1,
  );
  const value = readings.find((v) => v.includes('Oujda'))!.split('|')[1]!;
  await frame.click(`input[name="reading"][value="${value}"]`);
  await frame.click('#correct-form button[type="submit"]');
  expect(await waitFor(heading, (t) => t === 'Oujda')).toBe('Oujda');
  const marks = await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-place'] ?? []).includes('وجدة'),
  );
  expect(marks['hamish-place']).not.toContain('جدة');

  await page.reload();
  await waitFor(
    () => highlighted(page),
    (m) => (m['hamish-place'] ?? []).includes('وجدة'),
  );
  await new Promise((r) => setTimeout(r, 500));
  await hover(page, 'وجدة');
  frame = await card(page);
  expect(await waitFor(heading, (t) => t === 'Oujda')).toBe('Oujda');
  const note = await frame.$eval('.corrected', (p) => p.textContent ?? '');
  expect(note).toContain('You corrected this reading.');
});
