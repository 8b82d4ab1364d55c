import { test, expect } from './fixtures';

test('an Arabic article is recorded by the background and listed in the popup', async ({
  context,
  extensionId,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('demo-article.html'));

  const popup = await context.newPage();
  // The content script reports asynchronously; the popup reads IndexedDB through the background.
  await expect(async () => {
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // Opened in its own tab, the popup's tab is not read: it opens on the notes.
    await popup.getByRole('tab', { name: 'On this page' }).click();
    await expect(popup.getByRole('link', { name: /غوتيريش يدعو من عمّان/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(popup.getByText('127.0.0.1 · 2024-03-12')).toBeVisible();
});

test('an English page is not recorded', async ({ context, extensionId, pages }) => {
  const page = await context.newPage();
  await page.goto(pages.url('english.html'));
  await page.waitForTimeout(1500);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('tab', { name: 'On this page' }).click();
  await expect(popup.getByText('No Arabic articles read yet', { exact: false })).toBeVisible();
  await expect(popup.getByRole('link', { name: /library/i })).toHaveCount(0);
});
