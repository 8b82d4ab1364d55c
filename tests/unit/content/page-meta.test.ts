import { describe, expect, it } from 'vitest';
import { publicationDate } from '@/entrypoints/content/page-meta';
import { newsSignals } from '@/entrypoints/content/news-signals';

const docOf = (head: string, body = '') =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

const LD = (date: string) =>
  `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${date}"}</script>`;
const BIG_HEAD = `<style>${'body{color:red}'.repeat(2000)}</style><script>var x = 1;</script>`;

describe('publicationDate', () => {
  it.each([
    [
      'a meta in the head',
      '<meta property="article:published_time" content="2024-03-12T10:20:00+03:00">',
      '',
      '2024-03-12',
    ],
    ['JSON-LD in the head, after a large style', BIG_HEAD + LD('2023-05-01T08:00:00Z'), '', '2023-05-01'],
    [
      'JSON-LD whose type is written in capitals',
      LD('2022-02-02').replace('application', 'Application'),
      '',
      '2022-02-02',
    ],
    ['an itemprop element in the head', '<meta itemprop="datePublished" content="2021-07-07">', '', '2021-07-07'],
    ['a time element in the article', '', '<article><time datetime="2020-01-15">x</time></article>', '2020-01-15'],
    // Must not match: a modification time, and a meta tag that is only text inside a script.
    ['only a modification time', '<meta property="article:modified_time" content="2021-01-01">', '', null],
    [
      'a meta tag written inside a script',
      `<script>document.write('<meta property="article:published_time" content="2019-09-09">')</script>`,
      '',
      null,
    ],
    ['nothing dated', BIG_HEAD, '<p>نص</p>', null],
  ])('%s', (_what, head, body, want) => {
    const got = publicationDate(docOf(head, body));
    expect(got?.slice(0, 10) ?? null).toBe(want);
  });
});

describe('newsSignals: Arabic prose in paragraphs', () => {
  const ar = 'دعا الأمين العام للأمم المتحدة اليوم إلى هدنة إنسانية في السودان ';
  it.each([
    ['two long Arabic paragraphs', `<p>${ar}</p><p>${ar}</p>`, 2],
    ['Latin text is not counted', `<p>${'The secretary general called for a truce. '.repeat(3)}</p>`, 0],
    ['a short Arabic line is not a paragraph', '<p>عاجل</p>', 0],
  ])('%s', (_what, body, paragraphs) => {
    const s = newsSignals(docOf('', `<main>${body}</main>`), new URL('https://example.com/a') as unknown as Location);
    expect(s.paragraphs).toBe(paragraphs);
    expect(s.paragraphArabicChars).toBe([...body.matchAll(/[\u0621-\u064A]/g)].length);
  });
});
