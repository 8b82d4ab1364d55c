// Holds the card's extension-origin iframe in the closed shadow root of Hamish's one box
// (overlay.ts), made in a task of its own once the box is in (the reader's first input), so that
// it has loaded and been bound before the first hover. Page CSS cannot reach into the shadow root;
// the iframe's document is extension-origin, so page scripts cannot read it. Until the frame has
// laid out its first card, a card asked for is placed but transparent (and lets the pointer
// through), so the reader never sees an empty box. A card prepared during the hover delay is held
// the same way (laid out at its place, unseen) until the delay ends: then showing it is one style
// change.
//
// Only this frame may receive cards. Each time it loads, the content script makes a fresh random
// token, registers it with the background (runtime messaging, which pages cannot see), and posts
// it into the frame with the extension's origin as targetOrigin, so the browser delivers it only
// if the frame holds an extension page. The frame presents the token when it connects; the
// background refuses every other card port. A page cannot obtain the token: the iframe element
// is in a closed shadow root (and frames in shadow trees are not in window.frames), its URL
// carries no secret, and the message goes to the frame's window, not to the page's.
import type { Overlay } from './overlay';
import { mark } from './timing';

const CARD_W = 360;
const WIDE_W = 520;
/** Until the card page has told its height; then its content's height, up to the maximum. */
const CARD_H = 300;
const MAX_H = 460;
const WIDE_MAX_H = 720;
const GAP = 6;
/**
 * The longest a first card stays transparent once its frame has loaded, waiting for the frame to
 * lay it out: only a frame that never answers (its card page broken) is shown without it.
 */
const FIRST_CARD_WAIT_MS = 3000;

export const randomToken = (): string =>
  [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

export class CardFrame {
  /** The element in the page that has focus while the card has it. */
  readonly host: HTMLElement;
  /** The card's box, inside the shadow root: where the pointer enters and leaves the card. */
  readonly box: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  /** Hands the frame a new token: on each load, and when a card found no frame bound. */
  readonly bind: () => void;
  /** The card document has loaded (and been handed a token) at least once. */
  loaded = false;
  visible = false;
  pinned = false;
  /** Placed and laid out but unseen (`hold`), until `showAt` or `hide`. */
  private held = false;
  /** The frame has laid out a card (its first `layout`): shown cards are opaque from then on. */
  private ready = false;
  private readyTimer = 0;
  private everShown = false;
  private width = CARD_W;
  private height = CARD_H;
  private anchor: { rect: DOMRect; viewport: { width: number; height: number } } | null = null;

  /**
   * @param src the card page's URL (per session in Chrome)
   * @param origin the extension origin the card document has once loaded
   * @param register tells the background which token this frame will present
   */
  constructor(overlay: Overlay, src: string, origin: string, register: (token: string) => Promise<boolean>) {
    const doc = overlay.doc;
    this.host = overlay.host;
    this.box = doc.createElement('div');
    this.frame = doc.createElement('iframe');
    this.bind = () => {
      const token = randomToken();
      void register(token).then((ok) => {
        if (ok) this.frame.contentWindow?.postMessage({ type: 'card/token', token }, origin);
      });
    };
    this.frame.addEventListener('load', () => {
      this.loaded = true;
      mark('card-loaded');
      this.bind();
      this.waitForLayout();
    });
    this.frame.src = src;
    this.frame.title = 'Hamish';
    // The card's Copy button writes to the clipboard from inside the frame. Named by the origin the
    // card document has: the default allowlist ('src') is the per-session URL's, which Chrome's
    // card document does not have, and the write is then refused.
    this.frame.setAttribute('allow', `clipboard-write ${origin}`);
    // pointer-events from the box: `all:initial` alone would make the frame take the pointer while
    // the box lets it through (a transparent first card would hide the text under it from the mouse).
    this.frame.setAttribute(
      'style',
      'all:initial;display:block;width:100%;height:100%;border:0;color-scheme:normal;pointer-events:inherit',
    );
    this.box.append(this.frame);
    this.hide();
    // Into the shadow root with the overlay, or at once if the overlay is in the page already.
    overlay.whenOpen(() => overlay.root.append(this.box));
  }

  private setBox(left: number, top: number, shown: boolean | 'held', w = this.width, h = this.height) {
    const seen = shown === true && this.ready;
    const s = [
      'all:initial',
      'position:fixed',
      `left:${Math.round(left)}px`,
      `top:${Math.round(top)}px`,
      `width:${w}px`,
      `height:${h}px`,
      'z-index:2147483647',
      `display:${shown ? 'block' : 'none'}`,
      'border-radius:10px',
      'box-shadow:0 6px 24px rgba(0,0,0,.28)',
      'overflow:hidden',
      'background:Canvas',
      `opacity:${seen ? 1 : 0}`,
      'visibility:visible',
      `pointer-events:${seen ? 'auto' : 'none'}`,
      'transform:none',
      'filter:none',
      'clip-path:none',
    ];
    this.box.setAttribute('style', s.map((d) => `${d} !important`).join(';'));
  }

  /** Beside the word, not over it, inside the viewport; below it when there is room, else above. */
  showAt(anchor: DOMRect, viewport: { width: number; height: number }) {
    this.place(anchor, viewport, true);
    this.held = false;
    if (this.ready && !this.everShown) {
      this.everShown = true;
      // For `bench:page`: when the first card was on screen.
      requestAnimationFrame(() => mark('card-shown'));
    }
    this.visible = true;
    this.waitForLayout();
  }

  /** A card is asked for and the frame has loaded: from now on, it has a while to lay the card out. */
  private waitForLayout() {
    if (this.visible && this.loaded && !this.ready && !this.readyTimer)
      this.readyTimer = window.setTimeout(() => this.becomeReady(), FIRST_CARD_WAIT_MS);
  }

  /**
   * Where `showAt` would put the card, transparent and letting the pointer through, so that its
   * frame lays the card out (it has a viewport there and is not throttled as off-screen).
   */
  hold(anchor: DOMRect, viewport: { width: number; height: number }) {
    if (this.visible) return;
    this.place(anchor, viewport, 'held');
    this.held = true;
  }

  private place(anchor: DOMRect, viewport: { width: number; height: number }, shown: true | 'held') {
    this.anchor = { rect: anchor, viewport };
    const [w, h] = [Math.min(this.width, viewport.width - 8), Math.min(this.height, viewport.height - 8)];
    const below = anchor.bottom + GAP;
    const top = below + h <= viewport.height || anchor.top - GAP - h < 0 ? below : anchor.top - GAP - h;
    // Right-to-left text: align the card's right edge with the word's right edge.
    let left = anchor.right - w;
    if (left < 4) left = Math.min(anchor.left, viewport.width - w - 4);
    left = Math.max(4, Math.min(left, viewport.width - w - 4));
    this.setBox(left, Math.max(4, Math.min(top, viewport.height - h - 4)), shown, w, h);
  }

  private becomeReady() {
    clearTimeout(this.readyTimer);
    this.ready = true;
    this.placeAgain();
  }

  /** After a new size: the shown or held card where it now fits. */
  private placeAgain() {
    if (!this.anchor) return;
    if (this.visible) this.showAt(this.anchor.rect, this.anchor.viewport);
    else if (this.held) this.hold(this.anchor.rect, this.anchor.viewport);
  }

  /** The card page's wanted height (its content, capped; beyond that it scrolls inside) and width. */
  layout(l: { height: number; wide: boolean; pinned: boolean }) {
    this.pinned = l.pinned;
    this.width = l.wide ? WIDE_W : CARD_W;
    this.height = Math.max(120, Math.min(Math.ceil(l.height), l.wide ? WIDE_MAX_H : MAX_H));
    if (!this.ready) this.becomeReady();
    else this.placeAgain();
  }

  hide() {
    this.setBox(-10000, -10000, false);
    this.visible = false;
    this.held = false;
    this.pinned = false;
  }

  focus() {
    this.frame.focus();
  }

  blur() {
    this.frame.blur();
  }

  remove() {
    clearTimeout(this.readyTimer);
    this.box.remove();
  }
}
