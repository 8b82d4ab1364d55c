// Marks drawn where page scripts cannot look: translucent boxes in the closed shadow root of
// Hamish's one box over the viewport (overlay.ts), one per line box of each range. The reader's
// note marks always live here (the page's CSS.highlights registry is shared with its scripts);
// entity marks only where the Custom Highlight API is missing. The page's text is not rewritten.
//
// Only boxes inside the viewport are drawn, clamped to it, and nothing is drawn before the overlay
// is in the page: the overlay goes in at the reader's first input whether or not there are notes,
// so when it appears tells a page nothing about them.
import type { Overlay } from './overlay';

export class MarkLayer {
  private readonly box: HTMLElement;
  private readonly sets = new Map<string, Range[]>();
  private queued = false;
  private gone = false;
  private readonly off: (() => void)[] = [];
  private readonly redraw = () => {
    if (this.queued || !this.sets.size || !this.overlay.isOpen) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.draw();
    });
  };

  constructor(
    private readonly overlay: Overlay,
    private readonly colors: () => Record<string, string>,
  ) {
    const doc = overlay.doc;
    this.box = doc.createElement('div');
    this.box.setAttribute('style', 'position:absolute;inset:0;overflow:hidden');
    overlay.whenOpen(() => {
      if (this.gone) return;
      overlay.root.prepend(this.box);
      this.redraw();
    });
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
    const doc = this.overlay.doc;
    const win = doc.defaultView;
    const [w, h] = [win?.innerWidth ?? 0, win?.innerHeight ?? 0];
    const frag = doc.createDocumentFragment();
    for (const [name, ranges] of this.sets) {
      const color = this.colors()[name] ?? '#e8a33d';
      for (const r of ranges) {
        for (const rect of r.getClientRects()) {
          const left = Math.max(0, rect.left);
          const top = Math.max(0, rect.top);
          const right = Math.min(w, rect.right);
          const bottom = Math.min(h, rect.bottom);
          if (right <= left || bottom <= top) continue;
          const box = doc.createElement('div');
          box.setAttribute(
            'style',
            `position:absolute;left:${left}px;top:${top}px;` +
              `width:${right - left}px;height:${bottom - top}px;background:${color}55`,
          );
          frag.append(box);
        }
      }
    }
    this.box.replaceChildren(frag);
  }

  count(name: string): number {
    return this.sets.get(name)?.length ?? 0;
  }

  remove() {
    this.gone = true;
    for (const f of this.off) f();
    this.sets.clear();
    this.box.remove();
  }
}
