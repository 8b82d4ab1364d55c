import { test, expect } from './fixtures';
import { cardFrame, highlighted, pointOf } from './helpers';

test('the card on a second article shows both articles on the timeline, and a date stated near the name', async ({
  context,
  extensionId,
  pages,
}) => {
  const first = await context.newPage();
  await first.goto(pages.url('demo-article.html'));
  await expect
    .poll(async () => (await highlighted(first))['hamish-person']?.length ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  await first.waitForTimeout(500); // the page is recorded right after marking

  const page = await context.newPage();
  await page.goto(pages.url('second-article.html'));
  await expect
    .poll(async () => (await highlighted(page))['hamish-person'] ?? [], { timeout: 15_000 })
    .toContain('أيمن الصفدي');
  const { x, y } = await pointOf(page, 'أيمن الصفدي');
  await page.mouse.move(x, y);
  const card = await cardFrame(page, extensionId);
  await expect(card.getByRole('heading', { name: /Ayman Safadi/ })).toBeVisible({ timeout: 5000 });
  // The reader's notes, then the earlier article they read, then this article's dates, then roles.
  const earlier = card.getByRole('region', { name: 'Earlier articles' });
  const here = card.getByRole('region', { name: 'In this article' });
  await expect(earlier.locator('time[datetime="2024-03-12"]')).toBeVisible({ timeout: 5000 });
  await expect(earlier.getByRole('link', { name: /غوتيريش يدعو من عمّان/ })).toBeVisible();
  // This article, by its publication date, and "في أغسطس/آب الماضي" in the sentence naming him,
  // resolved against 2024-05-20.
  await expect(here.locator('time[datetime="2024-05-20"]').first()).toBeVisible();
  await expect(here.locator('time[datetime="2023-08"]')).toBeVisible();
  const regions = await card
    .locator('article > section')
    .evaluateAll((ss) => ss.map((s) => s.getAttribute('aria-label')));
  expect(regions.slice(0, 3)).toEqual(['Your notes', 'Earlier articles', 'In this article']);
  // Newest first within each part.
  for (const part of [earlier, here]) {
    const dates = await part.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());
  }
});
