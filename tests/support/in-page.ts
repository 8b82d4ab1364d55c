// Functions that run inside a test page (passed to page.evaluate by Playwright and Puppeteer
// alike), so both browsers' tests and the benchmarks read the page the same way. Each is
// serialised on its own: no helpers, no inner named functions (tsx would wrap those in __name).

/** The text of every range in each hamish-* highlight. */
export function highlightTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, h] of reg) if (name.startsWith('hamish-')) out[name] = [...h].map((r) => r.toString());
  return out;
}

/** Selects the first occurrence of `text` inside the article, as a reader's drag would. */
export function selectText(text: string): boolean {
  const root = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf(text);
    if (i < 0) continue;
    getSelection()!.setBaseAndExtent(n, i, n, i + text.length);
    return true;
  }
  return false;
}

/** Viewport box of the first occurrence of `text`, scrolled into view; null when absent. */
export function textRect(text: string): { x: number; y: number; width: number; height: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    n.parentElement?.scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left, y: b.top, width: b.width, height: b.height };
  }
  return null;
}

/** Centre of a box from textRect (runs in the test, not in the page). */
export const centreOf = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

/**
 * Share of the pixels of a PNG screenshot (base64) within `tol` of the colour `rgb`, decoded by
 * the browser: how the tests see marks that live where page scripts cannot look.
 */
export async function tintShare([png, rgb, tol]: [string, number[], number]): Promise<number> {
  const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
  g.drawImage(bmp, 0, 0);
  const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
  let hit = 0;
  for (let i = 0; i < d.length; i += 4)
    if (
      Math.abs(d[i]! - rgb[0]!) <= tol &&
      Math.abs(d[i + 1]! - rgb[1]!) <= tol &&
      Math.abs(d[i + 2]! - rgb[2]!) <= tol
    )
      hit++;
  return hit / (d.length / 4);
}

/** Text of every hamish-* entity mark whose range starts outside the elements `selector` matches. */
export function marksOutside(selector: string): string[] {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const inside = [...document.querySelectorAll(selector)];
  const out: string[] = [];
  for (const [name, h] of reg) {
    if (!name.startsWith('hamish-') || name === 'hamish-note') continue;
    for (const r of h) if (!inside.some((el) => el.contains(r.startContainer))) out.push(r.toString());
  }
  return out;
}

/**
 * Watches, from the page, for the first frame in which Hamish's card takes the pointer at column
 * `x` (it does once it is opaque; transparent, it lets the pointer through), and stores in
 * window.firstCard how tall it was then, in px, found by hit testing down that column.
 */
export function watchFirstCard(x: number): void {
  const w = window as unknown as { firstCard: number | null };
  w.firstCard = null;
  void (async () => {
    for (let frame = 0; frame < 6000 && w.firstCard === null; frame++) {
      await new Promise((r) => requestAnimationFrame(r));
      let hits = 0;
      for (let y = 0; y < innerHeight; y += 10) {
        const el = document.elementFromPoint(x, y);
        // Hamish's box hangs from the root element, outside the body; the page's text is in it.
        if (el && el !== document.documentElement && !document.body.contains(el)) hits++;
      }
      if (hits) w.firstCard = hits * 10;
    }
  })();
}
