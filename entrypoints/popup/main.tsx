import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeTranslate, uiDirection } from '@/components/i18n';
import '@/components/ui.css';
import { browserApi } from './api';
import { PopupApp } from './app';

performance.mark('hamish:popup-start');
const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());
document.title = t('extName');

void browserApi().then((api) =>
  render(
    <PopupApp
      t={t}
      api={api}
      initialTab={location.hash === '#notes' ? 'notes' : location.hash === '#page' ? 'page' : null}
    />,
    document.getElementById('app')!,
  ),
);
