// Mounts the popup (main.tsx loads this after asking for the first notes).
import '@/components/ui.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeTranslate, uiDirection } from '@/components/i18n';
import { createClient, type Answer, type Send } from '@/lib/protocol/messages';
import type { Result } from '@/lib/result';
import { browserApi, messageClient } from './api';
import { PopupApp } from './app';
import { afterPaint, nextFrame } from './frames';
import { FIRST_NOTES } from '@/lib/protocol/first-notes';

export async function start(asked: Promise<unknown>) {
  const firstNotes = createClient(() => asked)(FIRST_NOTES);
  void firstNotes.then(() => performance.mark('hamish:notes-answered'));
  const raw = messageClient();
  // An undo of "Delete all notes" lasts while the popup that did it is open: the next one forgets.
  // Asked once the first rows are painted: the first page no longer needs the background, which
  // this message may have to start, and its start must not compete with that paint. A "Delete all"
  // of this popup waits for it, so it never empties that delete's own trash.
  const trashEmptied = firstNotes.then(afterPaint).then(() => raw({ type: 'notes/emptyTrash' }));
  const send: Send = (m) => (m.type === 'notes/deleteAll' ? trashEmptied.then(() => raw(m)) : raw(m));
  const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());
  document.title = t('extName');

  // Mounted with the rows when they come before the next frame (whose paint would show an empty
  // list otherwise), else with an empty list at that frame: the rows then follow as they come.
  const [api, answered] = await Promise.all([
    browserApi(send),
    Promise.race<Result<Answer<'notes/find'>> | undefined>([firstNotes, nextFrame().then(() => undefined)]),
  ]);
  render(
    <PopupApp
      t={t}
      api={api}
      initialTab={location.hash === '#notes' ? 'notes' : location.hash === '#page' ? 'page' : null}
      firstNotes={firstNotes}
      answered={answered}
    />,
    document.getElementById('app')!,
  );
  performance.mark('hamish:app-rendered');
}
