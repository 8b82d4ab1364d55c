// The export of one article from "On this page": hostile page text stays text in Markdown and in
// JSON-LD, only http(s) addresses become links, and the schema.org shape carries the article, its
// names and the reader's notes.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { articleJsonLd, articleMarkdown, wikidataUrl, type ArticleExport } from '@/lib/notes/article-export';
import type { PageEntity } from '@/lib/protocol/entity';
import { note } from './sample';

const md = new MarkdownIt({ html: true, linkify: true });
const ent = (
  id: string,
  type: PageEntity['type'],
  english: string | null,
  arabic: string,
  count: number,
): PageEntity => ({ id, type, english, arabic, count, romanized: arabic, origin: english ? 'gazetteer' : 'guess' });

const ARTICLE: ArticleExport = {
  page: {
    url: 'https://news.example/a/1',
    title: 'غوتيريش يدعو إلى هدنة',
    site: 'news.example',
    publishedAt: '2024-03-12',
  },
  entities: [
    ent('Q85', 'place', 'Cairo', 'القاهرة', 2),
    ent('Q311440', 'person', 'António Guterres', 'غوتيريش', 5),
    ent('doc:3', 'organization', null, 'هيئة ما', 1),
  ],
  notes: [note({ body: 'UN chief', tags: ['sudan'] })],
};

const HOSTILE: ArticleExport = {
  page: { url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>', site: '<b>s</b>', publishedAt: null },
  entities: [ent('Q1', 'person', '[x](javascript:alert(2))', '<script>alert(3)</script>', 1)],
  notes: [
    note({
      body: '</script><script>alert(4)</script>',
      quote: { exact: '<svg onload=alert(5)>', prefix: '', suffix: '' },
      entity: null,
    }),
  ],
};

describe('article Markdown', () => {
  it('lists the names by type, most mentioned first, with Wikidata links, then the notes', () => {
    const text = articleMarkdown(ARTICLE);
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# [غوتيريش يدعو إلى هدنة](https://news.example/a/1)',
      '## People',
      '## Places',
      '## Organisations',
      '## Notes',
    ]);
    expect(text).toContain('- **António Guterres** (غوتيريش), 5× · [Wikidata](https://www.wikidata.org/wiki/Q311440)');
    expect(text).toContain('- **هيئة ما**, 1×\n');
    expect(text).toContain('UN chief');
    expect(text).toContain('Tags: #sudan');
  });

  it('renders hostile page text as text, with no link but http(s) ones', () => {
    const html = md.render(articleMarkdown(HOSTILE));
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['a', 'blockquote', 'h1', 'h2', 'li', 'p', 'strong', 'sub', 'ul']);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://www.wikidata.org/wiki/Q1']);
  });
});

describe('article JSON-LD (schema.org)', () => {
  it('is a NewsArticle that mentions its names and holds the notes as comments', () => {
    const doc = JSON.parse(articleJsonLd(ARTICLE));
    expect(doc['@type']).toBe('NewsArticle');
    expect(doc).toMatchObject({
      headline: ARTICLE.page.title,
      url: ARTICLE.page.url,
      datePublished: '2024-03-12',
      publisher: { '@type': 'Organization', name: 'news.example' },
    });
    expect(doc.mentions.map((m: { '@type': string; name: string }) => [m['@type'], m.name])).toEqual([
      ['Person', 'António Guterres'],
      ['Place', 'Cairo'],
      ['Organization', 'هيئة ما'],
    ]);
    expect(doc.mentions[0]).toMatchObject({
      sameAs: 'https://www.wikidata.org/wiki/Q311440',
      alternateName: 'غوتيريش',
      'hamish:mentionCount': 5,
    });
    expect(doc.mentions[2].sameAs).toBeUndefined();
    expect(doc.comment).toEqual([
      expect.objectContaining({
        '@type': 'Comment',
        text: 'UN chief',
        keywords: ['sudan'],
        citation: { '@type': 'Quotation', text: ARTICLE.notes[0]!.quote.exact },
        about: expect.objectContaining({ '@type': 'Person', name: 'António Guterres' }),
      }),
    ]);
  });

  it('keeps hostile text as data: no markup characters in the file, no non-http URL', () => {
    const text = articleJsonLd(HOSTILE);
    expect(text).not.toMatch(/[<>&]/);
    const doc = JSON.parse(text);
    expect(doc.url).toBeUndefined();
    expect(doc.headline).toBe('<img src=x onerror=alert(1)>');
    expect(doc.comment[0].text).toBe('</script><script>alert(4)</script>');
  });

  it.each([
    ['Q311440', 'https://www.wikidata.org/wiki/Q311440'],
    ['doc:3', null],
    ['Q12a', null],
    ['q5', null],
  ])('Wikidata address of %s is %s', (id, want) => expect(wikidataUrl(id)).toBe(want));
});
