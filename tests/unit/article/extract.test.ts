import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import type { NodeLike } from '@/lib/article/dom-like';

const P =
  'أجرى الوزير محادثات مطولة في العاصمة مع نظيره حول الأوضاع الإقليمية والتعاون الثنائي بين البلدين في مجالات عدة.';
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
    [
      'comments',
      `<main><article>${STORY}</article><section class="comments"><p>تعليق القارئ هنا</p></section></main>`,
      'تعليق',
    ],
    [
      'inputs and text areas',
      `<main><article>${STORY}<textarea>نص مكتوب</textarea><input value="بحث"></article></main>`,
      'نص مكتوب',
    ],
    ['editable areas', `<main><article>${STORY}<div contenteditable="true">مسودة</div></article></main>`, 'مسودة'],
    ['code', `<main><article>${STORY}<pre>كود برمجي</pre><code>متغير</code></article></main>`, 'كود'],
    [
      'scripts and styles',
      `<main><article>${STORY}<script>var x = "سكربت";</script><style>.a{}</style></article></main>`,
      'سكربت',
    ],
    [
      'hidden blocks',
      `<main><article>${STORY}<div hidden>مخفي</div><p style="display:none">مخفي ايضا</p></article></main>`,
      'مخفي',
    ],
    [
      'the dateline time in the story',
      `<main><article><time datetime="2024-03-12">12/3/2024</time>${STORY}</article></main>`,
      '12/3/2024',
    ],
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
    expect(r.related.map((x) => r.text.slice(x.start, x.end))).toEqual([
      'البرهان يلتقي السيسي 20/2/2024',
      'برنامج الأغذية العالمي يحذر',
    ]);
  });

  it('finds a related block by its Arabic heading alone', () => {
    const r = run(
      `<div><article>${STORY}</article></div>` +
        `<div class="box"><h3>اقرأ أيضا</h3><ul><li>خبر مرتبط بالقصة</li></ul></div>`,
    );
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
    const r = run(
      `<div class="menu-x"><p>رابط</p></div><div id="content">${STORY}${STORY}</div><div><p>قصير</p></div>`,
    );
    expect(r.text).toContain('أجرى الوزير');
    expect(r.text).not.toContain('قصير');
  });
});

describe('extractArticle on site structures', () => {
  const story = (id = 'articleBody') => `<div id="${id}"><p>${P}</p><p>${P}</p><p>${P}</p></div>`;

  it('reads a page wrapped in one form, without the form controls', () => {
    const r = run(
      `<form id="aspnetForm"><input value="بحث"><button>زر الإرسال</button>` +
        `<select><option>خيار</option></select>${story()}</form>`,
    );
    expect(r.text).toContain('أجرى الوزير');
    expect(r.text).not.toMatch(/بحث|زر الإرسال|خيار/);
  });

  it.each([
    [
      'an aside sidebar',
      '<aside class="col-xs-4"><ul><li><a href="/s/1">قائمة الأكثر قراءة هنا</a></li></ul></aside>',
      'الأكثر قراءة هنا',
    ],
    ['a breadcrumb', '<ol class="breadcrumb"><li><a href="/">الصفحة الأولى</a></li></ol>', 'الصفحة الأولى'],
    ['a share bar', '<div class="share-buttons"><a href="/s">انشر الخبر</a></div>', 'انشر الخبر'],
    ['a tag list', '<div class="post-tags"><a href="/t/1">وسم أول</a><a href="/t/2">وسم ثان</a></div>', 'وسم'],
    ['a most-read box by its heading', '<div class="box"><h3>الأكثر قراءة</h3><p>خبر شائع اليوم</p></div>', 'خبر شائع'],
  ])('leaves out %s beside the story', (_name, html, absent) => {
    const r = run(`<div class="row"><div class="col-xs-8">${html}${story()}</div>${html}</div>`);
    expect(r.text).toContain('أجرى الوزير');
    expect(r.text).not.toContain(absent);
  });

  it('keeps a story wrapper whose class only sounds like furniture', () => {
    const r = run(
      `<div class="PrintThis"><div class="entry-content no-share">${story()}</div>` +
        `<div class="share"><a href="/s">انشر</a></div></div>`,
    );
    expect(r.text.split('أجرى الوزير').length - 1).toBe(3);
    expect(r.text).not.toContain('انشر');
  });

  it('chooses the dense story block over a longer list of links', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n/${i}">عنوان خبر آخر في القائمة رقم ${i}</a></li>`,
    ).join('');
    const r = run(`<div class="list"><ul>${links}</ul></div>${story()}`);
    expect(r.text).toContain('أجرى الوزير');
    expect(r.text).not.toContain('عنوان خبر آخر');
  });

  it('finds related boxes by a normalised heading, by class and by shape, and records their items', () => {
    const r = run(
      `<div id="col"><p>${P}</p>` +
        `<div class="x"><h4>إقرأ أيضاً</h4><div><a href="/a/2024/1">خبر أول مرتبط</a></div></div><p>${P}</p>` +
        `<div class="RelatedNews"><ul><li><a href="/a/2">خبر ثان مرتبط</a></li></ul></div><p>${P}</p>` +
        `<ul><li><a href="/n/101">خبر ثالث مرتبط</a></li><li><a href="/n/102">خبر رابع مرتبط</a></li>` +
        `<li><a href="/n/103">خبر خامس مرتبط</a></li></ul></div>`,
    );
    const related = r.related.map((x) => r.text.slice(x.start, x.end));
    // A box without list items is one related range (heading and all); list items are one each.
    expect(related).toEqual([
      'إقرأ أيضاً\n\nخبر أول مرتبط',
      'خبر ثان مرتبط',
      'خبر ثالث مرتبط',
      'خبر رابع مرتبط',
      'خبر خامس مرتبط',
    ]);
    // The story's own paragraphs are never inside a related range.
    const first = r.text.indexOf('أجرى الوزير');
    expect(r.related.some((x) => first >= x.start && first < x.end)).toBe(false);
  });

  it('puts a word boundary between sibling inline elements that have no space between them', () => {
    const r = run(
      `<main><p>${P}</p><p>${P}</p>` +
        `<p>أسماء: <span>يسرا</span><span>كورونا</span><span>القاهرة</span> ` +
        `<b>دمشق</b><b>،</b> و<i>ال</i>كتاب</p></main>`,
    );
    // A comma abutting a word stays on it; a letter after a text node is still the same word.
    expect(r.text).toContain('أسماء: يسرا كورونا القاهرة دمشق، والكتاب');
    for (const seg of r.segments) {
      if (seg.node) expect(r.text.slice(seg.start, seg.end)).toBe(seg.node.nodeValue);
      else expect(r.text.slice(seg.start, seg.end)).toMatch(/^(\s+)$/);
    }
  });
});

describe('extractArticle on a long story', () => {
  it('builds the whole text, in order, with every segment pointing at its own text', () => {
    // More text pieces than are joined at a time (1,024), so the text is built from several joins.
    const n = 2500;
    const paras = Array.from({ length: n }, (_, i) => `${P} (${i})`);
    const ex = run(`<article>${paras.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(ex.text).toBe(paras.join('\n\n'));
    for (const s of ex.segments) if (s.node) expect(ex.text.slice(s.start, s.end)).toBe(s.node.nodeValue);
  });
});
