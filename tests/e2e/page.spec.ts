import { test, expect } from './fixtures';
import { cardFrame, highlighted, noteTint, pointOf, readerMoves, setShown } from './helpers';
import { NOTE_ON_PERSON } from '../support/attack';
import { SETTINGS_KEY } from '../../lib/settings';

test('the demo article: entities marked by type, the card on hover, a note saved from it reaches the popup', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const marks = await highlighted(page);
  expect(marks['hamish-person']).toEqual(
    expect.arrayContaining(['أنطونيو غوتيريش', 'أيمن الصفدي', 'عبد الفتاح البرهان']),
  );
  expect(marks['hamish-place']).toEqual(
    expect.arrayContaining(['عمّان', 'السودان', 'الخرطوم', 'دارفور', 'الفاشر', 'القاهرة', 'مصر']),
  );
  expect(marks['hamish-organization']).toEqual(
    expect.arrayContaining(['منظمة الصحة العالمية', 'قوات الدعم السريع', 'لأمم المتحدة', 'رويترز']),
  );
  // Painted from the name's first letter: the attached و / ل is not part of the mark.
  for (const withClitic of ['ودارفور', 'وقوات الدعم السريع', 'للأمم المتحدة'])
    expect(Object.values(marks).flat()).not.toContain(withClitic);
  // Six mentions of people in the story; the two in the related-stories box are not marked.
  expect(marks['hamish-person']!.length).toBeGreaterThanOrEqual(6);
  expect(marks['hamish-person']).not.toContain('السيسي');
  expect(marks['hamish-place']!.length).toBeGreaterThanOrEqual(14);
  expect(marks['hamish-organization']!.length).toBeGreaterThanOrEqual(7);
  // Comments, menus and the footer are not the article.
  const all = Object.values(marks).flat().join(' ');
  expect(all).not.toMatch(/الرئيسية|تعليق|الحقوق/);

  const { x, y } = await pointOf(page, 'أيمن الصفدي');
  await page.mouse.move(x, y);
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: /Ayman Safadi/ })).toBeVisible({ timeout: 5000 });
  await card.getByRole('textbox', { name: 'Note' }).fill('Jordan FM; hosted the neighbours meeting');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#notes`);
  await expect(popup.getByText('Jordan FM; hosted the neighbours meeting')).toBeVisible({ timeout: 10_000 });
});

for (const [name, file] of [
  ['an English page', 'english.html'],
  ['a Persian page', 'persian.html'],
  ['an Arabic page that is not news', 'arabic-not-news.html'],
] as const) {
  test(`nothing is marked on ${name}`, async ({ context, pages }) => {
    const page = await context.newPage();
    await page.goto(pages.url(file));
    await page.waitForTimeout(2000);
    expect(await highlighted(page)).toEqual({});
    expect(page.frames()).toHaveLength(1); // no card frame
  });
}

test('an article added after load is marked', async ({ context, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('late-article.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 })
    .toContain('بغداد');
  expect((await highlighted(page))['hamish-person']).toEqual(expect.arrayContaining(['محمد شياع السوداني']));
});

test('a hostile page: the card still works and nothing leaks', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('hostile.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const { x, y } = await pointOf(page, 'أيمن الصفدي');
  await page.mouse.move(x, y);
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: /Ayman Safadi/ })).toBeVisible({ timeout: 5000 });
  // The card's box is still on screen at full size despite the page's CSS.
  const box = await (await card.frameElement()).boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  expect(box?.height).toBeGreaterThan(200);
  await card.getByRole('textbox', { name: 'Note' }).fill('secret-note-4711');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved');
  await page.waitForTimeout(1000);
  const leaks = await page.evaluate(() => (window as unknown as { hamishLeaks: string[] }).hamishLeaks);
  expect(leaks).toEqual([]);
  expect(await page.content()).not.toContain('secret-note-4711');
  // The markup-looking text stays text.
  expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
});

test('hiding a type in the settings unmarks it at once and keeps the other marks', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const places = (await highlighted(page))['hamish-place']!.length;

  await setShown(context, extensionId, { person: false, place: true, organization: true });

  await expect.poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 5000 }).toBe(0);
  expect((await highlighted(page))['hamish-place']!.length).toBe(places);
});

test('a settings change keeps the highlights of saved notes', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const { x, y } = await pointOf(page, 'أيمن الصفدي');
  await page.mouse.move(x, y);
  const card = await cardFrame(page, extensionId);
  await card.getByRole('textbox', { name: 'Note' }).fill('kept across settings');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved');
  await page.reload();
  // The note's mark is drawn where page scripts cannot look (the test reads the screen), once the
  // reader is there: Hamish's box goes in at the first input.
  await expect
    .poll(() => readerMoves(page).then(() => noteTint(page, 'أيمن الصفدي', NOTE_ON_PERSON)), { timeout: 15_000 })
    .toBeGreaterThan(0.2);
  expect(await noteTint(page, 'أنطونيو غوتيريش', NOTE_ON_PERSON)).toBeLessThan(0.02); // a person without a note

  await setShown(context, extensionId, { person: false, place: true, organization: true });

  await expect.poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 5000 }).toBe(0);
  await expect.poll(() => noteTint(page, 'أيمن الصفدي'), { timeout: 5000 }).toBeGreaterThan(0.2);
});

test('a news page on a site the reader switched off is neither marked nor recorded, until switched on', async ({
  context,
  extensionId,
  pages,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const host = new URL(pages.url('demo-article.html')).hostname;
  type Area = { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
  const setSites = (sites: Record<string, boolean>) =>
    options.evaluate(
      async ([key, value]) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
        const stored = (await local.get(key))[key] ?? {};
        await local.set({ [key]: { ...stored, sites: value } });
      },
      [SETTINGS_KEY, sites] as const,
    );
  await setSites({ [host]: false });
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  // The page is read while the settings arrive: nothing may be painted or stored once they say off.
  await page.waitForTimeout(3000);
  expect(await highlighted(page)).toEqual({});
  expect(page.frames()).toHaveLength(1); // no card frame
  const recent = await options.evaluate(async () => {
    const send = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value: { url: string }[] }> } };
      }
    ).chrome.runtime.sendMessage;
    return (await send({ type: 'pages/recent', limit: 50 })).value.map((p) => p.url);
  });
  expect(recent).not.toContain(pages.url('demo-article.html'));

  await setSites({});
  await expect
    .poll(async () => (await highlighted(page))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
});
