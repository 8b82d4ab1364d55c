// Stands in for WXT's ContentScriptContext: wxt.config.ts points the module WXT constructs its
// context from here. WXT's context announces every start to the page (a window message that
// carries the runtime id, and a document event named after it) and stops when the page replays
// that event, so any page could learn the id and switch Hamish off. This one says nothing to the
// page and listens to nothing the page can send.
//
// A second copy of the script in the same document (Firefox injects content scripts into open
// tabs again when the extension is updated) finds the first through a property of the content
// script's own global object. Page scripts cannot see or set it: the content script's global is
// Chrome's isolated world, or Firefox's sandbox over an Xray view of the window.
import { browser } from 'wxt/browser';

/** What the content script may use of its context. */
export interface Lifetime {
  readonly isValid: boolean;
  setTimeout(handler: () => void, ms: number): number;
  onInvalidated(cb: () => void): () => void;
}

const CURRENT = 'hamish:content-context';

const isContext = (x: unknown): x is { notifyInvalidated(): void } =>
  typeof x === 'object' && x !== null && 'notifyInvalidated' in x && typeof x.notifyInvalidated === 'function';

export class ContentScriptContext implements Lifetime {
  private readonly controller = new AbortController();

  constructor(readonly contentScriptName: string) {
    // The first copy's class is not this copy's, so it is recognised by shape, not instanceof.
    const first: unknown = Reflect.get(globalThis, CURRENT);
    if (isContext(first)) first.notifyInvalidated();
    Reflect.set(globalThis, CURRENT, this);
  }

  /** False once a newer copy started or the extension was reloaded, updated or removed. */
  get isValid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return !this.controller.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.controller.signal.addEventListener('abort', cb);
    return () => this.controller.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  notifyInvalidated(): void {
    if (!this.controller.signal.aborted) this.controller.abort();
  }
}
