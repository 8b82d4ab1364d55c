// The reader's data through the real popup in Chromium: corrections in export and import, "Delete
// all notes" with its confirmation and Undo, the export of one article from "On this page", and
// notes at every edge of the schema through import → edit → delete → undo.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { toJsonLd } from '@/lib/notes/export';
import type { Note } from '@/lib/protocol/note';
import { test, expect } from './fixtures';
import { backgroundReady, highlighted } from './helpers';
import { NOTES } from '../support/sample-notes';
import { EDGE_NOTES } from '../support/edge-notes';
import { CORRECTION, withBody } from '../support/notes-data';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const read = async (d: Download) => readFileSync((await d.path())!, 'utf8');

async function openNotes(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html#notes`);
  await backgroundReady(page);
  await page.reload();
}

async function exportJsonLd(popup: Page, label = 'JSON-LD') {
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: label, exact: true }).click(),
  ]);
  return JSON.parse(await read(download));
}

test('corrections travel in the JSON-LD export and come back on import; a malformed one is refused by name', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await openNotes(popup, extensionId);
  await popup
    .getByLabel('Import notes (JSON)')
    .setInputFiles(file('with-corrections.jsonld', toJsonLd(NOTES, 0, [CORRECTION])));
  await expect(
    popup.getByText('Imported 3 notes (0 merged) and 1 corrections of names (0 already here)'),
  ).toBeVisible();
  await popup.getByRole('tab', { name: 'On this page' }).click();
  await expect(popup.getByRole('region', { name: 'Your corrections' })).toContainText(
    'وجدة read as Jeddah (was Oujda)',
  );
  await popup.getByRole('tab', { name: 'Notes' }).click();
  const exported = await exportJsonLd(popup);
  expect(exported['hamish:corrections']).toEqual([CORRECTION]);
  expect(exported.total).toBe(3);

  const bad = JSON.parse(
    toJsonLd([NOTES[0]!], 0, [CORRECTION, { ...CORRECTION, entityId: 'Q1|x', to: { id: 42 as unknown as string } }]),
  );
  await popup.getByLabel('Import notes (JSON)').setInputFiles(file('bad.jsonld', JSON.stringify(bad)));
  await expect(popup.getByRole('alert')).toHaveText(
    '1 correction cannot be imported: correction 2.to.id must be a string of at most 200 characters. ' +
      'Nothing was imported.',
  );
  await popup.reload();
  await expect(popup.getByText('3 notes', { exact: true })).toBeVisible();
});

test('"Delete all notes" asks first, offers the export, and Undo brings every note back', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await openNotes(popup, extensionId);
  await popup.getByLabel('Import notes (JSON)').setInputFiles(file('notes.jsonld', toJsonLd(NOTES)));
  await expect(popup.getByText('3 notes', { exact: true })).toBeVisible();

  await popup.getByRole('button', { name: 'Delete all notes' }).click();
  const dialog = popup.getByRole('alertdialog');
  await expect(dialog).toContainText('Delete all 3 notes?');
  const backup = await exportJsonLd(popup, 'Export first (JSON-LD)');
  expect(backup.first.items).toHaveLength(3);
  await expect(popup.locator('li.note')).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Delete all', exact: true }).click();
  await expect(popup.getByText('No notes yet', { exact: false })).toBeVisible();
  await expect(popup.locator('li.note')).toHaveCount(0);
  await expect(popup.getByRole('status').filter({ hasText: '3 notes deleted.' })).toBeVisible();

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByText('3 notes', { exact: true })).toBeVisible();
  await popup.reload();
  await expect(popup.locator('li.note')).toHaveCount(3);
  const back = await exportJsonLd(popup);
  expect(back.first.items).toEqual(backup.first.items);
  // Search finds them again: the word index came back with them.
  await popup.getByRole('searchbox', { name: 'Search notes' }).fill('القاهرة');
  await expect(popup.locator('li.note')).toHaveCount(1);
});

test(
  '"On this page" exports the article with its names and the notes on it, ' + 'as Markdown and schema.org JSON-LD',
  async ({ context, extensionId, pages }) => {
    const article = pages.url('demo-article.html');
    const setup = await context.newPage();
    await openNotes(setup, extensionId);
    const mine: Note = { ...NOTES[0]!, url: article, body: 'ask about the <b>Amman</b> talks' };
    await setup.getByLabel('Import notes (JSON)').setInputFiles(file('mine.jsonld', toJsonLd([mine, NOTES[1]!])));
    await expect(setup.getByText('2 notes', { exact: true })).toBeVisible();

    const page = await context.newPage();
    await page.goto(article);
    await expect
      .poll(async () => (await highlighted(page))['hamish-person'] ?? [], { timeout: 20_000 })
      .not.toEqual([]);
    const popup = await context.newPage();
    await page.bringToFront();
    await popup.goto(`chrome-extension://${extensionId}/popup.html#page`);
    const group = popup.getByRole('group', { name: 'Export this article' });
    await expect(group).toBeVisible({ timeout: 15_000 });

    const [mdDownload] = await Promise.all([
      popup.waitForEvent('download'),
      group.getByRole('button', { name: 'Markdown' }).click(),
    ]);
    expect(mdDownload.suggestedFilename()).toMatch(/^hamish-article-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.md$/);
    const md = await read(mdDownload);
    expect(md).toContain(`# [غوتيريش يدعو من عمّان إلى هدنة إنسانية في السودان](${article})`);
    expect(md).toMatch(/^## People$/m);
    expect(md).toContain('**António Guterres**');
    expect(md).toContain('ask about the \\<b\\>Amman\\</b\\> talks');
    expect(md).not.toContain(NOTES[1]!.body);

    const [jsonDownload] = await Promise.all([
      popup.waitForEvent('download'),
      group.getByRole('button', { name: 'JSON-LD' }).click(),
    ]);
    const doc = JSON.parse(await read(jsonDownload));
    expect(doc).toMatchObject({
      '@type': 'NewsArticle',
      url: article,
      headline: 'غوتيريش يدعو من عمّان إلى هدنة إنسانية في السودان',
      datePublished: '2024-03-12',
    });
    expect(doc.mentions.map((m: { name: string }) => m.name)).toEqual(
      expect.arrayContaining(['Antonio Guterres', 'Amman', 'Sudan']),
    );
    expect(doc.comment.map((c: { text: string }) => c.text)).toEqual([mine.body]);
  },
);

test('notes at every edge of the schema survive import → edit → delete → undo in the popup', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const notes = EDGE_NOTES.map(([, n]) => n);
  const popup = await context.newPage();
  await openNotes(popup, extensionId);
  await popup.getByLabel('Import notes (JSON)').setInputFiles(file('edges.jsonld', toJsonLd(notes)));
  await expect(popup.getByText(`Imported ${notes.length} notes (0 merged)`)).toBeVisible();
  const rows = popup.locator('li.note');
  await expect(rows).toHaveCount(notes.length);
  for (const n of notes) {
    const row = popup.locator(`li.note[data-note-id="${n.id}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.getByLabel('Note').fill(withBody(n).body);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect(popup.locator(`li.note[data-note-id="${n.id}"] .body`)).toHaveText(withBody(n).body);
    await popup.locator(`li.note[data-note-id="${n.id}"]`).getByRole('button', { name: 'Delete' }).click();
    await expect(popup.locator(`li.note[data-note-id="${n.id}"]`)).toHaveCount(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect(popup.locator(`li.note[data-note-id="${n.id}"]`)).toHaveCount(1);
  }
  await popup.reload();
  await expect(rows).toHaveCount(notes.length);
  // Read back through the export: every field as imported, but the edited body and its time.
  const items = (await exportJsonLd(popup)).first.items as { id: string }[];
  const again = JSON.parse(toJsonLd(notes.map(withBody))).first.items as { id: string; modified: string }[];
  const byId = new Map(items.map((a) => [a.id, a]));
  for (const want of again) {
    const got = byId.get(want.id);
    expect(got, want.id).toBeDefined();
    expect({ ...got, modified: 'edited' }).toEqual({ ...want, modified: 'edited' });
  }
});

/** `n` notes like the first sample, each its own id and time. */
const manyNotes = (n: number): Note[] =>
  Array.from({ length: n }, (_, i) => ({
    ...NOTES[0]!,
    id: `0b1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`,
    created: 1_700_000_000_000 + i * 1000,
    updated: 1_700_000_000_000 + i * 1000,
    body: `note ${i}`,
  }));

test(
  'an export cut by a stopped worker still saves every note once; ' +
    'one with no room for its file saves nothing and says so',
  async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await openNotes(popup, extensionId);
    await popup.getByLabel('Import notes (JSON)').setInputFiles(file('many.jsonld', toJsonLd(manyNotes(3000))));
    await expect(popup.getByText('3000 notes', { exact: true })).toBeVisible({ timeout: 30_000 });

    // The worker is stopped once the export is under way (after its first page of 1,000 notes).
    const cdp = await context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    const downloaded = popup.waitForEvent('download', { timeout: 60_000 });
    await popup.getByRole('button', { name: 'JSON-LD', exact: true }).click();
    await expect(popup.getByText(/Exporting… [12]000 of 3000 notes/)).toBeVisible();
    await cdp.send('ServiceWorker.stopAllWorkers');
    const exported = JSON.parse(await read(await downloaded));
    const ids = (exported.first.items as { id: string }[]).map((n) => n.id);
    expect(exported.total).toBe(3000);
    expect(new Set(ids).size).toBe(3000);
    expect(ids).toHaveLength(3000);

    // A disk with 1 MB left: the 3000 notes' file does not fit.
    await popup.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'estimate', {
        value: async () => ({ quota: 2_000_000, usage: 1_000_000 }),
      });
    });
    await popup.reload();
    let saved = false;
    popup.on('download', () => (saved = true));
    await popup.getByRole('button', { name: 'Markdown', exact: true }).click();
    await expect(popup.getByRole('alert')).toHaveText(
      new RegExp(
        '^Not enough free disk space for the export: it needs about \\d+ MB, and 1 MB are free\\. ' +
          'No file was saved, and your notes are unchanged\\.$',
      ),
    );
    expect(saved).toBe(false);
    await expect(popup.locator('a[data-export]')).toHaveCount(0);
    await expect(popup.getByText('3000 notes', { exact: true })).toBeVisible();
  },
);
