// Marks drawn where page scripts cannot look: translucent boxes in a closed shadow root over the
// viewport, one per line box of each range. The reader's note marks always live here (the page's
// CSS.highlights registry is shared with its scripts); entity marks only where the Custom
// Highlight API is missing. The page's text is not rewritten.
//
// The layer is a fixed, viewport-sized box that clips what it holds, and only boxes inside the
// viewport are drawn, clamped to it: its size, scroll size and hit testing (pointer-events: none)
// tell a page nothing about where, or whether, anything is marked. It is added on every page
// Hamish marks, with or without notes, so its presence says nothing about the reader's notes.
import { shadowHost } from './own-nodes';

const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'left:0',
  'top:0',
  'width:100vw',
  'height:100vh',
  'overflow:hidden',
  'contain:strict',
  'pointer-events:none',
  'z-index:2147483646',
  'display:block',
  'visibility:visible',
  'opacity:1',
  'transform:none',
]
  .map((d) => `${d} !important`)
  .join(';');

export class MarkLayer {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly sets = new Map<string, Range[]>();
  private queued = false;
  private readonly off: (() => void)[] = [];
  private readonly redraw = () => {
    if (this.queued || !this.sets.size) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.draw();
    });
  };

  constructor(
    private readonly doc: Document,
    private readonly colors: () => Record<string, string>,
  ) {
    ({ host: this.host, root: this.root } = shadowHost(doc));
    this.host.setAttribute('style', HOST_STYLE);
    // On the root element, not in the body: a transform the page puts on its body would move
    // position:fixed boxes away from the text.
    doc.documentElement.append(this.host);
    // Anything that moves text: scrolling (of the page or any scroller in it), a new viewport
    // size, the page's own changes (a late advert, an expanded menu) and late web fonts.
    const win = doc.defaultView;
    const listen = (target: EventTarget | undefined | null, type: string) => {
      target?.addEventListener(type, this.redraw, { passive: true, capture: true });
      this.off.push(() => target?.removeEventListener(type, this.redraw, { capture: true }));
    };
    listen(doc, 'scroll');
    listen(win, 'resize');
    listen(doc.fonts, 'loadingdone');
    const mutated = new MutationObserver(this.redraw);
    mutated.observe(doc.body ?? doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    this.off.push(() => mutated.disconnect());
    if (typeof ResizeObserver === 'function') {
      const resized = new ResizeObserver(this.redraw);
      resized.observe(doc.documentElement);
      if (doc.body) resized.observe(doc.body);
      this.off.push(() => resized.disconnect());
    }
  }

  add(name: string, ranges: Range[]) {
    this.sets.set(name, [...(this.sets.get(name) ?? []), ...ranges]);
    this.redraw();
  }

  drop(name: string, ranges: ReadonlySet<Range>) {
    this.sets.set(
      name,
      (this.sets.get(name) ?? []).filter((r) => !ranges.has(r)),
    );
    this.redraw();
  }

  draw() {
    const win = this.doc.defaultView;
    const [w, h] = [win?.innerWidth ?? 0, win?.innerHeight ?? 0];
    const frag = this.doc.createDocumentFragment();
    for (const [name, ranges] of this.sets) {
      const color = this.colors()[name] ?? '#e8a33d';
      for (const r of ranges) {
        for (const rect of r.getClientRects()) {
          const left = Math.max(0, rect.left);
          const top = Math.max(0, rect.top);
          const right = Math.min(w, rect.right);
          const bottom = Math.min(h, rect.bottom);
          if (right <= left || bottom <= top) continue;
          const box = this.doc.createElement('div');
          box.setAttribute(
            'style',
            `position:absolute;left:${left}px;top:${top}px;` +
              `width:${right - left}px;height:${bottom - top}px;background:${color}55`,
          );
          frag.append(box);
        }
      }
    }
    this.root.replaceChildren(frag);
  }

  count(name: string): number {
    return this.sets.get(name)?.length ?? 0;
  }

  remove() {
    for (const f of this.off) f();
    this.sets.clear();
    this.host.remove();
  }
}
