// Finds the browsers the end-to-end tests drive: Debian's packages, or CHROMIUM_PATH / FIREFOX_PATH.
import { existsSync } from 'node:fs';

const firstExisting = (paths: (string | undefined)[]) => paths.find((p): p is string => !!p && existsSync(p)) ?? null;

export const chromiumPath = () =>
  firstExisting([
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]);

export const firefoxPath = () => firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

export const HOW_TO_GET =
  'install them with: sudo apt-get install chromium firefox-esr (or set CHROMIUM_PATH / FIREFOX_PATH)';

/** Chromium flags that keep a test run quiet and offline on this machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
