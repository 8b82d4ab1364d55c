import { describe, expect, it } from 'vitest';
import { furniture, headingKey, isRelatedBlock } from '@/lib/article/blocks';
import type { NodeLike } from '@/lib/article/dom-like';

function el(html: string): NodeLike {
  document.body.innerHTML = html;
  return document.body.firstElementChild as unknown as NodeLike;
}

describe('headingKey', () => {
  it.each([
    ['إقرأ أيضاً', 'اقرا ايضا'],
    ['اقرأ أيضا:', 'اقرا ايضا'],
    ['اقـرأ  أيضـاً', 'اقرا ايضا'],
    ['أخبار ذات صلة', 'اخبار ذات صله'],
  ])('%s → %s', (text, want) => expect(headingKey(text)).toBe(want));
});

describe('isRelatedBlock', () => {
  it.each([
    [
      'a heading with hamza and tanween',
      '<div><h4>إقرأ أيضاً</h4>' + '<ul><li><a href="/a/1">خبر</a></li></ul></div>',
      true,
    ],
    ['a heading without them', '<section><h2>اقرأ أيضا</h2><p><a href="/a/1">خبر</a></p></section>', true],
    ['"related topics" heading', '<div><div class="title">الموضوعات المتعلقة</div><a href="/a/1">خبر</a></div>', true],
    ['class RelatedNews', '<div class="RelatedNews"><a href="/a/1">خبر</a></div>', true],
    ['class aksa-related-articles-widget', '<ul class="aksa-related-articles-widget"><li>خبر</li></ul>', true],
    ['class related', '<aside class="related"><a href="/a/1">خبر</a></aside>', true],
    [
      'a story paragraph that mentions reading',
      '<div><p>اقرأ أيضا ما قاله الوزير في المؤتمر الصحفي عن الخطة</p></div>',
      false,
    ],
    ['a heading that only starts like one', '<div><h2>اقرأ أيضاحات الحكومة</h2><p>نص</p></div>', false],
    ['a story block', '<div class="article-body"><h2>عنوان فرعي</h2><p>نص الخبر</p></div>', false],
    ['a paragraph element with a related class', '<p class="related">نص</p>', false],
  ])('%s → %s', (_name, html, want) => expect(isRelatedBlock(el(html))).toBe(want));
});

describe('furniture', () => {
  it.each([
    ['aside', '<aside class="col-xs-4"><p>نص</p></aside>', 'firm'],
    ['nav', '<nav><a href="/">الرئيسية</a></nav>', 'firm'],
    ['a breadcrumb', '<ol class="breadcrumb"><li>الرئيسية</li></ol>', 'firm'],
    ['a most-read widget by class', '<div class="most-read"><ul><li>خبر</li></ul></div>', 'firm'],
    ['MostRead in camelCase', '<div class="MostReadNews"><ul><li>خبر</li></ul></div>', 'firm'],
    ['comments', '<section class="comments"><p>تعليق</p></section>', 'firm'],
    ['a most-read widget by its heading', '<div class="box"><h3>الأكثر قراءة</h3><ul><li>خبر</li></ul></div>', 'soft'],
    ['a tag list', '<div class="tags"><a href="/t/1">وسم</a></div>', 'soft'],
    ['a share bar', '<div class="share-bar"><a href="/s">شارك</a></div>', 'soft'],
    ['a keywords heading', '<div><h4>الكلمات الدالة :</h4><a href="/k">كلمة</a></div>', 'soft'],
    ['a story wrapper', '<div class="entry-content"><p>نص</p></div>', null],
    ['the article element', '<article class="share"><p>نص</p></article>', null],
    ['a header inside an article is the story headline', '<div class="x"><p>نص</p></div>', null],
    ['a class that only contains "ad" inside a word', '<div class="head-lead shadow"><p>نص</p></div>', null],
  ])('%s → %s', (_name, html, want) => expect(furniture(el(html), false)).toBe(want));
});
