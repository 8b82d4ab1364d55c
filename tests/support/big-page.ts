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
