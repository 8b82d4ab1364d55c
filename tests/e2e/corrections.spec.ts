// A wrong reading corrected from the card: applied at once, kept across a reload (the background
// applies the reader's corrections to every later page), and undone.
import { test, expect } from './fixtures';
import { cardFrame, highlighted, pointOf } from './helpers';

// In "سيزور القاهرة وجدة" the engine reads و + جدة, Jeddah, by its neighbours; the same letters
// are also the city Oujda, which the card offers as the other reading.
test('وجدة read as Jeddah is corrected to Oujda from the card, survives a reload, and is undone', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  const url = pages.url('demo-article.html');
  await page.goto(url);
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 }).toContain('جدة');
  expect((await highlighted(page))['hamish-place']).not.toContain('وجدة');
  await page.waitForTimeout(500);
  const hoverWajda = async () => {
    const { x, y } = await pointOf(page, 'وجدة');
    await page.mouse.move(x, y);
    return cardFrame(page, extensionId);
  };
  let card = await hoverWajda();
  await expect(card.getByRole('heading', { name: 'Jeddah' })).toBeVisible({ timeout: 5000 });
  await card.getByRole('button', { name: 'Pin' }).click();
  await card.getByRole('button', { name: 'Correct' }).click();
  await card.getByRole('radio', { name: /Oujda/ }).check();
  await card.getByRole('button', { name: 'Apply' }).click();
  // The page is read again: the card shows Oujda, and the mark takes in the و, part of the name now.
  await expect(card.getByRole('heading', { name: 'Oujda' })).toBeVisible({ timeout: 10_000 });
  await expect(card.getByText('You corrected this reading.')).toBeVisible();
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? []).toContain('وجدة');
  expect((await highlighted(page))['hamish-place']).not.toContain('جدة');

  await page.reload();
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 }).toContain('وجدة');
  await page.waitForTimeout(500);
  card = await hoverWajda();
  await expect(card.getByRole('heading', { name: 'Oujda' })).toBeVisible({ timeout: 5000 });

  // The popup's view of the name lists the correction.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#page`);
  await expect(popup.getByText(/جدة read as Oujda \(was Jeddah\)/)).toBeVisible({ timeout: 10_000 });
  await popup.close();

  await page.bringToFront();
  card = await hoverWajda();
  await card.getByRole('button', { name: 'Pin' }).click();
  await card.getByRole('button', { name: 'Undo correction' }).click();
  await expect(card.getByRole('heading', { name: 'Jeddah' })).toBeVisible({ timeout: 10_000 });
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? []).toContain('جدة');
  expect((await highlighted(page))['hamish-place']).not.toContain('وجدة');
});

test('"Not a name" unmarks the word here and after a reload', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 }).toContain('جدة');
  await page.waitForTimeout(500);
  const { x, y } = await pointOf(page, 'وجدة');
  await page.mouse.move(x, y);
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: 'Jeddah' })).toBeVisible({ timeout: 5000 });
  await card.getByRole('button', { name: 'Correct' }).click();
  await card.getByRole('button', { name: 'Not a name' }).click();
  await expect
    .poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 10_000 })
    .not.toContain('جدة');
  await page.reload();
  await expect
    .poll(async () => (await highlighted(page))['hamish-place']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  const after = (await highlighted(page))['hamish-place'];
  expect(after).not.toContain('جدة');
  expect(after).not.toContain('وجدة');
});
