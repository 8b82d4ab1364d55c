import { expect, it } from 'vitest';
import { firefoxSession, openExtensionPage, pollText } from './firefox';

const session = firefoxSession();

it('records an Arabic article and shows it in the popup; ignores an English page', async () => {
  const english = await session.browser.newPage();
  await english.goto(session.pages.url('english.html'));
  const arabic = await session.browser.newPage();
  await arabic.goto(session.pages.url('demo-article.html'));

  const popup = await openExtensionPage(session.browser, 'popup.html');
  const reload = async () => {
    void popup.reload().catch(() => {});
    await popup.waitForSelector('main', { timeout: 10_000 }).catch(() => {});
    // Opened in its own tab, the popup's tab is not read: it opens on the notes.
    await popup.click('#tab-page').catch(() => {});
  };
  await popup.click('#tab-page');
  const text = await pollText(popup, 'main', /غوتيريش يدعو من عمّان/, reload);
  expect(text).toMatch(/غوتيريش يدعو من عمّان/);
  expect(text).toContain('2024-03-12');
  expect(text).not.toMatch(/library/i);
});
