import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeTranslate, uiDirection } from '@/components/i18n';
import '@/components/ui.css';
import { browserApi, messageClient } from './api';
import { PopupApp } from './app';
import { PAGE } from './notes-list';

performance.mark('hamish:popup-start');
// The newest notes are asked before anything is rendered or asked of the tab: the background
// reads them while the popup builds its shell.
const send = messageClient();
const firstNotes = send({ type: 'notes/find', filter: {}, after: null, limit: PAGE });
// An undo of "Delete all notes" lasts while the popup that did it is open: the next one forgets.
// Asked first, so no delete made in this popup can come before it.
void send({ type: 'notes/emptyTrash' });
const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());
document.title = t('extName');

void browserApi(send).then((api) =>
  render(
    <PopupApp
      t={t}
      api={api}
      initialTab={location.hash === '#notes' ? 'notes' : location.hash === '#page' ? 'page' : null}
      firstNotes={firstNotes}
    />,
    document.getElementById('app')!,
  ),
);
