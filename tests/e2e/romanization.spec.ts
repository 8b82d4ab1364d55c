import { test, expect } from './fixtures';
import { cardShown, hoverUntilCard } from './helpers';
import { SETTINGS_KEY } from '../../lib/settings';
import { pronounceable } from '../../lib/translit/score';

// The card's Latin lines (issue 17): the romanization with its vowels, and where the English and
// the vowels come from.

test('a known name: vowelled romanization, English from the list, vowels said to come from the word list', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));
  expect(await cardShown(page, extensionId)).toBe(false);
  const card = await hoverUntilCard(page, extensionId, 'أيمن الصفدي');
  await expect(card.locator('.roman')).toHaveText('Ayman al-Ṣafadī', { timeout: 5000 });
  const origin = card.locator('.origin');
  await expect(origin).toHaveAttribute('data-english', 'known');
  await expect(origin).toHaveAttribute('data-roman', 'table');
  await expect(origin).toContainText("English name from Hamish's list");
  await expect(card.locator('.guess')).toHaveCount(0);
});

test('an unknown name: guessed English marked as a guess, romanization with vowels in both styles', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('local-council.html'));
  const card = await hoverUntilCard(page, extensionId, 'سامر الشرعبي');
  await expect(card.locator('.guess')).toBeVisible({ timeout: 5000 });
  const origin = card.locator('.origin');
  await expect(origin).toHaveAttribute('data-english', 'guess');
  await expect(origin).toContainText('English spelling guessed');
  await expect(origin).not.toHaveAttribute('data-roman', 'skeleton');
  const strict = (await card.locator('.roman').textContent()) ?? '';
  expect(strict).toMatch(/^Sāmir al-/);
  expect(pronounceable(strict)).toBe(true);

  // The ASCII style: the same vowels, no macrons, never two apostrophes.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(async (key) => {
    type Area = { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
    await local.set({ [key]: { ...((await local.get(key))[key] ?? {}), romanization: 'ascii' } });
  }, SETTINGS_KEY);
  await options.close();
  await page.reload();
  const asciiCard = await hoverUntilCard(page, extensionId, 'سامر الشرعبي');
  await expect(asciiCard.locator('.roman')).toHaveText(/^Samir al-/, { timeout: 5000 });
  const ascii = (await asciiCard.locator('.roman').textContent()) ?? '';
  expect(ascii).toMatch(/^[\x20-\x7e]+$/);
  expect(ascii).not.toMatch(/''/);
});
