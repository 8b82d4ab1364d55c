// The browser's own floor for the popup's first row, for scripts/bench/bench-popup.ts: pages of the
// built extension that paint a row like the popup's first note with no script at all, opened the
// same way as the popup. The bench writes them into the build directory for its run and removes
// them after (the extension's id, and so its seeded profile, stays the same; no build ships them).
//   - "empty page": a bare document with the row;
//   - "popup.html, no script": the built popup.html (its head and stylesheet) with the row in place
//     of its scripts.
// The popup's first row minus these is what Hamish's own code costs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROW =
  '<blockquote dir="auto" lang="ar" elementtiming="first-note">دعا الأمين العام إلى وقف إطلاق النار</blockquote>';

export const FLOOR_PAGES = [
  ['empty page', 'bench-floor-empty.html'],
  ['popup.html, no script', 'bench-floor-popup.html'],
] as const;

/** Writes the floor pages into `extensionDir`; the returned function removes them. */
export function writeFloorPages(extensionDir: string): () => void {
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const noScript = popup
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace('<div id="app"></div>', `<div id="app">${ROW}</div>`);
  if (!noScript.includes(ROW)) throw new Error('popup.html has no <div id="app"></div> to put the floor row in');
  const pages: Record<(typeof FLOOR_PAGES)[number][1], string> = {
    'bench-floor-empty.html': `<!doctype html><meta charset="utf-8"><title>floor</title>${ROW}`,
    'bench-floor-popup.html': noScript,
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(extensionDir, name), html);
  return () => {
    for (const name of Object.keys(pages)) rmSync(join(extensionDir, name), { force: true });
  };
}
