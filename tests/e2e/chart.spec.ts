// The popup's entity view draws the timeline as a chart: marks for the articles the reader saw
// and the dates stated near the name, the sentence on hover and on keyboard focus, and an axis
// that runs right to left in the Arabic UI.
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../support/chromium-extension';
import { test, expect, EXTENSION_DIR } from './fixtures';
import { highlighted } from './helpers';
import type { PageServer } from '../support/server';

/** Reads the demo and second article (both name Ayman Safadi), notes him, and opens his entity view. */
async function openSafadi(context: BrowserContext, extensionId: string, pages: PageServer): Promise<Page> {
  for (const file of ['demo-article.html', 'second-article.html']) {
    const page = await context.newPage();
    await page.goto(pages.url(file));
    await expect
      .poll(async () => (await highlighted(page))['hamish-person'] ?? [], { timeout: 15_000 })
      .toContain('أيمن الصفدي');
    await page.waitForTimeout(500); // the page is recorded right after marking
  }
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // A note on him, saved as the card's Save button does, gives the popup a link to his view.
  await popup.evaluate(async () => {
    const send = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value: unknown }> } };
      }
    ).chrome.runtime.sendMessage;
    const recent = (await send({ type: 'pages/recent', limit: 1 })).value as {
      url: string;
      title: string;
      site: string;
      publishedAt: string | null;
      entities: { id: string; type: string; english: string | null; arabic: string }[];
    }[];
    const p = recent[0]!;
    const e = p.entities.find((x) => x.arabic.includes('الصفدي'))!;
    const quote = { exact: e.arabic, prefix: '', suffix: '' };
    await send({
      type: 'notes/save',
      id: null,
      draft: {
        url: p.url,
        title: p.title,
        site: p.site,
        publishedAt: p.publishedAt,
        quote,
        position: null,
        entity: { id: e.id, type: e.type, english: e.english, arabic: e.arabic },
        body: 'متابعة',
        format: 'text',
        tags: [],
      },
    });
  });
  await popup.reload();
  await popup.getByRole('tab', { name: /Notes|الملاحظات/ }).click();
  await popup.locator('.note button.link').first().click();
  await expect(popup.locator('figure.timeline-chart svg')).toBeVisible({ timeout: 10_000 });
  return popup;
}

/** Home, then `later` until focus stops moving: each focused mark's name, position and kind. */
async function walk(popup: Page, later: string) {
  const focused = () =>
    popup.evaluate(() => {
      const el = document.activeElement!;
      const shape = el.querySelector('circle') ?? el.querySelector('rect')!;
      return {
        name: el.getAttribute('aria-label'),
        x: shape.getBoundingClientRect().x,
        point: shape.tagName === 'circle',
        detail: document.querySelector('.chart-detail')!.textContent,
      };
    });
  await popup.keyboard.press('Home');
  const out = [await focused()];
  for (let i = 0; i < 20; i++) {
    await popup.keyboard.press(later);
    const now = await focused();
    if (now.name === out[out.length - 1]!.name) break;
    out.push(now);
  }
  // Each mark focused shows its own date and title below the chart.
  for (const v of out) expect(v.detail).toContain(v.name!.split(': ').slice(1).join(': ').slice(0, 20));
  return out;
}

const markX = (popup: Page, name: RegExp) =>
  popup
    .getByRole('img', { name })
    .locator('circle')
    .evaluate((c) => c.getBoundingClientRect().x);

test('the entity view charts both articles and the dated mention; focus and hover show the sentence', async ({
  context,
  extensionId,
  pages,
}) => {
  const popup = await openSafadi(context, extensionId, pages);
  const chart = popup.getByRole('group', { name: 'Timeline chart' });
  const article1 = chart.getByRole('img', { name: /2024, article: غوتيريش يدعو من عمّان/ });
  const article2 = chart.getByRole('img', { name: /May 20, 2024, article: الصفدي: الأردن يستضيف/ });
  const mention = chart.getByRole('img', { name: /August 2023, dated mention/ });
  await expect(article1).toHaveCount(1);
  await expect(article2).toHaveCount(1);
  await expect(mention).toHaveCount(1);
  // Left to right in English: the older article is left of the newer one.
  expect(await markX(popup, /article: غوتيريش/)).toBeLessThan(await markX(popup, /article: الصفدي: الأردن/));

  const detail = popup.locator('.chart-detail');
  // The keyboard: focus shows the sentence; the chart is one tab stop, arrows move in time order.
  await mention.focus();
  await expect(mention).toBeFocused();
  await expect(detail).toContainText('وكان الصفدي قد زار القاهرة في أغسطس/آب الماضي');
  const visited = await walk(popup, 'ArrowRight');
  expect(visited.length).toBe(await chart.getByRole('img').count());
  const xs = visited.filter((v) => v.point).map((v) => v.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  await expect(article2).not.toBeFocused();
  // The pointer shows another mark's sentence while it is over it.
  await mention.hover();
  await expect(detail).toContainText('القاهرة في أغسطس/آب');
  // The list stays below the chart.
  await expect(popup.locator('ol.timeline > li')).toHaveCount(2);
});

test('in the Arabic UI the chart is in Arabic and its axis runs right to left', async ({ pages }) => {
  const { context, extensionId } = await launchWithExtension({ dir: EXTENSION_DIR, lang: 'ar' });
  try {
    const popup = await openSafadi(context, extensionId, pages);
    await expect(popup.locator('figure.timeline-chart')).toHaveAttribute('dir', 'rtl');
    const chart = popup.getByRole('group', { name: 'الخط الزمني مرسوماً' });
    await expect(chart.getByRole('img', { name: /مقال: غوتيريش يدعو من عمّان/ })).toHaveCount(1);
    // Older to the right of newer.
    expect(await markX(popup, /مقال: غوتيريش/)).toBeGreaterThan(await markX(popup, /مقال: الصفدي: الأردن/));
    await chart
      .getByRole('img', { name: /ذكر مؤرخ/ })
      .first()
      .focus();
    await expect(popup.locator('.chart-detail')).toContainText('الصفدي');
    // Later is to the left: the left arrow walks forward in time.
    const xs = (await walk(popup, 'ArrowLeft')).filter((v) => v.point).map((v) => v.x);
    expect(xs.length).toBeGreaterThanOrEqual(3);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
  } finally {
    await context.close();
  }
});
