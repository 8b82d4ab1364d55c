import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeTranslate, uiDirection } from '@/components/i18n';
import { Options } from '@/components/Options';
import '@/components/ui.css';

const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());
document.title = t('optionsTitle');

render(<Options t={t} usage={null} />, root);
void navigator.storage.estimate().then((e) => render(<Options t={t} usage={{ used: e.usage ?? 0, quota: e.quota ?? 0 }} />, root));
