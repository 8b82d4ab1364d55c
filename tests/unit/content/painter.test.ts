import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightCss, Painter } from '@/entrypoints/content/painter';
import { DEFAULT_SETTINGS } from '@/lib/settings';

afterEach(() => vi.restoreAllMocks());

function range(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.setStart(p.firstChild!, 0);
  r.setEnd(p.firstChild!, text.length);
  return r;
}

describe('Painter without the CSS Custom Highlight API', () => {
  it('draws boxes in its own layer and leaves the page text alone', async () => {
    expect((globalThis as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBeUndefined();
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 10, top: 20, width: 50, height: 16, bottom: 36, right: 60 } as DOMRect] as unknown as DOMRectList);
    const r = range('بغداد');
    const before = document.body.querySelector('p')!.outerHTML;
    const painter = new Painter(document, () => DEFAULT_SETTINGS);
    painter.add('hamish-place', [r]);
    expect(painter.count('hamish-place')).toBe(1);
    expect(document.querySelector('hamish-marks')).not.toBeNull();
    expect(document.body.querySelector('p')!.outerHTML).toBe(before);
    painter.clear();
    expect(document.querySelector('hamish-marks')).toBeNull();
    expect(painter.count('hamish-place')).toBe(0);
  });
});

describe('highlightCss', () => {
  it('styles only the types the reader shows, in their colours', () => {
    const css = highlightCss({ ...DEFAULT_SETTINGS, shown: { person: true, place: false, organization: true }, colors: { ...DEFAULT_SETTINGS.colors, person: '#112233' } });
    expect(css).toContain('::highlight(hamish-person){background-color:#11223338');
    expect(css).not.toContain('hamish-place');
    expect(css).toContain('::highlight(hamish-organization)');
  });
});
