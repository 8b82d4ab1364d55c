// The popup with the built extension in Firefox: import, search, export (read back from the
// blob link), delete + undo, and a malformed import that changes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { toJsonLd } from '../../lib/notes/export';
import { launchFirefox, openExtensionPage } from './firefox';
import { NOTES, notesOnOneName } from '../support/sample-notes';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-ff-popup-'));
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const until = async <T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, tries = 50): Promise<T> => {
  let v = await get();
  for (let i = 0; i < tries && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 200));
    v = await get();
  }
  if (!ok(v)) throw new Error(`${what}: last seen ${JSON.stringify(v)}`);
  return v;
};
const rowTexts = (p: Page) => p.$$eval('li.note', (els) => els.map((e) => e.textContent ?? ''));
const text = (p: Page, sel: string) => p.$eval(sel, (e) => e.textContent ?? '').catch(() => '');
const clickButton = (p: Page, label: string, within = 'body') =>
  p.$$eval(`${within} button`, (bs, l) => bs.find((b) => b.textContent?.trim() === l)?.click(), label);

async function importFile(p: Page, name: string, content: string) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const input = await p.$('input[type=file]');
  await input!.uploadFile(path);
}

async function search(p: Page, query: string) {
  await p.$eval(
    'input[type=search]',
    (el, q) => {
      (el as HTMLInputElement).value = q;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    query,
  );
}

it('imports, searches, exports, deletes with undo, and refuses a bad file', async () => {
  const popup = await openExtensionPage(browser, 'popup.html#notes');
  await until(
    'empty list',
    () => text(popup, 'main'),
    (s) => s.includes('No notes yet'),
  );
  expect(
    await popup.$eval(
      'input[type=search]',
      (e) => e.closest('label')?.textContent?.trim() ?? e.getAttribute('aria-label'),
    ),
  ).toBe('Search notes');

  await importFile(popup, 'notes.jsonld', toJsonLd(NOTES));
  await until(
    'import message',
    () => text(popup, 'main'),
    (s) => s.includes('Imported 3 notes (0 merged)'),
  );
  await until(
    'three rows',
    () => rowTexts(popup),
    (r) => r.length === 3,
  );

  await search(popup, 'الامين العام');
  const arabic = await until(
    'Arabic search',
    () => rowTexts(popup),
    (r) => r.length === 1,
  );
  expect(arabic[0]).toContain('António Guterres');
  await search(popup, 'Cairo');
  // The background answers each search: the rows change once its answer is in.
  const english = await until(
    'English search',
    () => rowTexts(popup),
    (r) => r.length === 1 && !r[0]!.includes('António Guterres'),
  );
  expect(english[0]).toContain('القاهرة');
  expect(english[0]).not.toContain('António Guterres');
  await search(popup, 'nothing like this');
  await until(
    'no match',
    () => rowTexts(popup),
    (r) => r.length === 0,
  );
  await search(popup, '');
  await until(
    'all rows back',
    () => rowTexts(popup),
    (r) => r.length === 3,
  );

  await clickButton(popup, 'JSON-LD');
  const link = await until(
    'export link',
    () =>
      popup
        .$eval('a[data-export]', (a) => ({ name: a.getAttribute('download'), href: a.getAttribute('href') }))
        .catch(() => null),
    (v) => v !== null,
  );
  expect(link!.name).toMatch(/^hamish-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
  const exported = JSON.parse(await popup.evaluate((href) => fetch(href).then((r) => r.text()), link!.href!));
  expect(exported.first.items.map((a: { id: string }) => a.id).sort()).toEqual(NOTES.map((n) => `urn:uuid:${n.id}`));

  await popup.$$eval('li.note', (els) =>
    [...els]
      .find((e) => e.textContent?.includes('ارتفعت أسعار النفط'))
      ?.querySelector<HTMLButtonElement>('button.danger')
      ?.click(),
  );
  const afterDelete = await until(
    'two rows',
    () => rowTexts(popup),
    (r) => r.length === 2,
  );
  expect(afterDelete.join()).not.toContain('ارتفعت أسعار النفط');
  await clickButton(popup, 'Undo', '.toast');
  const afterUndo = await until(
    'three rows again',
    () => rowTexts(popup),
    (r) => r.length === 3,
  );
  expect(afterUndo.join()).toContain('ارتفعت أسعار النفط');

  const bad = {
    type: 'AnnotationCollection',
    first: { items: [{ type: 'Annotation', target: { source: 'https://x.example/' } }] },
  };
  await importFile(popup, 'bad.json', JSON.stringify(bad));
  const alert = await until(
    'import error',
    () => text(popup, '[role=alert]'),
    (s) => s.length > 0,
  );
  expect(alert).toBe('1 of 1 notes cannot be imported: annotation 1 has no urn:uuid id. Nothing was imported.');

  // A fresh popup reads the store again: the undo was saved and the bad file added nothing.
  const again = await openExtensionPage(browser, 'popup.html#notes');
  await until(
    'count after reopening',
    () => text(again, '.count'),
    (s) => s === '3 notes',
  );
  expect((await rowTexts(again)).join()).toContain('ارتفعت أسعار النفط');
});

it('lists a name in many notes a page at a time, newest first, each once', async () => {
  const popup = await openExtensionPage(browser, 'popup.html#notes');
  await until(
    'the list',
    () => text(popup, 'main'),
    (s) => s.includes('notes'),
  );
  await importFile(popup, 'many.jsonld', toJsonLd(notesOnOneName(120)));
  await until(
    'import message',
    () => text(popup, 'main'),
    (s) => s.includes('Imported 120 notes (0 merged)'),
  );
  // The browser is shared with the test before: its notes stay in the list beside these.
  await until(
    'the newest of them listed',
    () => rowTexts(popup),
    (r) => r.some((t) => t.includes('n 119')),
  );
  await popup.$$eval('li.note', (els) =>
    els
      .find((e) => e.textContent?.includes('n 119'))
      ?.querySelector<HTMLButtonElement>('button.link')
      ?.click(),
  );
  const bodies = () => popup.$$eval('.entity-view li.note .body', (els) => els.map((e) => e.textContent?.trim() ?? ''));
  const newest = (k: number) => Array.from({ length: k }, (_, i) => `n ${119 - i}`);
  expect(await until('first page', bodies, (b) => b.length === 50)).toEqual(newest(50));
  await clickButton(popup, 'Show more', '.entity-view');
  await until('second page', bodies, (b) => b.length === 100);
  await clickButton(popup, 'Show more', '.entity-view');
  expect(await until('last page', bodies, (b) => b.length === 120)).toEqual(newest(120));
  expect(await popup.$$eval('.entity-view button.more', (bs) => bs.length)).toBe(0);
});
