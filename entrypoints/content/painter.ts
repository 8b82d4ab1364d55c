// Paints entities with the CSS Custom Highlight API: one highlight per type, named
// hamish-person / hamish-place / hamish-organization; the page's DOM is not rewritten. Where the
// API is missing, a fallback draws positioned boxes in the extension's own layer instead.
import type { Settings } from '@/lib/settings';
import { ENTITY_TYPES } from '@/lib/types';
import { FallbackLayer } from './fallback-painter';

export const NOTE_HIGHLIGHT = 'hamish-note';
const STYLE_ID = 'hamish-highlight-style';

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; size: number };

export const highlightApi = (): { registry: HighlightRegistry; Highlight: HighlightCtor } | null => {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const H = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && H ? { registry: css.highlights, Highlight: H } : null;
};

// Translucent fill plus an underline in the type's colour reads on light and dark pages alike.
export function highlightCss(s: Settings): string {
  const rules = ENTITY_TYPES.map((t) =>
    s.shown[t]
      ? `::highlight(hamish-${t}){background-color:${s.colors[t]}38;text-decoration:underline 2px ${s.colors[t]};text-underline-offset:3px}`
      : '',
  );
  rules.push(`::highlight(${NOTE_HIGHLIGHT}){background-color:#e8a33d55}`);
  return rules.join('\n');
}

export function applyStyle(doc: Document, s: Settings): void {
  let el = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!el) {
    el = doc.createElement('style');
    el.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(el);
  }
  el.textContent = highlightCss(s);
}

export class Painter {
  private sets = new Map<string, Range[]>();
  private fallback: FallbackLayer | null = null;

  constructor(
    private readonly doc: Document,
    private readonly settings: () => Settings,
  ) {}

  add(name: string, ranges: Range[]): void {
    const list = this.sets.get(name) ?? [];
    list.push(...ranges);
    this.sets.set(name, list);
    const api = highlightApi();
    if (!api) {
      const colors = () => ({ ...Object.fromEntries(ENTITY_TYPES.map((t) => [`hamish-${t}`, this.settings().colors[t]])), [NOTE_HIGHLIGHT]: '#e8a33d' });
      this.fallback ??= new FallbackLayer(this.doc, colors);
      this.fallback.add(name, ranges);
      return;
    }
    const existing = api.registry.get(name) as { add(r: Range): void } | undefined;
    if (existing) for (const r of ranges) existing.add(r);
    else api.registry.set(name, new api.Highlight(...ranges));
  }

  clear(): void {
    const api = highlightApi();
    for (const name of this.sets.keys()) api?.registry.delete(name);
    this.sets.clear();
    this.fallback?.remove();
    this.fallback = null;
    this.doc.getElementById(STYLE_ID)?.remove();
  }

  count(name: string): number {
    return this.sets.get(name)?.length ?? 0;
  }
}
