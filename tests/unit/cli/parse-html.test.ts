// The command line parses HTML as the standard says a browser does (scripts/cli/parse-html.ts).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { parseHtml } from '../../../scripts/cli/parse-html';

const P =
  'أجرى الوزير محادثات مطولة في العاصمة مع نظيره حول الأوضاع الإقليمية والتعاون الثنائي بين البلدين في مجالات عدة.';
const text = (html: string) =>
  extractArticle(parseHtml(`<!doctype html><html lang="ar"><body>${html}</body></html>`).body).text;

describe('parseHtml', () => {
  it('keeps the story after an unclosed form with a second form inside it', () => {
    const t = text(
      `<div><form><input name="q"><div><form><input name="p"></form></div></div>` +
        `<div class="story"><p>${P}</p><p>${P}</p><p>${P}</p></div>`,
    );
    expect(t.split('أجرى الوزير').length - 1).toBe(3);
  });

  it('moves text between table rows before the table, as a browser does', () => {
    const t = text(
      `<div><p>${P}</p><p>${P}</p>` +
        `<table><tr><td>الخلية الأولى</td></tr>نص بين الصفوف<tr><td>الخلية الثانية</td></tr></table></div>`,
    );
    expect(t.indexOf('نص بين الصفوف')).toBeLessThan(t.indexOf('الخلية الأولى'));
  });

  it('reads a self-closed <script/> as a script that runs to </script>', () => {
    const t = text(`<div><script src="a.js"/><p>نص داخل السكربت</p></script><p>${P}</p><p>${P}</p></div>`);
    expect(t).toContain('أجرى الوزير');
    expect(t).not.toContain('نص داخل السكربت');
  });

  it('gives the document element its lang and a body even for a fragment', () => {
    const doc = parseHtml('<p>نص</p>');
    expect(doc.body.nodeName).toBe('BODY');
    expect(parseHtml('<html lang="ar"><p>x</p></html>').documentElement.getAttribute?.('lang')).toBe('ar');
  });
});
