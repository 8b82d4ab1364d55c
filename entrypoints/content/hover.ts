// Pointer, keyboard and selection: which entity the reader points at (from the caret position),
// when its card opens and closes, stepping through entities, and notes on a selected passage.
import { describeQuote } from '@/lib/notes/anchor';
import type { CardKey, CardLayout, CardPayload } from '@/lib/protocol/card';
import type { Send } from '@/lib/protocol/messages';
import type { Settings } from '@/lib/settings';
import type { EntityMention, EntityType } from '@/lib/types';
import type { Annotator } from './annotator';
import type { CardFrame } from './card-frame';
import type { Overlay } from './overlay';
import { holds, nameUnder } from './name-under';
import { offsetAtPoint, offsetOfNode, type PageText } from './page-text';
import { SelectionControl } from './selection';
import { mark } from './timing';

type Focus = 'card' | 'note' | null;
const HIDE_AFTER_MS = 300;
/** The longest a hover's card waits past its delay for the frame to lay it out (it should not). */
const LAYOUT_WAIT_MS = 1000;
/** A card the frame holds serves its name again (the pointer left and came back) for this long. */
const HELD_FOR_MS = 2000;

/**
 * The card of the name under the pointer, sent to the frame as the hover delay starts and held
 * there unseen: at the delay's end only showing it remains. `at` is its `requestedAt`, which the
 * frame's layout report names once it has laid the card out.
 */
interface Prepared {
  ent: EntityMention;
  at: number;
  laidOut: boolean;
  /** The delay has ended: shown as soon as it is laid out. */
  due: boolean;
  /** The frame's box is where the card will show (unseen until then). */
  placed: boolean;
  /** The background refused the card (its check failed): nothing shows for this hover. */
  refused?: boolean;
}

export class Hover {
  private current: EntityMention | null = null;
  /** The name whose extras were last asked for ahead of its card. */
  private prefetched: EntityMention | null = null;
  /** The card the frame holds unseen, or shows since its delay ended; null once the frame shows another. */
  private prepared: Prepared | null = null;
  private layoutTimer = 0;
  private prepareTimer = 0;
  private showTimer = 0;
  private hideTimer = 0;
  private overCard = false;
  private keyHeld = false;
  private stepIndex = -1;
  private lastFocus: Element | null = null;
  // Made on the first selection, in the overlay (which is in the page by then: a selection is the
  // reader's input).
  private selection: SelectionControl | null = null;
  private readonly off: (() => void)[] = [];
  // Made once the overlay is in (the reader's first input), or when a card is asked for first:
  // two insertions, each a task of its own on a long page, not one twice as long.
  private frame: CardFrame | null = null;
  private frameQueued = false;
  private hovered = false;
  /** The number of the card last shown: a card's answer may come after the next card is shown. */
  private shown = 0;

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly overlay: Overlay,
    private readonly makeCard: (overlay: Overlay) => CardFrame,
    private readonly settings: () => Settings,
    private readonly send: Send,
    /** Read at the first selection: the browser's message lookup held the page for about 3 ms. */
    private readonly addNoteLabel: () => string,
  ) {
    const on = <K extends keyof DocumentEventMap>(
      type: K,
      fn: (e: DocumentEventMap[K]) => void,
      target: EventTarget = doc,
    ) => {
      target.addEventListener(type, fn as EventListener, { passive: true, capture: true });
      this.off.push(() => target.removeEventListener(type, fn as EventListener, { capture: true }));
    };
    on('mousemove', (e) => this.onMove(e));
    on('keydown', (e) => this.onKey(e));
    on('keyup', (e) => {
      if (e.key === this.settings().holdKey) this.keyHeld = false;
    });
    on('mouseup', () => setTimeout(() => this.onSelection(), 0));
    overlay.whenOpen(() => this.prepareFrame());
  }

  /**
   * The card's frame, made ahead of its first card, once the overlay goes in: it loads and is bound
   * while the reader moves towards a name, and the first card is shown as soon as it is laid out.
   * It goes in after the next frame is painted, so that the browser renders the overlay's insertion
   * and the frame's in two tasks.
   */
  private prepareFrame() {
    if (this.frame || this.frameQueued) return;
    this.frameQueued = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.frameQueued) this.makeFrame();
      }, 0),
    );
  }

  private makeFrame(): CardFrame {
    this.frameQueued = false;
    if (this.frame) return this.frame;
    const card = (this.frame = this.makeCard(this.overlay));
    // The first hover's card went out before its frame existed: held from now on, laid out on arrival.
    if (this.prepared) this.hold(this.prepared);
    card.box.addEventListener('mouseenter', () => {
      this.overCard = true;
      clearTimeout(this.hideTimer);
    });
    card.box.addEventListener('mouseleave', () => {
      this.overCard = false;
      this.scheduleHide();
    });
    return card;
  }

  /** The card's frame; asked for before any input (the popup's "show on page"), the overlay goes in. */
  private get card(): CardFrame {
    this.overlay.open();
    return this.makeFrame();
  }

  private get cardVisible(): boolean {
    return !!this.frame?.visible;
  }

  private onMove(e: MouseEvent) {
    if (!e.isTrusted) return; // synthetic events from page scripts do not drive the card
    const s = this.settings();
    if (s.holdKey && !this.keyHeld) return;
    const page = this.annotator.page;
    const ent = page ? this.nameAt(page, e) : null;
    // A pinned card stays as it is while the pointer goes elsewhere.
    if (this.frame?.visible && this.frame.pinned) return;
    if (ent && ent === this.current) return clearTimeout(this.hideTimer);
    clearTimeout(this.showTimer);
    clearTimeout(this.prepareTimer);
    if (!ent) return this.cardVisible ? this.scheduleHide() : this.unhold();
    if (!this.hovered) mark('hover');
    this.hovered = true;
    // Another name: its card replaces this one; a hide still pending would race the new card.
    clearTimeout(this.hideTimer);
    const delay = s.holdKey ? 0 : s.hoverDelayMs;
    // With no card on screen, this name's card is built, sent, rendered and laid out unseen during
    // the delay. A card on screen stays until the delay ends (the frame shows one card at a time):
    // the background reads the name's notes and history meanwhile, and sends the card whole.
    // In a task of its own: a pointer move is handled in the task that renders the next frame, and
    // building the card there, then painting the frame's box at its place, made one task of both
    // (the first hover on the 5 MB page, traced at load 9: 114 ms, 22 of them ours).
    if (delay > 0 && !this.cardVisible) {
      this.prepareTimer = window.setTimeout(() => this.prepare(ent), 0);
      this.showTimer = window.setTimeout(() => this.due(ent), delay);
      return;
    }
    this.showTimer = window.setTimeout(() => this.open(ent, null), delay);
    if (ent !== this.prefetched) void this.send({ type: 'card/prefetch', entityId: ent.id });
    this.prefetched = ent;
  }

  /** The name's card to the frame (unless it holds it already), held unseen where it will show. */
  private prepare(ent: EntityMention) {
    let p = this.prepared;
    if (p?.ent !== ent || Date.now() - p.at > HELD_FOR_MS) {
      const at = Date.now();
      mark('card-prepared', at);
      p = this.prepared = { ent, at, laidOut: false, due: false, placed: false };
      this.prefetched = ent;
      // A frame not made yet binds when it loads; the background holds the card for it meanwhile.
      const held = p;
      this.sendCard(
        { ...this.annotator.cardFor(ent), requestedAt: at },
        () => this.frame?.loaded && this.frame.bind(),
        () => {
          held.refused = true;
          if (this.prepared === held) this.unhold();
        },
      );
    }
    if (!p.placed && !p.refused) this.hold(p);
  }

  private hold(p: Prepared) {
    const rect = this.annotator.range(p.ent)?.getBoundingClientRect();
    if (!rect || !this.frame) return;
    this.frame.hold(rect, this.viewport());
    p.placed = true;
  }

  /**
   * The pointer left before the card showed: nothing shows, and the frame keeps the card for when
   * the pointer comes back to that name.
   */
  private unhold() {
    const p = this.prepared;
    if (!p || this.frame?.visible) return;
    this.frame?.hide();
    clearTimeout(this.layoutTimer);
    p.due = p.placed = false;
    if (this.current === p.ent) this.current = null;
  }

  /** The hover delay ended: the held card shows now if laid out, else the moment it is. */
  private due(ent: EntityMention) {
    const p = this.prepared;
    if (p?.ent !== ent || !this.frame) return this.open(ent, null);
    if (p.refused) return;
    this.current = ent;
    // The card's latency counts from here, the end of the hover delay.
    mark('card-asked', p.at);
    p.due = true;
    if (p.laidOut) return this.showPrepared(p);
    clearTimeout(this.layoutTimer);
    this.layoutTimer = window.setTimeout(() => this.showPrepared(p), LAYOUT_WAIT_MS);
  }

  private showPrepared(p: Prepared) {
    clearTimeout(this.layoutTimer);
    if (this.prepared !== p || !p.due || this.current !== p.ent) return;
    p.due = false;
    const rect = this.annotator.range(p.ent)?.getBoundingClientRect();
    if (!rect || !this.frame) return;
    this.frame.showAt(rect, this.viewport());
    // For `bench:card`: the card is on screen with the next frame.
    requestAnimationFrame(() => mark('card-revealed', p.at));
  }

  /**
   * `rebind`: when no frame of the tab is bound. Before its first load the frame is bound when it
   * loads, and the background hands it the waiting card then; after it, the frame's port was lost
   * (a stopped service worker) and is bound again. `refused`: the card failed the message check.
   */
  private sendCard(card: CardPayload, rebind: () => void, refused: () => void) {
    mark('card-sent', card.requestedAt);
    void this.send({ type: 'card/show', card }).then((r) => {
      if (!r.ok) refused();
      else if (r.value === false) rebind();
    });
  }

  private viewport() {
    return { width: this.doc.documentElement.clientWidth, height: window.innerHeight };
  }

  /**
   * The name whose text is under the pointer: among the names in the text of the element the
   * browser hit-tested for the event, else from the caret position. That position snaps to the
   * nearest text, so the name's boxes must hold the point: a pointer in the margin beside a line,
   * or above the first, would otherwise open its card.
   */
  private nameAt(page: PageText, e: MouseEvent): EntityMention | null {
    const [x, y] = [e.clientX, e.clientY];
    const found = nameUnder(page, this.annotator.marks, e.target, x, y, (m) => this.annotator.range(m));
    if (found !== undefined) return found;
    const offset = offsetAtPoint(page, this.doc, x, y);
    const ent = offset === null ? null : this.annotator.entityAt(offset);
    return ent && holds(this.annotator.range(ent), x, y) ? ent : null;
  }

  private scheduleHide() {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (!this.overCard && !this.frame?.pinned) this.closeCard(false);
    }, HIDE_AFTER_MS);
  }

  /** `focus`: where keyboard focus goes (the card, its note box), or null to leave it on the page. */
  open(ent: EntityMention, focus: Focus) {
    const range = this.annotator.range(ent);
    if (!range) return;
    this.current = ent;
    // The card's latency counts from here, the end of the hover delay, building the card included.
    const requestedAt = Date.now();
    mark('card-asked', requestedAt);
    this.show(this.annotator.cardFor(ent), range.getBoundingClientRect(), focus, requestedAt);
  }

  private show(card: CardPayload, rect: DOMRect, focus: Focus, requestedAt = Date.now()) {
    this.prepared = null;
    const frame = this.card;
    const n = ++this.shown;
    this.sendCard(
      { ...card, requestedAt, ...(focus ? { focus } : {}) },
      () => frame.loaded && frame.bind(),
      // Refused (a card the message check does not pass): no empty box stays on the page.
      () => n === this.shown && this.closeCard(false),
    );
    frame.showAt(rect, this.viewport());
    if (focus) {
      // Focus already in the card (stepping from it) keeps the page element to come back to.
      if (this.doc.activeElement !== this.overlay.host) this.lastFocus = this.doc.activeElement;
      this.card.focus();
    }
  }

  closeCard(restoreFocus: boolean) {
    if (!this.frame?.visible) return;
    const hadFocus = this.doc.activeElement === this.overlay.host;
    this.frame.hide();
    this.current = null;
    this.prepared = null;
    void this.send({ type: 'card/hide' });
    if (restoreFocus || hadFocus) this.returnFocus();
  }

  /** Back to where the reader was on the page, or to the page itself, never left in a hidden frame. */
  private returnFocus() {
    const el = this.lastFocus;
    this.lastFocus = null;
    if (el instanceof HTMLElement && el.isConnected && el !== this.doc.body && el !== this.overlay.host) el.focus();
    if (this.doc.activeElement === this.overlay.host || this.doc.activeElement === this.doc.body) {
      this.frame?.blur();
      this.doc.defaultView?.focus();
    }
  }

  layout(l: CardLayout) {
    this.frame?.layout(l);
    const p = this.prepared;
    if (!p || l.card !== p.at) return;
    p.laidOut = true;
    if (p.due) this.showPrepared(p);
  }

  /** After the page was read again (a correction): the open card shows the name's new reading, or closes. */
  reopen() {
    const was = this.current;
    if (!was || !this.cardVisible) return;
    const now = this.annotator.marks.find((m) => m.start === was.start && m.end === was.end);
    if (now) this.open(now, null);
    else this.closeCard(false);
  }

  /** Keys pressed inside the card frame, relayed by the background. */
  cardKey(k: CardKey) {
    if (k === 'escape') this.closeCard(true);
    else if (k === 'note') this.noteOnSelection();
    else this.step(k === 'next' ? 1 : -1);
  }

  reveal(id: string): boolean {
    const ent = this.annotator.marks.find((e) => e.id === id);
    if (!ent) return false;
    this.stepIndex = this.annotator.marks.indexOf(ent);
    this.annotator.range(ent)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    setTimeout(() => this.open(ent, 'card'), 50);
    return true;
  }

  private onKey(e: KeyboardEvent) {
    const s = this.settings();
    if (e.key === s.holdKey) this.keyHeld = true;
    if (!e.isTrusted) return;
    if (e.key === 'Escape') return this.closeCard(true);
    if (!(e.altKey && e.shiftKey)) return;
    if (e.code === 'KeyN' || e.code === 'KeyP') this.step(e.code === 'KeyN' ? 1 : -1);
    else if (e.code === 'KeyM') this.noteOnSelection();
  }

  // Reading order over the names of the shown types; from the open card when there is one, so a
  // name opened by hovering is where stepping goes on from.
  private step(dir: 1 | -1) {
    const shown = this.settings().shown;
    const marks = this.annotator.marks.filter((m) => shown[m.type as EntityType]);
    if (!marks.length) return;
    const from = this.current ? marks.indexOf(this.current) : -1;
    const at = from >= 0 ? from : this.stepIndex < 0 && dir < 0 ? 0 : this.stepIndex;
    this.stepIndex = (at + dir + marks.length) % marks.length;
    const ent = marks[this.stepIndex]!;
    const range = this.annotator.range(ent);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    this.open(ent, 'card');
  }

  private selectedOffsets(): { start: number; end: number; rect: DOMRect } | null {
    const sel = this.doc.getSelection();
    const page = this.annotator.page;
    if (!sel || sel.isCollapsed || !sel.rangeCount || !page) return null;
    const r = sel.getRangeAt(0);
    const a = offsetOfNode(page, r.startContainer, r.startOffset);
    const b = offsetOfNode(page, r.endContainer, r.endOffset);
    if (a === null || b === null || b - a < 2) return null;
    return { start: a, end: b, rect: r.getBoundingClientRect() };
  }

  private onSelection() {
    const s = this.selectedOffsets();
    if (s)
      (this.selection ??= new SelectionControl(this.overlay, this.addNoteLabel() || 'Add note', () =>
        this.noteOnSelection(),
      )).showAt(s.rect, { width: this.doc.documentElement.clientWidth, height: window.innerHeight });
    else this.selection?.hide();
  }

  /** A note on the selected passage; with nothing selected, on the open card's name. */
  private noteOnSelection() {
    const s = this.selectedOffsets();
    const page = this.annotator.page;
    if (!page) return;
    if (!s) {
      if (this.current && this.cardVisible) this.open(this.current, 'note');
      return;
    }
    const { quote, position } = describeQuote(page.text, s.start, s.end);
    this.current = null;
    this.show(
      { mode: 'passage', entity: null, page: this.annotator.pageInfo(), quote, position, timeline: [] },
      s.rect,
      'note',
    );
  }

  destroy() {
    for (const f of this.off) f();
    clearTimeout(this.prepareTimer);
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    clearTimeout(this.layoutTimer);
    this.frameQueued = false;
    this.frame?.remove();
    this.selection?.remove();
  }
}
