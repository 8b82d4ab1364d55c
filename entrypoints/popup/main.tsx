import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClient, type Message } from '@/lib/messages';
import { makeTranslate, uiDirection } from '@/components/i18n';
import { Popup } from '@/components/Popup';
import type { PageSummary } from '@/components/PagesList';
import type { PageRecord } from '../background/db';
import '@/components/ui.css';

const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
const send = createClient((m: Message) => browser.runtime.sendMessage(m));
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());
document.title = t('extName');

const openOptions = () => void browser.runtime.openOptionsPage();
const show = (pages: PageSummary[] | null, error: string | null) =>
  render(<Popup t={t} pages={pages} error={error} onOpenOptions={openOptions} />, root);

show(null, null);
void send<PageRecord[]>({ type: 'pages/recent', limit: 50 }).then((r) => {
  if (!r.ok) return show(null, r.error);
  show(
    r.value.map((p) => ({ url: p.url, title: p.title, site: p.site, publishedAt: p.publishedAt, entityCount: p.entities.length })),
    null,
  );
});
