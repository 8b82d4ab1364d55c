// The hover card, an extension page shown in an iframe inside the web page: the page cannot read
// or script it, and only the background can feed it (through the "card" port).
import { render } from 'preact';
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { Card, type CardProps } from '@/components/card/Card';
import type { CorrectProps } from '@/components/card/Correct';
import { correctionKey } from '@/lib/readings';
import { makeTranslate, uiDirection } from '@/components/i18n';
import { check } from '@/lib/protocol/check';
import { cardPortMessage, cardTokenMessage, copyText, type CardKey, type CardPayload } from '@/lib/protocol/card';
import { createClient, type Message } from '@/lib/protocol/messages';
import type { Mention, CorrectionTarget } from '@/lib/protocol/store';
import { sortTimeline, type TimelineItem } from '@/lib/timeline';
import { showRomanization } from '@/lib/romanize-style';
import { loadSettings, watchSettings } from '@/utils/settings';
import type { Settings } from '@/lib/settings';
import '@/components/card/card.css';

const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
const send = createClient((m: Message) => browser.runtime.sendMessage(m));
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());

type Callbacks = 'onSave' | 'onClose' | 'onPin' | 'onWide' | 'onCopy' | 'correct';
let current: CardPayload | null = null;
let state: Omit<CardProps, 't' | Callbacks | 'pinned' | 'wide' | 'copyStatus'> | null = null;
let view = {
  pinned: false,
  wide: false,
  copyStatus: 'idle' as CardProps['copyStatus'],
  correctStatus: { kind: 'idle' } as CorrectProps['status'],
};
let generation = 0;

const close = () => void send({ type: 'card/closed' });
const paint = () => {
  if (!current || !state) return render(null, root);
  render(
    <Card
      key={`${current.entity?.id ?? current.quote.exact}|${current.position?.start ?? ''}`}
      t={t}
      {...state}
      {...view}
      onSave={save}
      onClose={close}
      onPin={(pinned) => setView({ pinned })}
      onWide={(wide) => setView({ wide })}
      onCopy={() => void copy()}
      correct={{
        status: view.correctStatus,
        onCorrect: (to, english) => void correctTo(to, english),
        onUndo: () => void undoCorrection(),
      }}
    />,
    root,
  );
};

function setView(v: Partial<typeof view>) {
  view = { ...view, ...v };
  paint();
  reportLayout();
}

// The frame is sized by the content script, which cannot see into this page: tell it, through
// the background, the height the card's content needs (it caps it; beyond that this page scrolls).
let lastLayout = '';
function reportLayout() {
  const article = root.firstElementChild as HTMLElement | null;
  // A frame whose host was display:none until this card has no viewport yet and measures 0 (the
  // content script would show a 120 px card until the next report): the resize that follows the
  // host's first layout reports the real height.
  if (!article || window.innerWidth === 0) return;
  const layout = { height: Math.ceil(article.getBoundingClientRect().height), pinned: view.pinned, wide: view.wide };
  const key = JSON.stringify(layout);
  if (key === lastLayout) return;
  lastLayout = key;
  void send({ type: 'card/layout', layout });
}
const sizes = new ResizeObserver(() => reportLayout());
new MutationObserver(() => {
  sizes.disconnect();
  if (root.firstElementChild) sizes.observe(root.firstElementChild);
  reportLayout();
}).observe(root, { childList: true });

// A correction is saved by the background, which has the tab read its text again: the card then
// gets the name's new reading (or, for "not a name", keeps showing this one with its Undo).
async function correctTo(to: CorrectionTarget | null, toEnglish: string | null) {
  const e = current?.entity;
  if (!current || !e?.form) return;
  const r = await send({
    type: 'corrections/save',
    correction: {
      form: e.form,
      fromId: e.fromId ?? e.id,
      arabic: e.arabic,
      fromEnglish: e.english ?? e.romanized,
      toEnglish,
      url: current.page.url,
      to,
    },
  });
  setView({ correctStatus: r.ok ? { kind: to ? 'saved' : 'removed' } : { kind: 'error', message: r.error } });
}

async function undoCorrection() {
  const e = current?.entity;
  if (!e?.form) return;
  const r = await send({ type: 'corrections/delete', key: correctionKey(e.fromId ?? e.id, e.form) });
  setView({ correctStatus: r.ok ? { kind: 'undone' } : { kind: 'error', message: r.error } });
}

async function copy() {
  if (!current) return;
  const ok = await navigator.clipboard.writeText(copyText(current)).then(
    () => true,
    () => false,
  );
  setView({ copyStatus: ok ? 'copied' : 'failed' });
}

/** Where the content script asked focus to go: the card (stepping), or its note box (Alt+Shift+M). */
function focusFor(card: CardPayload) {
  if (!card.focus) return;
  const el = card.focus === 'note' ? document.getElementById('note') : (root.firstElementChild as HTMLElement | null);
  el?.focus();
}

function historyItems(mentions: Mention[]): TimelineItem[] {
  return mentions.map((m) => ({ date: m.date, label: m.title || m.url, source: 'history', url: m.url }));
}

// Read once and kept current, so a card does not wait for storage before it paints.
let romanization: Promise<Settings['romanization']> = loadSettings().then((s) => s.romanization);
watchSettings((s) => (romanization = Promise.resolve(s.romanization)));

async function show(raw: CardPayload) {
  const gen = ++generation;
  const style = await romanization;
  const card = raw.entity
    ? { ...raw, entity: { ...raw.entity, romanized: showRomanization(raw.entity.romanized, style) } }
    : raw;
  // A new reading of the same name keeps the correction's message; another name starts afresh.
  const sameName =
    !!current?.entity && current.entity.form === card.entity?.form && current.position?.start === card.position?.start;
  current = card;
  // Asked before the first paint, so the background reads them while the frame renders.
  const e = card.entity;
  const asked = Promise.all([
    e ? send({ type: 'notes/forEntity', entityId: e.id }) : send({ type: 'notes/forPage', url: card.page.url }),
    e ? send({ type: 'entity/history', entityId: e.id, excludeUrl: card.page.url }) : Promise.resolve(null),
  ]);
  state = { card, timeline: card.timeline, notes: [], status: { kind: 'idle' } };
  view = { ...view, copyStatus: 'idle', ...(sameName ? {} : { correctStatus: { kind: 'idle' } }) };
  paint();
  focusFor(card);
  // The benchmark reads this: time from the hover decision to the card painted.
  if (card.requestedAt)
    requestAnimationFrame(() => console.debug(`hamish:card-latency ${Date.now() - card.requestedAt!}`));
  const [notes, history] = await asked;
  if (gen !== generation || !state) return;
  const mine = notes.ok
    ? e
      ? notes.value
      : notes.value.filter((n) => !n.entity && n.quote.exact === card.quote.exact)
    : [];
  state = {
    ...state,
    notes: mine,
    timeline: history?.ok ? sortTimeline([...card.timeline, ...historyItems(history.value)]) : card.timeline,
  };
  paint();
  if (card.requestedAt)
    requestAnimationFrame(() => console.debug(`hamish:card-history-latency ${Date.now() - card.requestedAt!}`));
}

async function save(body: string) {
  const card = current;
  if (!card || !state) return;
  state = { ...state, status: { kind: 'saving' } };
  paint();
  const r = await send({
    type: 'notes/save',
    id: null,
    draft: {
      ...card.page,
      quote: card.quote,
      position: card.position,
      entity: card.entity && {
        id: card.entity.id,
        type: card.entity.type,
        english: card.entity.english,
        arabic: card.entity.arabic,
      },
      body,
      format: 'text',
      tags: [],
    },
  });
  if (current !== card || !state) return;
  state = r.ok
    ? { ...state, notes: [r.value, ...state.notes], status: { kind: 'saved' } }
    : { ...state, status: { kind: 'error', message: r.error } };
  paint();
}

// The content script that made this frame posts it a token (card-frame.ts); the background binds
// the port named after it and refuses any other. A new token (the content script binds the frame
// again when a card found no port) replaces the binding only once the background accepts it, so a
// refused token changes nothing. If the bound port drops (Chrome stops an idle service worker),
// the frame connects again with the same token.
let bound: Runtime.Port | null = null;

function connect(token: string) {
  let port: Runtime.Port;
  try {
    port = browser.runtime.connect({ name: `card/${token}` });
  } catch {
    return; // the extension was reloaded or removed
  }
  port.onMessage.addListener((raw: unknown) => {
    const m = check(cardPortMessage, raw, 'card message');
    if (!m.ok) return;
    if (m.value.type === 'card/bound') {
      if (bound && bound !== port) bound.disconnect();
      bound = port;
    }
    if (bound !== port) return;
    if (m.value.type === 'card/show') void show(m.value.card);
    if (m.value.type === 'card/hide')
      [current, state, view] = [
        null,
        null,
        { pinned: false, wide: view.wide, copyStatus: 'idle', correctStatus: { kind: 'idle' } },
      ];
    paint();
  });
  port.onDisconnect.addListener(() => {
    if (bound !== port) return;
    bound = null;
    connect(token);
  });
}

window.addEventListener('message', (e: MessageEvent) => {
  const m = check(cardTokenMessage, e.data, 'token message');
  if (m.ok) connect(m.value.token);
});

// Keys pressed here never reach the page's own listeners: the ones the tab acts on go through the
// background to its content script.
const KEYS: Record<string, CardKey> = { KeyN: 'next', KeyP: 'prev', KeyM: 'note' };
document.addEventListener('keydown', (ev) => {
  const key = ev.key === 'Escape' ? 'escape' : ev.altKey && ev.shiftKey ? KEYS[ev.code] : undefined;
  if (!key) return;
  ev.preventDefault();
  void send({ type: 'card/key', key });
});
