import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import type { NodeLike } from '@/lib/article/dom-like';

const P = 'أجرى الوزير محادثات مطولة في العاصمة مع نظيره حول الأوضاع الإقليمية والتعاون الثنائي بين البلدين في مجالات عدة.';
const STORY = `<p>${P}</p><p>${P}</p>`;

function run(html: string, ariaLabels = false) {
  document.body.innerHTML = html;
  return extractArticle(document.body as unknown as NodeLike, { ariaLabels });
}

describe('extractArticle', () => {
  it.each([
    ['menus', `<nav><a>القائمة الرئيسية</a></nav><article>${STORY}</article>`, 'القائمة'],
    ['the site header', `<header><a>اشترك الآن</a></header><main><article>${STORY}</article></main>`, 'اشترك'],
    ['footers', `<article>${STORY}</article><footer>جميع الحقوق محفوظة</footer>`, 'الحقوق'],
    ['comments', `<main><article>${STORY}</article><section class="comments"><p>تعليق القارئ هنا</p></section></main>`, 'تعليق'],
    ['inputs and text areas', `<main><article>${STORY}<textarea>نص مكتوب</textarea><input value="بحث"></article></main>`, 'نص مكتوب'],
    ['editable areas', `<main><article>${STORY}<div contenteditable="true">مسودة</div></article></main>`, 'مسودة'],
    ['code', `<main><article>${STORY}<pre>كود برمجي</pre><code>متغير</code></article></main>`, 'كود'],
    ['scripts and styles', `<main><article>${STORY}<script>var x = "سكربت";</script><style>.a{}</style></article></main>`, 'سكربت'],
    ['hidden blocks', `<main><article>${STORY}<div hidden>مخفي</div><p style="display:none">مخفي ايضا</p></article></main>`, 'مخفي'],
    ['the dateline time in the story', `<main><article><time datetime="2024-03-12">12/3/2024</time>${STORY}</article></main>`, '12/3/2024'],
  ])('leaves out %s', (_name, html, absent) => {
    const r = run(html);
    expect(r.text).toContain('أجرى الوزير');
    expect(r.text).not.toContain(absent);
  });

  it('keeps the related-stories block and its dates, and records each item', () => {
    const r = run(
      `<main><article>${STORY}</article><aside class="related"><h2>حول هذه القصة</h2><ul>` +
        '<li><a href="/1">البرهان يلتقي السيسي</a> <time datetime="2024-02-20">20/2/2024</time></li>' +
        '<li><a href="/2">برنامج الأغذية العالمي يحذر</a></li></ul></aside></main>',
    );
    expect(r.text).toContain('البرهان يلتقي السيسي 20/2/2024');
    expect(r.related.map((x) => r.text.slice(x.start, x.end))).toEqual(['البرهان يلتقي السيسي 20/2/2024', 'برنامج الأغذية العالمي يحذر']);
  });

  it('finds a related block by its Arabic heading alone', () => {
    const r = run(`<div><article>${STORY}</article></div><div class="box"><h3>اقرأ أيضا</h3><ul><li>خبر مرتبط بالقصة</li></ul></div>`);
    expect(r.related.map((x) => r.text.slice(x.start, x.end))).toEqual(['خبر مرتبط بالقصة']);
  });

  it('maps every text offset back to its DOM text node', () => {
    const r = run(`<main><article><h1>العنوان الرئيسي</h1><p>الفقرة <b>الأولى</b> هنا</p>${STORY}</article></main>`);
    for (const seg of r.segments) {
      if (!seg.node) continue;
      expect(r.text.slice(seg.start, seg.end)).toBe(seg.node.nodeValue);
    }
    expect(r.text.startsWith('العنوان الرئيسي\n\nالفقرة الأولى هنا')).toBe(true);
  });

  it('reads aria-label text of images only when asked', () => {
    const html = `<main><article><div role="img" aria-label="صورة للوزير في المؤتمر"></div>${STORY}</article></main>`;
    expect(run(html, true).text).toContain('صورة للوزير');
    expect(run(html, false).text).not.toContain('صورة للوزير');
  });

  it('falls back to the densest block of paragraphs when there is no article element', () => {
    const r = run(`<div class="menu-x"><p>رابط</p></div><div id="content">${STORY}${STORY}</div><div><p>قصير</p></div>`);
    expect(r.text).toContain('أجرى الوزير');
    expect(r.text).not.toContain('قصير');
  });
});
