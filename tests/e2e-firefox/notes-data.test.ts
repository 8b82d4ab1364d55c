// The reader's data through the real popup in Firefox: corrections in export and import, "Delete
// all notes" with its confirmation and Undo, notes at every edge of the schema through
// import → edit → delete → undo (read back through the export), and the export of one article
// from "On this page".
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { toJsonLd } from '../../lib/notes/export';
import type { Note } from '../../lib/protocol/note';
import { launchFirefox, openExtensionPage } from './firefox';
import { highlighted, waitFor } from './helpers';
import { servePages, type PageServer } from '../support/server';
import { NOTES } from '../support/sample-notes';
import { EDGE_NOTES } from '../support/edge-notes';
import { CORRECTION, withBody } from '../support/notes-data';

let browser: Browser;
let pages: PageServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-ff-data-'));
  pages = await servePages();
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await pages?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (p: Page, sel: string) =>
  p.$$eval(sel, (els) => els.map((e) => e.textContent ?? '').join('\n')).catch(() => '');
const until = async (p: Page, sel: string, ok: (s: string) => boolean, what: string) => {
  const got = await waitFor(() => text(p, sel), ok, 60_000);
  if (!ok(got)) throw new Error(`${what}: last seen ${got.slice(0, 300)}`);
  return got;
};
const click = (p: Page, label: string, within = 'body') =>
  p.$$eval(`${within} button`, (bs, l) => bs.find((b) => b.textContent?.trim() === l)?.click(), label);

async function importFile(p: Page, name: string, content: string) {
  const path = join(dir, name);
  writeFileSync(path, content);
  await (await p.$('input[type=file]'))!.uploadFile(path);
}

/** Clicks an export button and reads the file's name and text back from the blob link it leaves. */
async function exportedFile(p: Page, label: string, within = 'body') {
  await p.$$eval('a[data-export]', (as) => as.forEach((a) => a.remove()));
  await click(p, label, within);
  const link = await waitFor(
    () => p.$eval('a[data-export]', (a) => [a.getAttribute('href'), a.getAttribute('download')]).catch(() => null),
    (l) => l !== null,
    60_000,
  );
  if (!link?.[0]) throw new Error(`${label}: no file`);
  return { name: link[1] ?? '', text: await p.evaluate((h) => fetch(h).then((r) => r.text()), link[0]) };
}
const exported = async (p: Page, label: string) => JSON.parse((await exportedFile(p, label)).text);

async function freshPopup() {
  const p = await openExtensionPage(browser, 'popup.html#notes');
  await until(p, 'main', (s) => s.includes('Export'), 'popup ready');
  return p;
}

it('carries corrections through export and import, and refuses a malformed one by name', async () => {
  const popup = await freshPopup();
  await importFile(popup, 'with-corrections.jsonld', toJsonLd(NOTES, 0, [CORRECTION]));
  await until(
    popup,
    '.tools .ok',
    (s) => s.includes('Imported 3 notes (0 merged) and 1 corrections of names (0 already here)'),
    'import report',
  );
  const file = await exported(popup, 'JSON-LD');
  expect(file['hamish:corrections']).toEqual([CORRECTION]);
  await click(popup, 'On this page');
  await until(popup, 'section.corrections', (s) => s.includes('وجدة read as Jeddah (was Oujda)'), 'corrections list');
  await click(popup, 'Notes');

  const bad = JSON.parse(
    toJsonLd([NOTES[0]!], 0, [CORRECTION, { ...CORRECTION, entityId: 'Q1|x', form: 7 as unknown as string }]),
  );
  await importFile(popup, 'bad.jsonld', JSON.stringify(bad));
  await until(
    popup,
    '[role=alert]',
    (s) =>
      s ===
      '1 correction cannot be imported: ' +
        'correction 2.form must be a string of at most 300 characters. Nothing was imported.',
    'refusal',
  );
  const again = await freshPopup();
  await until(again, '.count', (s) => s === '3 notes', 'count after the refused file');
});

it('deletes all notes after a confirmation that offers the export, and Undo brings every one back', async () => {
  const popup = await freshPopup();
  await until(popup, '.count', (s) => s === '3 notes', 'notes from the first test');
  await click(popup, 'Delete all notes');
  await until(popup, '[role=alertdialog]', (s) => s.includes('Delete all 3 notes?'), 'confirmation');
  const backup = await exported(popup, 'Export first (JSON-LD)');
  expect(backup.first.items).toHaveLength(3);
  await click(popup, 'Delete all', '[role=alertdialog]');
  await until(popup, 'main', (s) => s.includes('No notes yet') && s.includes('3 notes deleted.'), 'all deleted');
  await click(popup, 'Undo', '.toast');
  await until(popup, '.count', (s) => s === '3 notes', 'undone');
  const again = await freshPopup();
  await until(again, '.count', (s) => s === '3 notes', 'still there in a new popup');
  expect((await exported(again, 'JSON-LD')).first.items).toEqual(backup.first.items);
});

it('keeps notes at every edge of the schema through import → edit → delete → undo', async () => {
  const notes = EDGE_NOTES.map(([, n]) => n);
  const popup = await freshPopup();
  await importFile(popup, 'edges.jsonld', toJsonLd(notes));
  await until(popup, '.tools .ok', (s) => s.includes(`Imported ${notes.length} notes (0 merged)`), 'import');
  for (const n of notes) {
    const row = `li.note[data-note-id="${n.id}"]`;
    await waitFor(
      () => popup.$(row),
      (el) => el !== null,
      30_000,
    );
    await click(popup, 'Edit', row);
    await popup.$eval(
      `${row} textarea`,
      (el, body) => {
        (el as HTMLTextAreaElement).value = body;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      withBody(n).body,
    );
    await click(popup, 'Save', row);
    await until(popup, `${row} .body`, (s) => s === withBody(n).body, `edited ${n.id}`);
    await click(popup, 'Delete', row);
    await waitFor(
      () => popup.$(row),
      (el) => el === null,
      30_000,
    );
    expect(await popup.$(row)).toBeNull();
    await click(popup, 'Undo', '.toast');
    await waitFor(
      () => popup.$(row),
      (el) => el !== null,
      30_000,
    );
  }
  const again = await freshPopup();
  const items = (await exported(again, 'JSON-LD')).first.items as { id: string; modified: string }[];
  const want = JSON.parse(toJsonLd(notes.map(withBody))).first.items as { id: string; modified: string }[];
  for (const w of want) {
    const got = items.find((a) => a.id === w.id);
    expect(got, w.id).toBeDefined();
    expect({ ...got, modified: 'edited' }).toEqual({ ...w, modified: 'edited' });
  }
}, 240_000);

it('exports the article open in the active tab from "On this page", as Markdown and schema.org JSON-LD', async () => {
  const url = pages.url('demo-article.html');
  const mine: Note = {
    ...NOTES[0]!,
    id: '0b1c2d3e-0000-4000-8000-000000000009',
    url,
    body: 'ask about the <b>Amman</b> talks',
  };
  const setup = await freshPopup();
  await importFile(setup, 'mine.jsonld', toJsonLd([mine]));
  await until(setup, '.tools .ok', (s) => s.includes('Imported 1 notes (0 merged)'), 'import');
  await setup.close();

  const article = await browser.newPage();
  await article.goto(url);
  const marks = await waitFor(
    () => highlighted(article),
    (m) => (m['hamish-person'] ?? []).length > 0,
    30_000,
  );
  expect(marks['hamish-person']).not.toEqual([]);
  // The popup asks the active tab, so the article tab is brought back to front before it loads.
  const popup = await openExtensionPage(browser, 'popup.html#page', article);
  const group = '[role=group][aria-label="Export this article"]';
  await until(popup, group, (s) => s.includes('Markdown') && s.includes('JSON-LD'), 'export group');

  const md = await exportedFile(popup, 'Markdown', group);
  expect(md.name).toMatch(/^hamish-article-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain(`# [غوتيريش يدعو من عمّان إلى هدنة إنسانية في السودان](${url})`);
  expect(md.text).toMatch(/^## People$/m);
  expect(md.text).toContain('**António Guterres**');
  expect(md.text).toContain('ask about the \\<b\\>Amman\\</b\\> talks');
  expect(md.text).not.toContain(NOTES[1]!.body);

  const json = await exportedFile(popup, 'JSON-LD', group);
  expect(json.name).toMatch(/^hamish-article-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const doc = JSON.parse(json.text);
  expect(doc).toMatchObject({
    '@type': 'NewsArticle',
    url,
    headline: 'غوتيريش يدعو من عمّان إلى هدنة إنسانية في السودان',
    datePublished: '2024-03-12',
  });
  expect(doc.mentions.map((m: { name: string }) => m.name)).toEqual(
    expect.arrayContaining(['Antonio Guterres', 'Amman', 'Sudan']),
  );
  expect(doc.comment.map((c: { text: string }) => c.text)).toEqual([mine.body]);
}, 180_000);
