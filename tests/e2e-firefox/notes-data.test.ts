// The reader's data through the real popup in Firefox: corrections in export and import, "Delete
// all notes" with its confirmation and Undo, and notes at every edge of the schema through
// import → edit → delete → undo (read back through the export).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { toJsonLd } from '../../lib/notes/export';
import { launchFirefox, openExtensionPage } from './firefox';
import { waitFor } from './helpers';
import { NOTES } from '../support/sample-notes';
import { EDGE_NOTES } from '../support/edge-notes';
import { CORRECTION, withBody } from '../support/notes-data';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-ff-data-'));
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
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

/** Clicks an export button and reads the file back from the blob link it leaves. */
async function exported(p: Page, label: string) {
  await p.$$eval('a[data-export]', (as) => as.forEach((a) => a.remove()));
  await click(p, label);
  const href = await waitFor(
    () => p.$eval('a[data-export]', (a) => a.getAttribute('href')).catch(() => null),
    (h) => h !== null,
    60_000,
  );
  return JSON.parse(await p.evaluate((h) => fetch(h!).then((r) => r.text()), href));
}

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
