// Structures of real news sites that once defeated detection or extraction, each on a small page
// written for Hamish (tests/pages/sites/), with the built extension in Chromium.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cardFrame, highlighted, pointOf } from './helpers';
import { marksOutside } from '../support/in-page';
import { cliText, pageArticleText, pageHtml, probeCode } from '../support/article-probe';
import type { PageServer } from '../support/server';

async function marked(page: Page, pages: PageServer, file: string): Promise<Record<string, string[]>> {
  await page.goto(pages.url(`sites/${file}`));
  await expect
    .poll(async () => Object.values(await highlighted(page)).flat().length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  await page.waitForTimeout(500);
  return highlighted(page);
}

const all = (m: Record<string, string[]>) => Object.values(m).flat();

test('og:type article, a dated byline in <main> and prose, with no <article>: read as news', async ({
  context,
  pages,
}) => {
  const m = await marked(await context.newPage(), pages, 'signals-no-article.html');
  expect(m['hamish-person']).toContain('أنطونيو غوتيريش');
  expect(m['hamish-place']).toEqual(expect.arrayContaining(['الخرطوم', 'دارفور']));
  expect(m['hamish-organization']).toContain('منظمة الصحة العالمية');
});

test('a page inside one ASP.NET form: the story is marked, the form controls are not read', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  const m = await marked(page, pages, 'aspnet-form.html');
  expect(m['hamish-person']).toContain('أيمن الصفدي');
  expect(m['hamish-place']).toContain('عمّان');
  // The search box, its button, the select and the text area name places; none is marked.
  expect(all(m).join(' ')).not.toMatch(/القاهرة|دمشق|بيروت|الرياض|بغداد/);
  expect(await page.inputValue('input[name="q"]')).toBe('القاهرة');
});

test('the story block alone: breadcrumb, share bar, tag list and the most-read sidebar are not marked', async ({
  context,
  pages,
}) => {
  const page = await context.newPage();
  const m = await marked(page, pages, 'story-sidebar.html');
  expect(m['hamish-place']).toEqual(expect.arrayContaining(['أسوان', 'السودان']));
  expect(await page.evaluate(marksOutside, '#articleBody')).toEqual([]);
  expect(all(m).join(' ')).not.toMatch(/محمد صلاح|ليفربول|باريس|نتنياهو|الرياض|أوغندا/);
});

test(
  'related boxes (by a hamza-and-tanween heading, by class, by shape) ' + 'are not marked but reach the timeline',
  async ({ context, extensionId, pages }) => {
    const page = await context.newPage();
    const m = await marked(page, pages, 'related-boxes.html');
    expect(m['hamish-person']).toEqual(expect.arrayContaining(['أيمن الصفدي', 'أنطونيو غوتيريش']));
    expect(await page.evaluate(marksOutside, '.content-inner > h1, .content-inner > p')).toEqual([]);
    expect(all(m).join(' ')).not.toMatch(/البرهان|شكري|أردوغان|ماكرون|بوتين|تونس/);
    const { x, y } = await pointOf(page, 'أنطونيو غوتيريش');
    await page.mouse.move(x, y);
    const card = await cardFrame(page, extensionId);
    // Related stories are dated mentions of this article's page: the card's "In this article" part.
    const timeline = card.getByRole('region', { name: 'In this article' });
    await expect(timeline.getByText('غوتيريش يحذر من المجاعة في السودان')).toBeVisible({ timeout: 5000 });
    await expect(timeline.locator('time[datetime="2024-09-10"]')).toBeVisible();
  },
);

test('sibling inline elements with no space between them are separate words', async ({ context, pages }) => {
  const m = await marked(await context.newPage(), pages, 'inline-run-together.html');
  expect(m['hamish-person']).toEqual(expect.arrayContaining(['أيمن الصفدي', 'أنطونيو غوتيريش']));
  expect(m['hamish-place']).toEqual(expect.arrayContaining(['عمّان', 'القاهرة']));
  for (const t of all(m)) expect(t).not.toMatch(/الصفديأنطونيو|غوتيريشعمّان|عمّانالقاهرة/);
});

test('the command line reads the text the browser reads (unclosed and nested forms, text between table rows)', async ({
  context,
  pages,
}) => {
  const file = 'sites/unclosed-form.html';
  const page = await context.newPage();
  const m = await marked(page, pages, 'unclosed-form.html');
  expect(m['hamish-person']).toContain('نجيب ميقاتي');
  await page.evaluate(await probeCode());
  const text = await page.evaluate(pageArticleText, pageHtml(file));
  expect(text).toContain('وتتوزع الكلفة على ثلاث مراحل\n\nالكلفة المقدرة');
  expect(cliText(file)).toBe(text);
});
