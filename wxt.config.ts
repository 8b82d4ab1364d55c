import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { engineFiles } from './scripts/build/engine-files';

// Least privilege: storage for settings, activeTab+scripting are not needed because the
// content script is declared statically; tabs is not requested (the popup talks to the
// active tab through runtime messages that carry the tab id from the sender).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    // engineFiles: the tagger's binary file beside the background, which fetches it at start.
    plugins: [preact(), engineFiles()],
    // The bench build is minified like the shipped one (its script's compile is part of the first
    // page's figures), but keeps its identifiers, so a trace of a slow page names what ran.
    build:
      env.mode === 'bench'
        ? { rolldownOptions: { output: { minify: { compress: {}, mangle: { keepNames: true }, codegen: true } } } }
        : {},
    // WXT's content script context talks to the page and obeys it (see lifetime.ts): ours does not.
    resolve: {
      alias: {
        'wxt/utils/content-script-context': fileURLToPath(new URL('entrypoints/content/lifetime.ts', import.meta.url)),
        'wxt/browser': fileURLToPath(new URL('shims/browser.ts', import.meta.url)),
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    // The hover card is an extension page framed inside news pages; nothing else is exposed.
    // Chrome: reachable only at a per-session URL (chrome-extension://<random>/card.html), so a page
    // cannot find Hamish by fetching chrome-extension://<its public id>/card.html. Firefox MV2 has no
    // such key (WXT drops it there); its moz-extension:// origin is a random per-install UUID.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hamish@hamish.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
