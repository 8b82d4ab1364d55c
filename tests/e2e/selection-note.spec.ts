import { test, expect } from './fixtures';
import { cardFrame, highlighted, noteTint, readerMoves } from './helpers';
import { selectText } from '../support/in-page';

test('a note on a selected passage is saved, and comes back on its passage after a reload', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-place']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  await page.waitForTimeout(500); // the card frame is set up after the first paint
  expect(await page.evaluate(selectText, 'هدنة إنسانية فورية')).toBe(true);
  await page.keyboard.press('Alt+Shift+KeyM');
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: 'Note on a passage' })).toBeVisible({ timeout: 5000 });
  await expect(card.locator('blockquote')).toHaveText('هدنة إنسانية فورية');
  await card.getByRole('textbox', { name: 'Note' }).fill('truce wording to compare with the UN statement');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved');

  await page.reload();
  // Drawn where page scripts cannot look (not in CSS.highlights; the test reads the screen), once
  // the reader is there: Hamish's box goes in at the first input.
  await expect
    .poll(() => readerMoves(page).then(() => noteTint(page, 'هدنة إنسانية فورية')), { timeout: 15_000 })
    .toBeGreaterThan(0.2);
  expect(Object.values(await highlighted(page)).flat()).not.toContain('هدنة إنسانية فورية');
});
