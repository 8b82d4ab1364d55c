// Hamish's one element in a page: a fixed, viewport-sized box with a closed shadow root that holds
// both the note-mark layer (mark-layer.ts) and the card's frame (card-frame.ts). Page scripts
// cannot reach inside, and the box's size, scroll size and hit testing (pointer-events: none; only
// the card itself takes the pointer) say nothing about what is marked.
//
// Marking puts nothing in the page. On a page of megabytes every element inserted costs the
// browser a task of its own (`bench:page -- --floor`), so the box goes in once, at the reader's
// first input on the page (a pointer move, a wheel turn, a key, a touch) or when the card is asked
// for (the popup's "show on page"). Its timing depends only on what the reader does, never on
// whether the reader has notes here: a page learns nothing from it. The card's frame goes into the
// box's shadow root after the next paint (hover.ts), so it has loaded before the first hover: the
// two insertions together held a long page for one task of 50-90 ms, each alone for about half that.
// A page can see that the box exists (and that it is a manual popover), as it could before.
import { shadowHost } from './own-nodes';

const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'left:0',
  'top:0',
  'width:100vw',
  'height:100vh',
  'overflow:hidden',
  // Also the containing block of the card's fixed box, which is placed in viewport coordinates.
  'contain:strict',
  'pointer-events:none',
  'z-index:2147483647',
  'display:block',
  'visibility:visible',
  'opacity:1',
  'transform:none',
]
  .map((d) => `${d} !important`)
  .join(';');

/** The reader's input (not scrolling, which a page can do by itself). */
const INPUT = ['mousemove', 'pointerdown', 'wheel', 'keydown', 'touchstart'] as const;

export class Overlay {
  private made: { host: HTMLElement; root: ShadowRoot } | null = null;
  private opened = false;
  private queued = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly onInput = (e: Event) => {
    // Events a page script makes are not the reader's. The box goes in in a task of its own, not
    // in the input's: there the hover's hit test would lay out the page again after the insertion
    // (the first move on the 0.5 MB page, traced at load 33 before this: 282 ms, 76 in the hit test).
    if (e.isTrusted && !this.queued) this.queued = window.setTimeout(() => this.open(), 0);
  };

  constructor(readonly doc: Document) {
    for (const type of INPUT) doc.addEventListener(type, this.onInput, { passive: true, capture: true });
  }

  /**
   * The element in the page: what `document.activeElement` is while the card has focus. Made when
   * first asked for (the box going in, the card), not while the page is first read and marked.
   */
  get host(): HTMLElement {
    return this.parts().host;
  }
  get root(): ShadowRoot {
    return this.parts().root;
  }
  private parts(): { host: HTMLElement; root: ShadowRoot } {
    if (!this.made) {
      this.made = shadowHost(this.doc);
      this.made.host.setAttribute('style', HOST_STYLE);
    }
    return this.made;
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /**
   * Runs `build` once the box goes in, before it is inserted (or now, if it is in): what it adds
   * to the shadow root goes in with the box, in the same insertion.
   */
  whenOpen(build: () => void): void {
    if (this.opened) build();
    else this.waiting.push(build);
  }

  /**
   * Puts the box in the page, once, in the top layer where the browser has popovers (Chromium,
   * Firefox 125+). On a 5 MB page a fixed box inserted in the page's own tree costs Chromium
   * about 20 ms of PrePaint over the whole document and showing the card's frame in it about
   * 100 ms; in the top layer, about 1 ms and 30 ms (`bench:page -- --floor`).
   */
  open(): void {
    if (this.opened) return;
    this.opened = true;
    clearTimeout(this.queued);
    this.unlisten();
    for (const build of this.waiting.splice(0)) build();
    const top = typeof this.host.showPopover === 'function';
    if (top) this.host.popover = 'manual';
    // On the root element, not in the body: a transform the page puts on its body would move
    // position:fixed boxes away from the text (where there is no top layer).
    this.doc.documentElement.append(this.host);
    try {
      if (top) this.host.showPopover();
    } catch {
      // Not shown as a popover (a page that took it out at once): it stays a fixed box.
    }
  }

  private unlisten(): void {
    for (const type of INPUT) this.doc.removeEventListener(type, this.onInput, { capture: true });
  }

  remove(): void {
    clearTimeout(this.queued);
    this.queued = 0;
    this.unlisten();
    this.waiting.length = 0;
    this.opened = false;
    this.made?.host.remove();
  }
}
