// Chromium with the built extension loaded, headless, for the scripts that drive it (benches,
// screenshots): the extension id comes from its service worker's URL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browsers';

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
}

/**
 * `lang`: the browser's UI language, which the extension's i18n follows (en, ar); `profile`: the
 * user data directory (a fresh one when absent).
 */
export async function launchWithExtension(
  opts: { dir?: string; lang?: string; colorScheme?: 'light' | 'dark'; profile?: string } = {},
): Promise<LoadedExtension> {
  const ext = resolve(opts.dir ?? '.output/chrome-mv3');
  const lang = opts.lang ?? 'en';
  const context = await chromium.launchPersistentContext(opts.profile ?? mkdtempSync(join(tmpdir(), 'hamish-run-')), {
    executablePath: chromiumPath() ?? undefined,
    channel: 'chromium',
    headless: true,
    locale: lang === 'ar' ? 'ar' : 'en-US',
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    args: [...CHROMIUM_ARGS, `--lang=${lang}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
