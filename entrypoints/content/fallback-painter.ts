// For browsers without the CSS Custom Highlight API: translucent boxes drawn over each range in
// the extension's own layer (a closed shadow root), redrawn on scroll and resize. The page's text
// is still not rewritten.
export class FallbackLayer {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly sets = new Map<string, Range[]>();
  private queued = false;
  private readonly redraw = () => {
    if (this.queued) return;
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
    this.host = doc.createElement('hamish-marks');
    this.host.setAttribute('style', 'all:initial !important;position:absolute !important;left:0 !important;top:0 !important;pointer-events:none !important;z-index:2147483646 !important');
    this.root = this.host.attachShadow({ mode: 'closed' });
    (doc.body ?? doc.documentElement).append(this.host);
    doc.addEventListener('scroll', this.redraw, { passive: true, capture: true });
    doc.defaultView?.addEventListener('resize', this.redraw, { passive: true });
  }

  add(name: string, ranges: Range[]) {
    this.sets.set(name, [...(this.sets.get(name) ?? []), ...ranges]);
    this.redraw();
  }

  /** Boxes only for ranges on screen, so long pages stay cheap. */
  draw() {
    const win = this.doc.defaultView;
    const h = win?.innerHeight ?? 800;
    const [sx, sy] = [win?.scrollX ?? 0, win?.scrollY ?? 0];
    const frag = this.doc.createDocumentFragment();
    for (const [name, ranges] of this.sets) {
      const color = this.colors()[name] ?? '#e8a33d';
      for (const r of ranges) {
        for (const rect of r.getClientRects()) {
          if (rect.bottom < -h || rect.top > 2 * h || rect.width === 0) continue;
          const box = this.doc.createElement('div');
          box.className = name;
          box.setAttribute('style', `position:absolute;left:${rect.left + sx}px;top:${rect.top + sy}px;width:${rect.width}px;height:${rect.height}px;background:${color}38;border-bottom:2px solid ${color}`);
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
    this.doc.removeEventListener('scroll', this.redraw, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.redraw);
    this.host.remove();
  }
}
