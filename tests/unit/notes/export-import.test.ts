import { describe, expect, it } from 'vitest';
import { toCsv, toJsonLd, toMarkdown } from '@/lib/notes/export';
import { mergeNotes, parseImport } from '@/lib/notes/import';
import { note } from './sample';

const passage = note({
  id: '0b1c2d3e-0000-4000-8000-000000000002',
  entity: null,
  quote: { exact: 'هدنة إنسانية فورية', prefix: 'إلى ', suffix: ' في السودان' },
  body: '=HYPERLINK("x") **bold**, "quoted"',
  format: 'markdown',
  tags: [],
});

describe('export', () => {
  it('writes W3C Web Annotation JSON-LD that imports back unchanged', () => {
    const json = toJsonLd([note(), passage], Date.parse('2024-04-01T00:00:00Z'));
    const doc = JSON.parse(json);
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const a = doc.first.items[0];
    expect(a.type).toBe('Annotation');
    expect(a.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(parseImport(json)).toEqual({ ok: true, value: { notes: [note(), passage], repeated: 0, corrections: [] } });
  });

  it('writes CSV with a header, quoted cells and formula injection defused', () => {
    const csv = toCsv([note(), passage]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,created,updated,url,title,site,published,quote,entity_id,entity_type,entity_english,entity_arabic,note,tags',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Q311440,person,António Guterres,أنطونيو غوتيريش');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"") **bold**, ""quoted"""`);
  });

  it('writes Markdown grouped by page with quotes, entities and tags', () => {
    const md = toMarkdown([note(), passage]);
    expect(md).toContain('## [غوتيريش يدعو إلى هدنة](https://news.example/a/1)');
    expect(md).toContain('> أنطونيو غوتيريش');
    expect(md).toContain('**António Guterres** (أنطونيو غوتيريش, person)');
    expect(md).toContain('Tags: #sudan');
    expect(md.match(/^## /gm)).toHaveLength(1);
  });
});

describe('parseImport refuses a bad file as a whole', () => {
  const good = JSON.parse(toJsonLd([note()]));
  const withItem = (patch: object) =>
    JSON.stringify({
      ...good,
      first: { ...good.first, items: [good.first.items[0], { ...good.first.items[0], ...patch }] },
    });
  it.each([
    ['not JSON', '{"type": "AnnotationCollection", ', /not valid JSON/],
    ['some other JSON', '{"hello": "world"}', /not a Hamish or W3C Web Annotation export/],
    ['an item without id', withItem({ id: 'note-1' }), /annotation 2 has no urn:uuid id/],
    [
      'a javascript: target',
      withItem({ target: { source: 'javascript:alert(1)', selector: [] } }),
      /not an http\(s\) URL/,
    ],
    ['no quote selector', withItem({ target: { source: 'https://a.example/', selector: [] } }), /no TextQuoteSelector/],
    ['a bad date', withItem({ created: 'yesterday' }), /created is not a date/],
    ['a body that is not text', withItem({ body: [{ type: 'Image', value: 'x' }] }), /not a TextualBody/],
    ['a bad entity', withItem({ 'hamish:entity': { id: 'x', type: 'thing', arabic: 'س' } }), /malformed hamish:entity/],
  ])('%s', (_name, file, why) => {
    const r = parseImport(file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(why);
      expect(r.error).toMatch(/Nothing was imported/);
    }
  });
});

describe('mergeNotes', () => {
  it('keeps the copy modified last', () => {
    const older = note({ body: 'old', updated: 1 });
    const newer = note({ body: 'new', updated: 2 });
    expect(mergeNotes(older, newer).body).toBe('new');
    expect(mergeNotes(newer, older).body).toBe('new');
    expect(mergeNotes(undefined, older).body).toBe('old');
  });
});
