import { describe, expect, it } from 'vitest';
import { isNewsArticle, onNewsSiteList, type NewsSignals } from '@/lib/news';

const base: NewsSignals = { hostname: 'example.com', jsonLdTypes: [], ogType: '', hasPublishedTime: false, articleElements: 0, paragraphArabicChars: 0, paragraphs: 0 };

describe('isNewsArticle', () => {
  it.each([
    ['JSON-LD NewsArticle', { jsonLdTypes: ['NewsArticle'] }, true],
    ['JSON-LD ReportageNewsArticle', { jsonLdTypes: ['WebPage', 'ReportageNewsArticle'] }, true],
    ['og:type article with a published time', { ogType: 'article', hasPublishedTime: true }, true],
    ['a published time and a long story', { hasPublishedTime: true, paragraphArabicChars: 900 }, true],
    ['a listed news site with a story', { hostname: 'www.aljazeera.net', paragraphArabicChars: 500 }, true],
    ['an article element with several long paragraphs', { articleElements: 1, paragraphs: 5, paragraphArabicChars: 1200 }, true],
    ['a bare page', {}, false],
    ['og:type website', { ogType: 'website', paragraphArabicChars: 2000 }, false],
    ['a shop or forum page with much Arabic text but no article', { paragraphs: 20, paragraphArabicChars: 5000 }, false],
    ['a listed news site home page (little paragraph text)', { hostname: 'aljazeera.net', paragraphArabicChars: 100 }, false],
    ['JSON-LD Product', { jsonLdTypes: ['Product'] }, false],
  ])('%s → %s', (_name, over, want) => {
    expect(isNewsArticle({ ...base, ...over })).toBe(want);
  });
});

describe('onNewsSiteList', () => {
  it.each([
    ['aljazeera.net', true],
    ['www.aljazeera.net', true],
    ['arabic.cnn.com', true],
    ['notaljazeera.net', false],
    ['aljazeera.net.evil.example', false],
  ])('%s → %s', (host, want) => expect(onNewsSiteList(host)).toBe(want));
});
