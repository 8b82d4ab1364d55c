// The site-structure pages of tests/pages/sites/ in Firefox with the built extension: each
// failure class of real news sites, as tests/e2e/sites.spec.ts checks it in Chromium.
import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxSession } from './firefox';
import { highlightTexts, marksOutside } from '../support/in-page';
import { cliText, pageArticleText, pageHtml, probeCode } from '../support/article-probe';

const session = firefoxSession();

async function marked(file: string): Promise<{ page: Page; m: Record<string, string[]> }> {
  const page = await session.browser.newPage();
  await page.goto(session.pages.url(`sites/${file}`));
  const end = Date.now() + 20_000;
  let m: Record<string, string[]> = {};
  while (Date.now() < end) {
    m = await page.evaluate(highlightTexts);
    if (Object.values(m).flat().length > 0) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  await new Promise((r) => setTimeout(r, 500));
  return { page, m: await page.evaluate(highlightTexts) };
}

const all = (m: Record<string, string[]>) => Object.values(m).flat().join(' ');

it('reads a page with og:type article, a dated byline in <main> and prose, and no <article>', async () => {
  const { page, m } = await marked('signals-no-article.html');
  expect(m['hamish-person']).toContain('أنطونيو غوتيريش');
  expect(m['hamish-organization']).toContain('منظمة الصحة العالمية');
  await page.close();
});

it('marks the story inside one ASP.NET form and reads none of its controls', async () => {
  const { page, m } = await marked('aspnet-form.html');
  expect(m['hamish-person']).toContain('أيمن الصفدي');
  expect(all(m)).not.toMatch(/القاهرة|دمشق|بيروت|الرياض|بغداد/);
  await page.close();
});

it('marks the story block alone, not the breadcrumb, share bar, tags or most-read sidebar', async () => {
  const { page, m } = await marked('story-sidebar.html');
  expect(m['hamish-place']).toEqual(expect.arrayContaining(['أسوان', 'السودان']));
  expect(await page.evaluate(marksOutside, '#articleBody')).toEqual([]);
  expect(all(m)).not.toMatch(/محمد صلاح|باريس|نتنياهو|الرياض|أوغندا/);
  await page.close();
});

it('does not mark related boxes told by heading, class or shape', async () => {
  const { page, m } = await marked('related-boxes.html');
  expect(m['hamish-person']).toEqual(expect.arrayContaining(['أيمن الصفدي', 'أنطونيو غوتيريش']));
  expect(await page.evaluate(marksOutside, '.content-inner > h1, .content-inner > p')).toEqual([]);
  expect(all(m)).not.toMatch(/البرهان|شكري|أردوغان|ماكرون|بوتين|تونس/);
  await page.close();
});

it('reads sibling inline elements with no space between them as separate words', async () => {
  const { page, m } = await marked('inline-run-together.html');
  expect(m['hamish-person']).toEqual(expect.arrayContaining(['أيمن الصفدي', 'أنطونيو غوتيريش']));
  expect(m['hamish-place']).toEqual(expect.arrayContaining(['عمّان', 'القاهرة']));
  expect(all(m)).not.toMatch(/الصفديأنطونيو|غوتيريشعمّان|عمّانالقاهرة/);
  await page.close();
});

it('gives the command line the text Firefox reads (unclosed and nested forms, text between table rows)', async () => {
  const file = 'sites/unclosed-form.html';
  const { page, m } = await marked('unclosed-form.html');
  expect(m['hamish-person']).toContain('نجيب ميقاتي');
  await page.evaluate(await probeCode());
  const text = await page.evaluate(pageArticleText, pageHtml(file));
  expect(text).toContain('وتتوزع الكلفة على ثلاث مراحل\n\nالكلفة المقدرة');
  expect(cliText(file)).toBe(text);
  await page.close();
});
