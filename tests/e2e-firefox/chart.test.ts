// The popup's entity view in Firefox: the timeline chart has a mark per article and dated
// mention, and a mark focused by keyboard shows its sentence.
import { expect, it } from 'vitest';
import { firefoxSession, openExtensionPage } from './firefox';
import { highlighted, waitFor } from './helpers';

const session = firefoxSession();

it('charts the two articles that named Ayman Safadi, and focus shows the sentence', async () => {
  for (const file of ['demo-article.html', 'second-article.html']) {
    const page = await session.browser.newPage();
    await page.goto(session.pages.url(file));
    const marks = await waitFor(
      () => highlighted(page),
      (m) => (m['hamish-person'] ?? []).includes('أيمن الصفدي'),
    );
    expect(marks['hamish-person']).toContain('أيمن الصفدي');
    await new Promise((r) => setTimeout(r, 500)); // the page is recorded right after marking
  }
  const first = await openExtensionPage(session.browser, 'popup.html');
  // A note on him, saved as the card's Save button does, gives the popup a link to his view.
  await first.evaluate(async () => {
    const send = (
      globalThis as unknown as {
        browser: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value: unknown }> } };
      }
    ).browser.runtime.sendMessage;
    const recent = (await send({ type: 'pages/recent', limit: 1 })).value as {
      url: string;
      title: string;
      site: string;
      publishedAt: string | null;
      entities: { id: string; type: string; english: string | null; arabic: string }[];
    }[];
    const p = recent[0]!;
    const e = p.entities.find((x) => x.arabic.includes('الصفدي'))!;
    await send({
      type: 'notes/save',
      id: null,
      draft: {
        url: p.url,
        title: p.title,
        site: p.site,
        publishedAt: p.publishedAt,
        quote: { exact: e.arabic, prefix: '', suffix: '' },
        position: null,
        entity: { id: e.id, type: e.type, english: e.english, arabic: e.arabic },
        body: 'متابعة',
        format: 'text',
        tags: [],
      },
    });
  });
  await first.close();
  const popup = await openExtensionPage(session.browser, 'popup.html');
  const labels = () =>
    popup.$$eval('svg[role="group"] g.mark', (gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
  const shown = await waitFor(
    async () => {
      await popup.$$eval('[role="tab"]', (ts) =>
        (ts.find((t) => /Notes/.test(t.textContent ?? '')) as HTMLElement | undefined)?.click(),
      );
      await popup.$$eval('.note button.link', (bs) => (bs[0] as HTMLElement | undefined)?.click());
      return labels();
    },
    (ls) => ls.length >= 3,
  );
  expect(shown).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/2024, article: غوتيريش يدعو من عمّان/),
      expect.stringMatching(/May 20, 2024, article: الصفدي: الأردن/),
      expect.stringMatching(/August 2023, dated mention/),
    ]),
  );

  // Keyboard focus on the dated mention shows its sentence; End moves focus to the latest mark.
  await popup.$$eval('svg g.mark.mention', (gs) =>
    (gs.find((g) => /August 2023/.test(g.getAttribute('aria-label') ?? '')) as SVGGElement).focus(),
  );
  const detail = () => popup.$eval('.chart-detail', (p) => p.textContent ?? '');
  expect(await waitFor(detail, (d) => d.includes('القاهرة'))).toContain(
    'وكان الصفدي قد زار القاهرة في أغسطس/آب الماضي',
  );
  await popup.keyboard.press('End');
  const focused = await waitFor(
    () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    (l) => !/August 2023/.test(l),
  );
  expect(focused).toBe(shown[shown.length - 1]);
  expect(await detail()).not.toContain('في أغسطس/آب الماضي');
});
