import './eval-start';
import { browser } from 'wxt/browser';
import './highlights.css';
import { guessLanguage, type LangGuess } from '@/lib/detect';
// Not messages.ts: its table of every request's schemas is the background's to check.
import { createClient } from '@/lib/protocol/client';
import type { Message } from '@/lib/protocol/messages';
import { parseTabMessage, type TabAnswer } from '@/lib/protocol/tab-messages';
import type { PageInfo } from '@/lib/protocol/card';
import { err, ok } from '@/lib/result';
import { isNewsArticle } from '@/lib/news';
import type { Settings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/utils/settings';
import { ENTITY_TYPES } from '@/lib/types';
import { Annotator } from './annotator';
import { CardFrame } from './card-frame';
import { Hover } from './hover';
import type { Lifetime } from './lifetime';
import { newsSignals } from './news-signals';
import { Overlay } from './overlay';
import { reattachNotes } from './notes';
import { isOwn } from './own-nodes';
import { pagePort } from './page-port';
import { pageTitle, publicationDate, textSample } from './page-meta';
import { seenPage } from './seen';
import { yieldToPage } from './slices';
import { mark } from './timing';

// Every module above has been evaluated (eval-start.ts marked the first): the bench's evaluation.
mark('evaluated');

const LOAD_WAIT_MS = 30_000;

function languageOnceLoaded(ctx: { setTimeout: (fn: () => void, ms: number) => number }): Promise<LangGuess['lang']> {
  return new Promise((resolve) => {
    let timer = 0;
    const done = (lang: LangGuess['lang']) => {
      observer.disconnect();
      resolve(lang);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        const sample = textSample(document);
        const lang = guessLanguage(sample, document.documentElement.lang).lang;
        if (lang === 'ar' || sample.trim().length >= 500) done(lang);
      }, 300);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(() => done('other'), LOAD_WAIT_MS);
  });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The context is lifetime.ts's (see wxt.config.ts), which tells the page nothing.
  async main(ctx: Lifetime) {
    mark('start');
    // Read settings while the language is being decided.
    const stored = loadSettings();
    const sample = textSample(document);
    let lang = guessLanguage(sample, document.documentElement.lang).lang;
    // A page still loading its story (a single-page app) has almost no text yet: decide once it has.
    if (lang !== 'ar' && sample.trim().length < 200) lang = await languageOnceLoaded(ctx);
    const send = createClient((m: Message) => browser.runtime.sendMessage(m));
    let annotator: Annotator | null = null;
    let active = false;
    let siteOff = () => false;
    let ready = false; // settings read: the page can be marked

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      // Only the extension's own pages: the popup, also when it is open in a tab (Firefox sets
      // sender.tab then), never a content script of another tab.
      const ownPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
      if (sender.id !== browser.runtime.id || (sender.tab && !ownPage)) return false;
      const msg = parseTabMessage(raw);
      if (!msg.ok) return false;
      if (msg.value.type === 'tab/entities') {
        // Why a page is not marked: the reader switched the site off, or it does not look like news.
        const reason = active ? undefined : siteOff() ? 'site-off' : 'not-news';
        // The page facts are for the popup's export of this article.
        const page = /^https?:/.test(location.href)
          ? {
              url: location.href.split('#')[0]!,
              title: pageTitle(document),
              site: location.hostname,
              publishedAt: publicationDate(document),
            }
          : undefined;
        const answer: TabAnswer<'tab/entities'> = {
          site: location.hostname,
          lang,
          active,
          ...(reason ? { reason } : {}),
          ...(page ? { page } : {}),
          entities: annotator?.summary() ?? [],
          orphans: annotator?.orphans ?? [],
          coverage: annotator?.coverage() ?? null,
        };
        sendResponse(ok(answer));
      } else if (msg.value.type === 'tab/reveal') {
        sendResponse(ok(hover?.reveal(msg.value.id) ?? false));
      } else if (msg.value.type === 'tab/cardClosed') {
        hover?.closeCard(true);
      } else if (msg.value.type === 'tab/cardLayout') {
        hover?.layout(msg.value.layout);
        mark('card-layout', msg.value.layout.card);
      } else if (msg.value.type === 'tab/cardKey') {
        hover?.cardKey(msg.value.key);
      } else if (msg.value.type === 'tab/mark') {
        // "Mark this page" in the popup: this page only, nothing stored.
        if (ready) start();
        sendResponse(ready ? ok(true) : err('the page is still loading'));
      } else if (msg.value.type === 'tab/refresh') {
        void refresh(true).then(() => hover?.reopen());
      }
      return false;
    });
    if (lang !== 'ar') return;

    let settings!: Settings;
    const settingsRead = stored.then((s) => {
      settings = s;
      mark('settings');
      siteOff = () => settings.sites[location.hostname] === false;
      ready = true;
    });
    // A page that read as news when the script started is not read for its signals again when the
    // settings arrive: that second read ran in the tab while the engine's answer was on its way.
    let newsAtStart = false;
    const decide = () => {
      const atStart = newsAtStart;
      newsAtStart = false;
      return settings.sites[location.hostname] ?? (atStart || isNewsArticle(newsSignals(document, location)));
    };
    let hover: Hover | null = null;
    let overlay: Overlay | null = null;
    let observer: MutationObserver | null = null;
    let generation = 0;

    // Page facts are read once per address (a single-page app changes it on navigation).
    let infoCache: { href: string; value: PageInfo } | null = null;
    const info = (): PageInfo => {
      if (infoCache?.href !== location.href)
        infoCache = {
          href: location.href,
          value: {
            url: location.href.split('#')[0]!,
            title: pageTitle(document),
            site: location.hostname,
            publishedAt: publicationDate(document),
          },
        };
      return infoCache.value;
    };
    // Opened when the page is first marked (start), while its article is read.
    let sendPage: typeof send | null = null;
    const annotate = async (text: string, published: string | null) => {
      const r = await (sendPage ?? send)({ type: 'page/annotate', text, published });
      return r.ok ? r.value : null;
    };

    let running = 0;
    async function refresh(again = false) {
      if (!annotator || !ctx.isValid) return;
      const gen = ++generation;
      running++;
      const changed = await annotator
        .run(
          () => gen === generation && ctx.isValid,
          again,
          settingsRead,
          () => void yieldToPage().then(setUpHover),
        )
        .finally(() => running--);
      if (!changed || gen !== generation) return;
      mark('marked');
      const a = annotator;
      await yieldToPage();
      const seen = await seenPage(a, info());
      if (gen !== generation || annotator !== a) return;
      void send({ type: 'page/seen', page: seen });
      void reattachNotes(a, send, info().url);
    }

    // The pointer handling comes after the first paint (on a long page read in chunks, in a task of
    // its own right after the first chunk's paint). It puts nothing in the page: the overlay goes in at
    // the reader's first input (overlay.ts), the card's frame in a task of its own after it.
    function setUpHover() {
      if (!active || hover || !annotator || !overlay) return;
      // runtime.getURL gives Chrome's per-session URL of the card; once loaded, the card document
      // has the extension's fixed origin (the origin of any other extension URL).
      const origin = new URL(browser.runtime.getURL('/')).origin;
      const register = async (token: string) => (await send({ type: 'card/register', token })).ok;
      const makeCard = (o: Overlay) => new CardFrame(o, browser.runtime.getURL('/card.html'), origin, register);
      const label = () => browser.i18n.getMessage('addNote');
      hover = new Hover(document, annotator, overlay, makeCard, () => settings, send, label);
    }

    function start() {
      if (active) return;
      active = true;
      sendPage ??= createClient(
        pagePort(
          (name) => browser.runtime.connect({ name }),
          (m) => browser.runtime.sendMessage(m),
        ),
      );
      overlay = new Overlay(document);
      annotator = new Annotator(document, info, annotate, () => settings, overlay);
      void refresh()
        .then(() => settingsRead)
        .then(setUpHover);
      let timer = 0;
      let lastUrl = location.href;
      observer = new MutationObserver((records) => {
        // Only nodes the page adds wake us (a story arriving, a single-page navigation); our own
        // elements and highlight style changes do not, so nothing loops.
        if (!records.some((r) => !isOwn(r.target) && [...r.addedNodes].some((n) => !isOwn(n)))) return;
        clearTimeout(timer);
        timer = ctx.setTimeout(() => {
          if (location.href !== lastUrl) {
            lastUrl = location.href;
            annotator?.clear();
          }
          void refresh();
        }, 400);
      });
      observer.observe(document.body, { childList: true, subtree: true });
    }

    function stop() {
      if (!active) return;
      active = false;
      generation++; // a run under way paints nothing more
      observer?.disconnect();
      hover?.destroy();
      annotator?.clear();
      overlay?.remove();
      [hover, annotator, observer, overlay] = [null, null, null, null];
    }
    ctx.onInvalidated(stop);

    // A page that reads as news is read and annotated by the extension's own background while
    // the settings arrive; nothing is painted or recorded before they say this site is on.
    newsAtStart = isNewsArticle(newsSignals(document, location));
    if (newsAtStart) start();
    await settingsRead;

    ctx.onInvalidated(
      watchSettings((next) => {
        const before = settings;
        settings = next;
        // Hover delay, hold key, other sites: nothing on this page's marks changes.
        const painted = ENTITY_TYPES.every(
          (t) => before.shown[t] === settings.shown[t] && before.colors[t] === settings.colors[t],
        );
        if (!decide()) stop();
        else if (!active) start();
        else if (painted) return;
        else if (annotator?.page && !running) {
          // Types and colours are painting only; the text and its names stay as they are, and the
          // notes' highlights go back on.
          const gen = ++generation;
          const a = annotator;
          void a
            .restyle(settings, () => gen === generation && ctx.isValid)
            .then(() => {
              if (gen === generation) void reattachNotes(a, send, info().url);
            });
        }
        // Nothing painted yet, or a run under way: the run would be cancelled, so start it again.
        else void refresh();
      }),
    );

    mark('decide');
    if (decide()) start();
    else stop();
  },
});
