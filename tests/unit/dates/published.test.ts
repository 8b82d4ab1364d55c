import { describe, expect, it } from 'vitest';
import { dateFromValue, publishedFromHtml, publishedFromMeta } from '../../../lib/dates/published';

const page = (head: string, body = '<p>نص الخبر</p>') =>
  `<!doctype html><html lang="ar"><head>${head}</head><body>${body}</body></html>`;

const pages: [string, string, string | null][] = [
  [
    'JSON-LD NewsArticle',
    page(
      '<script type="application/ld+json">' +
        '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-09-22T23:30:00+03:00"}' +
        '</script>',
    ),
    '2021-09-22',
  ],
  [
    'JSON-LD @graph',
    page(
      '<script type="application/ld+json">{"@graph":[' +
        '{"@type":"WebPage","datePublished":"2020-01-01"},' +
        '{"@type":"NewsArticle","datePublished":"2021-03-04T08:00:00Z"}' +
        ']}</script>',
    ),
    '2021-03-04',
  ],
  [
    'JSON-LD array with type list',
    page(
      '<script type="application/ld+json">[{"@type":["Article","NewsArticle"],"datePublished":"2019-12-31"}]</script>',
    ),
    '2019-12-31',
  ],
  [
    'broken JSON-LD',
    page(
      '<script type="application/ld+json">' +
        '{"@type":"NewsArticle", "headline": "قال "الوزير"", "datePublished": "2022-05-06T10:00:00+02:00",}' +
        '</script>',
    ),
    '2022-05-06',
  ],
  [
    'article:published_time',
    page('<meta property="article:published_time" content="2021-09-22T19:35:00+03:00">'),
    '2021-09-22',
  ],
  [
    'og:published_time with single quotes',
    page("<meta property='og:published_time' content='2018-07-01'>"),
    '2018-07-01',
  ],
  ['itemprop datePublished meta', page('<meta itemprop="datePublished" content="2017-02-03">'), '2017-02-03'],
  [
    'itemprop datePublished on span',
    page('', '<span itemprop="datePublished" content="2016-10-11">11 أكتوبر</span>'),
    '2016-10-11',
  ],
  ['pubdate meta', page('<meta name="pubdate" content="20150405">'), '2015-04-05'],
  ['time pubdate', page('', '<time pubdate datetime="2014-06-07T09:00">٧ يونيو</time>'), '2014-06-07'],
  [
    'time inside article beats time outside',
    page(
      '',
      '<header><time datetime="2000-01-01">x</time></header><article><time datetime="2013-08-09">x</time></article>',
    ),
    '2013-08-09',
  ],
  [
    'article meta beats JSON-LD of a non-article',
    page(
      '<script type="application/ld+json">{"@type":"WebSite","datePublished":"2001-01-01"}</script>' +
        '<meta property="article:published_time" content="2012-02-02">',
    ),
    '2012-02-02',
  ],
  ['visible Arabic date near the top', page('', '<h1>عنوان</h1><p>نشر في ٢٢ سبتمبر ٢٠٢١ - قال أمس</p>'), '2021-09-22'],
  ['visible numeric date', page('', '<div class="date">22/9/2021</div>'), '2021-09-22'],
  ['modified time is not published', page('<meta property="article:modified_time" content="2021-01-01">'), null],
  [
    'a date in the description is not the publication date',
    page('<meta name="description" content="في 18 سبتمبر 2021 حدث شيء">'),
    null,
  ],
  ['relative visible words are not enough', page('', '<p>قال أمس إن الاجتماع الأسبوع المقبل</p>'), null],
  ['no date at all', page('<title>خبر</title>'), null],
  ['script content is not visible text', page('', '<script>var d = "22/9/2021";</script><p>لا تاريخ</p>'), null],
];

describe('publishedFromHtml', () => {
  it.each(pages)('%s', (_name, html, expected) => {
    expect(publishedFromHtml(html)).toBe(expected);
  });
});

describe('publishedFromMeta', () => {
  it.each([
    [
      [
        { source: 'time', value: '2020-01-01' },
        { source: 'meta:article:published_time', value: '2021-09-22T01:00:00+09:00' },
      ],
      '2021-09-22',
    ],
    [
      [
        { source: 'unknown', value: '2020-01-01' },
        { source: 'json-ld:article', value: 'not a date' },
      ],
      '2020-01-01',
    ],
    [[{ source: 'meta:date', value: 'garbage' }], null],
    [[], null],
  ])('%j → %s', (candidates, expected) => {
    expect(publishedFromMeta(candidates)).toBe(expected);
  });
});

describe('dateFromValue', () => {
  it.each([
    ['2021-09-22T23:59:59-05:00', '2021-09-22'],
    ['2021/09/22 10:00', '2021-09-22'],
    ['Wed, 22 Sep 2021 16:35:00 GMT', '2021-09-22'],
    ['September 22, 2021', '2021-09-22'],
    ['الأربعاء 22 سبتمبر/أيلول 2021', '2021-09-22'],
    ['2021-02-30', null],
    ['22 Foo 2021', null],
    ['منذ 2019', null],
    ['', null],
  ])('%s → %s', (value, expected) => {
    expect(dateFromValue(value)).toBe(expected);
  });
});
