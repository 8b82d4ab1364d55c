import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: storage for settings, activeTab+scripting are not needed because the
// content script is declared statically; tabs is not requested (the popup talks to the
// active tab through runtime messages that carry the tab id from the sender).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    // The hover card is an extension page framed inside news pages; nothing else is exposed.
    web_accessible_resources: [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }],
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
