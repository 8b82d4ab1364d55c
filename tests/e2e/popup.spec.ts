// The popup with the built extension in Chromium: import, search, export, delete + undo, and a
// malformed import that changes nothing.
import { readFileSync } from 'node:fs';
import { toJsonLd } from '@/lib/notes/export';
import { test, expect } from './fixtures';
import { backgroundReady, highlighted } from './helpers';
import { NOTES, notesOnOneName } from '../support/sample-notes';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('notes: import, search in Arabic and English, export, delete with undo, refuse a bad file', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#notes`);
  await backgroundReady(popup);
  await expect(popup.getByText('No notes yet', { exact: false })).toBeVisible();

  await popup.getByLabel('Import notes (JSON)').setInputFiles(file('notes.jsonld', toJsonLd(NOTES)));
  await expect(popup.getByText('Imported 3 notes (0 merged)')).toBeVisible();
  await expect(popup.getByText('3 notes', { exact: true })).toBeVisible();
  const rows = popup.locator('li.note');
  await expect(rows).toHaveCount(3);

  const search = popup.getByRole('searchbox', { name: 'Search notes' });
  await search.fill('الامين العام'); // no diacritics, bare alef for أ
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('António Guterres');
  await search.fill('cairo');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('القاهرة');
  await search.fill('nothing like this');
  await expect(rows).toHaveCount(0);
  await expect(popup.getByText('No notes match.')).toBeVisible();
  await search.fill('');
  await expect(rows).toHaveCount(3);

  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'JSON-LD' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hamish-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.first.items.map((a: { id: string }) => a.id).sort()).toEqual(NOTES.map((n) => `urn:uuid:${n.id}`));

  const oil = rows.filter({ hasText: 'ارتفعت أسعار النفط' });
  await oil.getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(2);
  await expect(popup.getByText('ارتفعت أسعار النفط')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
  await popup.reload();
  await expect(popup.getByText('ارتفعت أسعار النفط')).toBeVisible();
  await expect(popup.getByText('3 notes', { exact: true })).toBeVisible();

  const bad = {
    type: 'AnnotationCollection',
    first: { items: [{ type: 'Annotation', target: { source: 'https://x.example/' } }] },
  };
  await popup.getByLabel('Import notes (JSON)').setInputFiles(file('bad.json', JSON.stringify(bad)));
  await expect(popup.getByRole('alert')).toHaveText(
    '1 of 1 notes cannot be imported: annotation 1 has no urn:uuid id. Nothing was imported.',
  );
  await popup.getByLabel('Import notes (JSON)').setInputFiles(file('broken.json', '{"type": "Annot'));
  await expect(popup.getByRole('alert')).toContainText('not valid JSON');
  await popup.reload();
  await expect(popup.getByText('3 notes', { exact: true })).toBeVisible();
});

test('on this page: a page without Hamish opens on the notes; its tab shows the empty state and no names', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
  await popup.getByRole('tab', { name: 'On this page' }).click();
  await expect(popup.getByText('Hamish is not reading this page', { exact: false })).toBeVisible();
  await expect(popup.locator('.entity-row')).toHaveCount(0);
  await expect(popup.getByRole('switch', { name: /Mark names on this site/ })).toHaveCount(0);
});

test(
  'the popup on an Arabic page that is not news: ' + 'opens on the notes, says why, and marks the page on request',
  async ({ context, extensionId, pages }) => {
    const page = await context.newPage();
    await page.goto(pages.url('arabic-not-news.html'));
    await page.waitForTimeout(1500);
    expect(await highlighted(page)).toEqual({});
    // The popup asks the active tab: the shop page stays in front while the popup loads beside it.
    const popup = await context.newPage();
    await page.bringToFront();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
    await popup.getByRole('tab', { name: 'On this page' }).click();
    await expect(popup.getByText('This page does not look like a news article', { exact: false })).toBeVisible();
    await expect(popup.getByText('No names found on this page')).toHaveCount(0);
    await expect(popup.getByRole('button', { name: 'Always on this site' })).toBeVisible();
    await popup.getByRole('button', { name: 'Mark this page' }).click();
    await expect
      .poll(async () => (await highlighted(page))['hamish-place'] ?? [], { timeout: 15_000 })
      .toContain('القاهرة');
    await expect(popup.locator('.entity-row').filter({ hasText: 'Cairo' })).toBeVisible({ timeout: 10_000 });
  },
);

test('a name in many notes: its view lists them a page at a time, newest first, each once', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#notes`);
  await backgroundReady(popup);
  await popup.getByLabel('Import notes (JSON)').setInputFiles(file('many.jsonld', toJsonLd(notesOnOneName(120))));
  await expect(popup.getByText('Imported 120 notes (0 merged)')).toBeVisible();
  await popup.locator('.note button.link').first().click();
  const view = popup.locator('.entity-view');
  const rows = view.locator('li.note');
  const more = view.getByRole('button', { name: 'Show more' });
  const bodies = async () => (await rows.locator('.body').allTextContents()).map((s) => s.trim());
  const newest = (k: number) => Array.from({ length: k }, (_, i) => `n ${119 - i}`);
  await expect(rows).toHaveCount(50);
  expect(await bodies()).toEqual(newest(50));
  await more.click();
  await expect(rows).toHaveCount(100);
  await more.click();
  await expect(rows).toHaveCount(120);
  await expect(more).toHaveCount(0);
  expect(await bodies()).toEqual(newest(120));
});
