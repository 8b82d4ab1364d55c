// `npm run screenshots`: builds the extension, loads it in Chromium on the demo article and saves
// the card of one name in the English and the Arabic UI, on a light and on a dark page, to
// docs/screenshots/ (the README shows them).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../tests/support/chromium-extension';
import { centreOf, textRect } from '../../tests/support/in-page';
import { servePages } from '../../tests/support/server';
import { namesPainted } from '../../tests/support/marks';

const OUT = resolve('docs/screenshots');
const NAME = 'أيمن الصفدي';
// A dark news page: the site's own colours, which the card does not take on.
const DARK_PAGE = 'html,body{background:#15171a !important;color:#e6e6e6 !important} a{color:#8ab4f8 !important}';

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const server = await servePages();

/** The box of Hamish's card once it shows, from its frame (the frame sits in a closed shadow root). */
async function cardBox(page: Page, extensionId: string) {
  for (let i = 0; i < 100; i++) {
    for (const f of page.frames()) {
      if (!f.url().startsWith(`chrome-extension://${extensionId}/card.html`)) continue;
      const box = await (await f.frameElement()).boundingBox();
      if (box && box.width > 0 && (await f.locator('h2, h1').count()) > 0) return box;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('the card did not show');
}

for (const lang of ['en', 'ar'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const { context, extensionId } = await launchWithExtension({ lang, colorScheme: scheme });
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(server.url('demo-article.html'));
    if (scheme === 'dark') await page.addStyleTag({ content: DARK_PAGE });
    await page.waitForFunction(namesPainted, null, { timeout: 60_000 });
    const r = await page.evaluate(textRect, NAME);
    if (!r) throw new Error(`not on the demo article: ${NAME}`);
    const p = centreOf(r);
    await page.mouse.move(p.x, p.y);
    await cardBox(page, extensionId);
    await page.waitForTimeout(800); // the reader's notes and history arrive after the first paint
    const box = await cardBox(page, extensionId);
    // The card with the name it belongs to.
    const x = Math.max(0, Math.min(box.x, r.x) - 24);
    const y = Math.max(0, Math.min(box.y, r.y) - 24);
    const clip = {
      x,
      y,
      width: Math.min(900 - x, Math.max(box.x + box.width, r.x + r.width) - x + 24),
      height: Math.min(700 - y, Math.max(box.y + box.height, r.y + r.height) - y + 24),
    };
    const file = resolve(OUT, `card-${lang}-${scheme}.png`);
    await page.screenshot({ path: file, clip });
    console.log(`saved ${file}`);
    await context.close();
  }
}
await server.close();
