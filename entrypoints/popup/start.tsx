// Mounts the popup (main.tsx loads this after asking for the first notes).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeTranslate, uiDirection } from '@/components/i18n';
import { createClient, type Answer } from '@/lib/protocol/messages';
import type { Result } from '@/lib/result';
import { browserApi, messageClient } from './api';
import { PopupApp } from './app';
import { FIRST_NOTES } from '@/lib/protocol/first-notes';

/** Resolves at the start of the next frame, before it is painted. */
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

export async function start(asked: Promise<unknown>) {
  const firstNotes = createClient(() => asked)(FIRST_NOTES);
  void firstNotes.then(() => performance.mark('hamish:notes-answered'));
  const send = messageClient();
  // An undo of "Delete all notes" lasts while the popup that did it is open: the next one forgets.
  // Asked before any delete of this popup can be (they need the notes shown), after the first notes.
  void firstNotes.finally(() => send({ type: 'notes/emptyTrash' }));
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
