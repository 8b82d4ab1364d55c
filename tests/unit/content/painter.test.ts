import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightCss, NOTE_MARKS, Painter } from '@/entrypoints/content/painter';
import { isOwn } from '@/entrypoints/content/own-nodes';
import { Overlay } from '@/entrypoints/content/overlay';
import { settle, watchPage } from './page-watch';
import { DEFAULT_SETTINGS } from '@/lib/settings';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function range(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.setStart(p.firstChild!, 0);
  r.setEnd(p.firstChild!, text.length);
  return r;
}

/** Keeps the closed shadow roots the painter makes, which page scripts never get. */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const rects = (...boxes: [number, number, number, number][]) =>
  boxes.map(
    ([left, top, width, height]) =>
      ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect,
  ) as unknown as DOMRectList;

describe('Painter without the CSS Custom Highlight API', () => {
  it('draws boxes in the overlay once it is open, with no Hamish name, and leaves the page text alone', async () => {
    expect((globalThis as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBeUndefined();
    const roots = captureShadowRoots();
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(rects([10, 20, 50, 16]));
    const r = range('بغداد');
    const before = document.body.querySelector('p')!.outerHTML;
    const added = watchPage();
    const overlay = new Overlay(document);
    const painter = new Painter(document, () => DEFAULT_SETTINGS, overlay);
    painter.applyStyle(DEFAULT_SETTINGS);
    painter.add('hamish-place', [r]);
    expect(painter.count('hamish-place')).toBe(1);
    await frame();
    // Marking put nothing in the page: the overlay waits for the reader.
    expect(added).toEqual([]);
    expect([...document.documentElement.children].some(isOwn)).toBe(false);
    overlay.open();
    await settle();
    expect(added).toHaveLength(1);
    const host = [...document.documentElement.children].find(isOwn);
    expect(host).toBeDefined();
    expect(host!.outerHTML).not.toMatch(/hamish/i);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.mode).toBe('closed');
    await frame();
    expect(roots[0]!.children).toHaveLength(1);
    expect(roots[0]!.children[0]!.children).toHaveLength(1);
    expect(document.body.querySelector('p')!.outerHTML).toBe(before);
    painter.clear();
    expect(roots[0]!.children).toHaveLength(0);
    expect(painter.count('hamish-place')).toBe(0);
    overlay.remove();
    expect(host!.isConnected).toBe(false);
  });
});

describe('Painter with the CSS Custom Highlight API', () => {
  class FakeHighlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }

  it(
    'puts entities in the page-visible registry and note marks only in the closed overlay, ' +
      'clipped to the viewport',
    async () => {
      const registry = new Map<string, FakeHighlight>();
      vi.stubGlobal('CSS', { highlights: registry });
      vi.stubGlobal('Highlight', FakeHighlight);
      const roots = captureShadowRoots();
      const added = watchPage();
      const overlay = new Overlay(document);
      const painter = new Painter(document, () => DEFAULT_SETTINGS, overlay);
      painter.applyStyle(DEFAULT_SETTINGS);
      painter.add('hamish-person', [range('غوتيريش')]);
      vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(
        rects([10, 20, 50, 16], [-40, -200, 30, 16], [innerWidth - 20, 30, 60, 16]),
      );
      painter.add(NOTE_MARKS, [range('هدنة إنسانية')]);
      expect([...registry.keys()]).toEqual(['hamish-person']);
      await frame();
      // A note alone does not put the overlay in: when it appears would tell the page of the note.
      expect(added.filter(isOwn)).toEqual([]);
      overlay.open();
      await frame();
      const layer = roots[0]!.children[0]!;
      const boxes = [...layer.children] as HTMLElement[];
      // The box above the viewport is not drawn; the one across its right edge is cut at the edge.
      expect(boxes.map((b) => [b.style.left, b.style.top, b.style.width])).toEqual([
        ['10px', '20px', '50px'],
        [`${innerWidth - 20}px`, '30px', '20px'],
      ]);
      painter.clear();
      expect(registry.size).toBe(0);
      overlay.remove();
    },
  );
});

describe('highlightCss', () => {
  it('styles only the types the reader shows, in their colours, and never notes', () => {
    const css = highlightCss({
      ...DEFAULT_SETTINGS,
      shown: { person: true, place: false, organization: true },
      colors: { ...DEFAULT_SETTINGS.colors, person: '#112233' },
    });
    expect(css).toContain('::highlight(hamish-person){background-color:#1122334d}');
    expect(css).not.toContain('hamish-place');
    expect(css).toContain('::highlight(hamish-organization)');
    expect(css).not.toMatch(/note/);
  });
  it('draws no text decoration (it makes Chromium walk the whole page in every repainted frame)', () => {
    for (const color of ['#112233', DEFAULT_SETTINGS.colors.place])
      expect(highlightCss({ ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, person: color } })).not.toMatch(
        /text-decoration|underline|text-shadow/,
      );
  });
});
