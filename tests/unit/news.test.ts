import { describe, expect, it } from 'vitest';
import { isDatedByline, isNewsArticle, onNewsSiteList, urlShape, type NewsSignals } from '@/lib/news';

const base: NewsSignals = {
  hostname: 'example.com',
  jsonLdTypes: [],
  ogType: '',
  hasPublishedTime: false,
  articleElements: 0,
  paragraphArabicChars: 0,
  paragraphs: 0,
};

describe('isNewsArticle', () => {
  it.each([
    ['JSON-LD NewsArticle', { jsonLdTypes: ['NewsArticle'] }, true],
    ['JSON-LD ReportageNewsArticle', { jsonLdTypes: ['WebPage', 'ReportageNewsArticle'] }, true],
    ['og:type article with a published time', { ogType: 'article', hasPublishedTime: true }, true],
    ['a published time and a long story', { hasPublishedTime: true, paragraphArabicChars: 900 }, true],
    ['a listed news site with a story', { hostname: 'www.aljazeera.net', paragraphArabicChars: 500 }, true],
    [
      'an article element with several long paragraphs',
      { articleElements: 1, paragraphs: 5, paragraphArabicChars: 1200 },
      true,
    ],
    ['a bare page', {}, false],
    ['og:type website', { ogType: 'website', paragraphArabicChars: 2000 }, false],
    [
      'a shop or forum page with much Arabic text but no article',
      { paragraphs: 20, paragraphArabicChars: 5000 },
      false,
    ],
    [
      'a listed news site home page (little paragraph text)',
      { hostname: 'aljazeera.net', paragraphArabicChars: 100 },
      false,
    ],
    ['JSON-LD Product', { jsonLdTypes: ['Product'] }, false],
    // Weighed signals: no single one of these decides.
    [
      'og:type article, a <time datetime> byline in <main>, four paragraphs of prose, no <article>',
      { ogType: 'article', hasMain: true, timeElements: 1, paragraphs: 4, paragraphArabicChars: 900 },
      true,
    ],
    [
      'og:type article on a numbered story address with a short wire story',
      { ogType: 'article', path: '/article/825076-x', paragraphs: 2, paragraphArabicChars: 450 },
      true,
    ],
    [
      'a listed site (arabic.cnn.com) with og:type article and prose',
      { hostname: 'arabic.cnn.com', ogType: 'article', paragraphArabicChars: 900 },
      true,
    ],
    [
      'a dated byline and a dated address with prose, no metadata at all',
      {
        bylines: ['كتب محرر الشؤون العربية — 12 مارس 2024'],
        path: '/2024/03/12/story',
        paragraphs: 4,
        paragraphArabicChars: 1000,
      },
      true,
    ],
    [
      'itemprop articleBody and a published time',
      { itemprops: ['articleBody', 'datePublished'], hasPublishedTime: true },
      true,
    ],
    ['og:type article alone (a blog page with little text)', { ogType: 'article', paragraphArabicChars: 150 }, false],
    [
      'a manual page: long prose in <main>, no metadata',
      { hasMain: true, paragraphs: 30, paragraphArabicChars: 5000 },
      false,
    ],
    ['a dated address alone', { path: '/2024/03/12/story', paragraphArabicChars: 300 }, false],
    [
      'a listed site front page with prose teasers',
      { hostname: 'www.youm7.com', path: '/', paragraphs: 6, paragraphArabicChars: 1500 },
      false,
    ],
    [
      'a profile page (og:type profile) with posts',
      { ogType: 'profile', paragraphs: 8, paragraphArabicChars: 2000, articleElements: 8 },
      false,
    ],
    [
      'JSON-LD TechArticle (documentation) with prose',
      { jsonLdTypes: ['TechArticle'], paragraphs: 10, paragraphArabicChars: 3000, hasMain: true },
      false,
    ],
    ['a byline without a date', { bylines: ['بقلم محرر الموقع'], paragraphs: 4, paragraphArabicChars: 900 }, false],
  ])('%s → %s', (_name, over, want) => {
    expect(isNewsArticle({ ...base, ...over })).toBe(want);
  });
});

describe('onNewsSiteList', () => {
  it.each([
    ['aljazeera.net', true],
    ['www.aljazeera.net', true],
    ['arabic.cnn.com', true],
    ['edition.cnn.com', false],
    ['notaljazeera.net', false],
    ['aljazeera.net.evil.example', false],
  ])('%s → %s', (host, want) => expect(onNewsSiteList(host)).toBe(want));
});

describe('urlShape', () => {
  it.each([
    ['/story/2020/8/24/x/4943459', 'dated'],
    ['/across-the-uae/news/2020-06-03-1.3874341', 'dated'],
    ['/arab_world/202003171044893040-x/', 'dated'],
    ['/articles/6291787/x', 'numbered'],
    ['/article/825076-x', 'numbered'],
    ['/', 'front'],
    ['/index.html', 'front'],
    ['/ar/', 'front'],
    ['/about-us', 'none'],
    ['/browse/ar-MA/stable/foreword.html', 'none'],
    ['/tag/1234', 'none'],
    ['/2020/', 'none'],
  ])('%s → %s', (path, want) => expect(urlShape(path)).toBe(want));
});

describe('isDatedByline', () => {
  it.each([
    ['الإثنين، 24 أغسطس 2020 09:23 ص', true],
    ['نشر في ١٢/٣/٢٠٢٤', true],
    ['كتب: محرر الأخبار - 3 تشرين الأول', true],
    ['بقلم محرر الموقع', false],
    ['', false],
    ['تحديث'.repeat(40) + ' 12/3/2024', false],
  ])('%s → %s', (text, want) => expect(isDatedByline(text)).toBe(want));
});
