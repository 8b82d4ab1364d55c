// Paints entities with the CSS Custom Highlight API: one highlight per type, named
// hamish-person / hamish-place / hamish-organization; the page's DOM is not rewritten. That
// registry is shared with the page's scripts, so only public facts go there (which words of the
// page's own text name someone). The reader's notes are drawn in the extension's own layer,
// where page scripts cannot look (mark-layer.ts); so are entities where the API is missing.
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { ENTITY_TYPES } from '@/lib/types';
import { MarkLayer } from './mark-layer';
import type { Overlay } from './overlay';
import { claim } from './own-nodes';

export const NOTE_MARKS = 'note';
const NOTE_COLOR = '#e8a33d';

export const highlightApi = (): { registry: HighlightRegistry; Highlight: typeof Highlight } | null => {
  // The DOM types promise the API everywhere; older engines and test DOMs lack it.
  const registry: HighlightRegistry | undefined = typeof CSS === 'undefined' ? undefined : CSS.highlights;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
};

// A translucent fill in the type's colour, and nothing else: any text-decoration in a ::highlight
// rule (the underline these had until session 13) makes Chromium walk the whole document in
// PrePaint in every frame that repaints anything (the card shown or moved, a highlight changed, the
// page's own animations): on the 5 MB page 17-25 ms a frame against 1.4 without it, at load 9
// (`bench:page -- --floor`, "highlight with an underline"). The fill is darker to make up for it.
export function highlightCss(s: Settings): string {
  return ENTITY_TYPES.map((t) =>
    s.shown[t] ? `::highlight(hamish-${t}){background-color:${s.colors[t]}4d}` : '',
  ).join('\n');
}

export class Painter {
  private sets = new Map<string, Range[]>();
  private layer: MarkLayer | null = null;
  private style: HTMLStyleElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly settings: () => Settings,
    private readonly overlay: Overlay,
  ) {}

  /**
   * The highlight rules for the shown types. The rules
   * in the default colours come with the content script (highlights.css, in the page before it is
   * laid out): a style sheet added at run time makes the browser restyle the whole page, which on
   * a page of megabytes holds it for hundreds of milliseconds, so only other colours add one.
   */
  applyStyle(s: Settings): void {
    if (ENTITY_TYPES.some((t) => s.colors[t] !== DEFAULT_SETTINGS.colors[t])) {
      this.style ??= claim(this.doc.createElement('style'));
      if (!this.style.isConnected) (this.doc.head ?? this.doc.documentElement).append(this.style);
      this.style.textContent = highlightCss(s);
    } else this.style?.remove();
  }

  private markLayer(): MarkLayer {
    const colors = () => ({
      ...Object.fromEntries(ENTITY_TYPES.map((t) => [`hamish-${t}`, this.settings().colors[t]])),
      [NOTE_MARKS]: NOTE_COLOR,
    });
    return (this.layer ??= new MarkLayer(this.overlay, colors));
  }

  add(name: string, ranges: Range[]): void {
    const list = this.sets.get(name) ?? [];
    list.push(...ranges);
    this.sets.set(name, list);
    const api = highlightApi();
    if (!api || name === NOTE_MARKS) return this.markLayer().add(name, ranges);
    const existing = api.registry.get(name);
    if (existing) for (const r of ranges) existing.add(r);
    else api.registry.set(name, new api.Highlight(...ranges));
  }

  /** Takes ranges off (a long page keeps only the marks near the reader highlighted). */
  remove(name: string, ranges: readonly Range[]): void {
    if (!ranges.length) return;
    const gone = new Set(ranges);
    this.sets.set(
      name,
      (this.sets.get(name) ?? []).filter((r) => !gone.has(r)),
    );
    const api = highlightApi();
    if (!api || name === NOTE_MARKS) return this.layer?.drop(name, gone);
    const existing = api.registry.get(name);
    if (existing) for (const r of ranges) existing.delete(r);
  }

  clear(): void {
    const api = highlightApi();
    for (const name of this.sets.keys()) if (name !== NOTE_MARKS) api?.registry.delete(name);
    this.sets.clear();
    this.layer?.remove();
    this.layer = null;
    this.style?.remove();
  }

  count(name: string): number {
    return this.sets.get(name)?.length ?? 0;
  }
}
