// Playwright fixtures: a persistent Chromium context with the built extension loaded, the
// extension id, and the local page server.
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browsers';
import { servePages, type PageServer } from '../support/server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export const test = base.extend<{ context: BrowserContext; extensionId: string }, { pages: PageServer }>({
  pages: [
    async ({}, use) => {
      const server = await servePages();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'hamish-chromium-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath() ?? undefined,
      channel: 'chromium',
      headless: true,
      locale: 'en-US',
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
