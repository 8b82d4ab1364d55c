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
import {
  CARD_NOTES,
  cardPortMessage,
  cardTokenMessage,
  copyText,
  type CardExtras,
  type CardKey,
  type CardPayload,
  type EarlierPage,
} from '@/lib/protocol/card';
import { createClient, type Message } from '@/lib/protocol/messages';
import type { Note } from '@/lib/protocol/note';
import type { CorrectionTarget } from '@/lib/protocol/store';
import { sortTimeline, type TimelineItem } from '@/lib/timeline';
import { showRomanization } from '@/lib/romanize-style';
import { loadSettings, watchSettings } from '@/utils/settings';
import type { Settings } from '@/lib/settings';
import '@/components/card/card.css';
import { stage, stageAtFrame } from './stages';

const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
const send = createClient((m: Message) => browser.runtime.sendMessage(m));
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());

type Callbacks = 'onSave' | 'onClose' | 'onPin' | 'onWide' | 'onCopy' | 'onMore' | 'correct';
let current: CardPayload | null = null;
let state: Omit<CardProps, 't' | Callbacks | 'pinned' | 'wide' | 'copyStatus'> | null = null;
let view = {
  pinned: false,
  wide: false,
  copyStatus: 'idle' as CardProps['copyStatus'],
  correctStatus: { kind: 'idle' } as CorrectProps['status'],
};
/** The background's number of the card shown: its extras come with the same number. */
let shownSeq = -1;
/** The card whose state is painted, and extras that came for the card being shown before it was. */
let paintedSeq = -1;
let early: CardExtras | null = null;
/** Notes saved from this card: kept when extras read before the save arrive after it. */
let savedHere: Note[] = [];
let loadingMore = false;

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
      onMore={
        (state.noteCount === null || state.notes.length < state.noteCount) && current.entity && !loadingMore
          ? () => void more()
          : undefined
      }
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
// Once per card at least, naming it: a card prepared during the hover delay stays unseen until
// the content script hears that this page has laid it out.
let lastLayout = '';
function reportLayout() {
  const article = root.firstElementChild as HTMLElement | null;
  // A frame whose host was display:none until this card has no viewport yet and measures 0 (the
  // content script would show a 120 px card until the next report): the resize that follows the
  // host's first layout reports the real height.
  if (!article || window.innerWidth === 0) return;
  const layout = {
    height: Math.ceil(article.getBoundingClientRect().height),
    pinned: view.pinned,
    wide: view.wide,
    ...(current?.requestedAt === undefined ? {} : { card: current.requestedAt }),
  };
  const key = JSON.stringify(layout);
  if (key === lastLayout) return;
  lastLayout = key;
  void send({ type: 'card/layout', layout });
  stage(current?.requestedAt, 'layout-sent');
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

function historyItems(pages: EarlierPage[]): TimelineItem[] {
  return pages.map((m) => ({ date: m.date, label: m.title || m.url, source: 'history', url: m.url }));
}

// Read once and kept current, so a card does not wait for storage before it paints.
let romanization: Settings['romanization'] | null = null;
const romanizationRead = loadSettings().then((s) => (romanization ??= s.romanization));
watchSettings((s) => (romanization = s.romanization));

async function show(raw: CardPayload, seq: number, given: CardExtras | undefined) {
  shownSeq = seq;
  early = null;
  stage(raw.requestedAt, 'received');
  const style = romanization ?? (await romanizationRead);
  if (seq !== shownSeq) return;
  const card = raw.entity
    ? { ...raw, entity: { ...raw.entity, romanized: showRomanization(raw.entity.romanized, style) } }
    : raw;
  // A new reading of the same name keeps the correction's message; another name starts afresh.
  const sameName =
    !!current?.entity && current.entity.form === card.entity?.form && current.position?.start === card.position?.start;
  current = card;
  savedHere = [];
  loadingMore = false;
  state = { card, timeline: card.timeline, notes: [], noteCount: 0, status: { kind: 'idle' } };
  const extras = given ?? early;
  if (extras) state = withExtras(state, extras);
  paintedSeq = seq;
  view = { ...view, copyStatus: 'idle', ...(sameName ? {} : { correctStatus: { kind: 'idle' } }) };
  paint();
  reportLayout();
  focusFor(card);
  stage(card.requestedAt, 'rendered');
  stageAtFrame(card.requestedAt, extras ? 'shown-whole' : 'shown');
}

/** The card's state with the reader's notes and earlier articles added. */
function withExtras(s: NonNullable<typeof state>, x: CardExtras): NonNullable<typeof state> {
  const missing = savedHere.filter((n) => !x.notes.some((m) => m.id === n.id));
  return {
    ...s,
    notes: [...missing, ...x.notes],
    noteCount: x.noteCount === null ? null : x.noteCount + missing.length,
    timeline: x.history.length ? sortTimeline([...s.card.timeline, ...historyItems(x.history)]) : s.card.timeline,
  };
}

function extrasArrived(seq: number, x: CardExtras | null) {
  // Before its card is painted (the first card waits for the settings), they wait for it.
  if (seq === shownSeq && seq !== paintedSeq) return void (early = x);
  if (seq !== paintedSeq || !state || !current) return;
  stage(current.requestedAt, 'extras-received');
  if (!x) return;
  state = withExtras(state, x);
  paint();
  stageAtFrame(current.requestedAt, 'shown-whole');
}

/** The next page of the name's notes, after the last one shown. */
async function more() {
  const card = current;
  const last = state?.notes.at(-1);
  if (!card?.entity || !last) return;
  loadingMore = true;
  paint();
  const r = await send({
    type: 'notes/forEntity',
    entityId: card.entity.id,
    before: [last.updated, last.id],
    limit: CARD_NOTES,
  });
  if (current !== card || !state) return;
  loadingMore = false;
  state = r.ok
    ? { ...state, notes: [...state.notes, ...r.value.filter((n) => !state!.notes.some((m) => m.id === n.id))] }
    : { ...state, status: { kind: 'error', message: r.error } };
  paint();
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
  if (r.ok) savedHere.push(r.value);
  state = r.ok
    ? {
        ...state,
        notes: [r.value, ...state.notes],
        noteCount: state.noteCount === null ? null : state.noteCount + 1,
        status: { kind: 'saved' },
      }
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
    if (m.value.type === 'card/show') return void show(m.value.card, m.value.seq, m.value.extras);
    if (m.value.type === 'card/extras') return extrasArrived(m.value.seq, m.value.extras);
    if (m.value.type === 'card/hide')
      [shownSeq, current, state, view] = [
        -1,
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
