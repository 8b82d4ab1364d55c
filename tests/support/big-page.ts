// Writes a news page with `bytes` of Arabic story text into `dir` (the size tests and the page
// bench generate it at run time rather than committing megabytes): the demo article's paragraphs
// repeated, each copy numbered so no two paragraphs are the same text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './server';

/** Paragraph i has the id p<i>, so a test can open the page scrolled to it (big.html#p5000). */
export function writeBigPage(dir: string, name: string, bytes: number): string {
  const demo = readFileSync(join(PAGES_DIR, 'demo-article.html'), 'utf8');
  const paras = [...demo.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p id="p${i}">${paras[i % paras.length]} (${i})</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  const html = demo.replace(/<article>[\s\S]*<\/article>/, `<article><h1>ملف طويل</h1>${parts.join('')}</article>`);
  writeFileSync(join(dir, name), html);
  return name;
}

/** Page side (addInitScript): records every long task as [start, duration] in window.tasks. */
export function recordLongTasks(): void {
  const w = window as unknown as { tasks: [number, number][] };
  w.tasks = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Page side (evaluate): how many hamish-* highlight ranges have a box inside the viewport. */
export function visibleHamishMarks(): number {
  let n = 0;
  for (const [name, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    if (!name.startsWith('hamish-')) continue;
    for (const r of hl) {
      const b = r.getBoundingClientRect();
      if (b.bottom > 0 && b.top < innerHeight) n++;
    }
  }
  return n;
}

/**
 * Page side (evaluate): how the hamish-* highlight registry sits around the viewport: the number
 * of ranges in it, and the farthest of them from the viewport, in screens (0 for one on screen).
 */
export function hamishRegistryReach(): { ranges: number; screens: number } {
  let ranges = 0;
  let farthest = 0;
  for (const [name, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    if (!name.startsWith('hamish-')) continue;
    for (const r of hl) {
      ranges++;
      const b = r.getBoundingClientRect();
      const off = b.bottom < 0 ? -b.bottom : b.top > innerHeight ? b.top - innerHeight : 0;
      farthest = Math.max(farthest, off / innerHeight);
    }
  }
  return { ranges, screens: farthest };
}
