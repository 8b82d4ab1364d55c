// A wrong reading corrected from the card: applied at once, kept across a reload (the background
// applies the reader's corrections to every later page), and undone.
import { test, expect } from './fixtures';
import { cardFrame, highlighted, pointOf } from './helpers';

test('وجدة read as Oujda is corrected to Jeddah from the card, survives a reload, and is undone', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  const url = pages.url('demo-article.html');
  await page.goto(url);
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 }).toContain('وجدة');
  await page.waitForTimeout(500);
  const hoverWajda = async () => {
    const { x, y } = await pointOf(page, 'وجدة');
    await page.mouse.move(x, y);
    return cardFrame(page, extensionId);
  };
  let card = await hoverWajda();
  await expect(card.getByRole('heading', { name: 'Oujda' })).toBeVisible({ timeout: 5000 });
  await card.getByRole('button', { name: 'Pin' }).click();
  await card.getByRole('button', { name: 'Correct' }).click();
  await card.getByRole('radio', { name: /Jeddah/ }).check();
  await card.getByRole('button', { name: 'Apply' }).click();
  // The page is read again: the card shows Jeddah, and the mark starts at جدة, after the و.
  await expect(card.getByRole('heading', { name: 'Jeddah' })).toBeVisible({ timeout: 10_000 });
  await expect(card.getByText('You corrected this reading.')).toBeVisible();
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? []).toContain('جدة');
  expect((await highlighted(page))['hamish-place']).not.toContain('وجدة');

  await page.reload();
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 }).toContain('جدة');
  await page.waitForTimeout(500);
  card = await hoverWajda();
  await expect(card.getByRole('heading', { name: 'Jeddah' })).toBeVisible({ timeout: 5000 });

  // The popup's view of the name lists the correction.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#page`);
  await expect(popup.getByText(/وجدة read as Jeddah \(was Oujda\)/)).toBeVisible({ timeout: 10_000 });
  await popup.close();

  await page.bringToFront();
  card = await hoverWajda();
  await card.getByRole('button', { name: 'Pin' }).click();
  await card.getByRole('button', { name: 'Undo correction' }).click();
  await expect(card.getByRole('heading', { name: 'Oujda' })).toBeVisible({ timeout: 10_000 });
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? []).toContain('وجدة');
});

test('"Not a name" unmarks the word here and after a reload', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 }).toContain('وجدة');
  await page.waitForTimeout(500);
  const { x, y } = await pointOf(page, 'وجدة');
  await page.mouse.move(x, y);
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: 'Oujda' })).toBeVisible({ timeout: 5000 });
  await card.getByRole('button', { name: 'Correct' }).click();
  await card.getByRole('button', { name: 'Not a name' }).click();
  await expect.poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 10_000 }).not.toContain('وجدة');
  await page.reload();
  await expect.poll(async () => (await highlighted(page))['hamish-place']?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  expect((await highlighted(page))['hamish-place']).not.toContain('وجدة');
});
