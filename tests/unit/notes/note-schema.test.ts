import { describe, expect, it } from 'vitest';
import { check } from '@/lib/protocol/check';
import { note as noteSchema, noteDraft } from '@/lib/protocol/note';
import { parseMessage } from '@/lib/protocol/messages';
import { toJsonLd } from '@/lib/notes/export';
import { parseImport } from '@/lib/notes/import';
import { EDGE_NOTES, edge } from '../../support/edge-notes';

const { id: _id, created: _c, updated: _u, ...draftOf } = edge(0, {});
const fileOf = (...items: object[]) =>
  JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } });
const annotation = (n: Parameters<typeof toJsonLd>[0][number]) => JSON.parse(toJsonLd([n])).first.items[0];

describe('one note schema for import, messages and the store', () => {
  it.each(EDGE_NOTES)('%s: imports unchanged and every message that carries it accepts it', (_name, n) => {
    const r = parseImport(toJsonLd([n]));
    expect(r).toEqual({ ok: true, value: { notes: [n], repeated: 0, corrections: [] } });
    const { id, created: _created, updated: _updated, ...draft } = n;
    expect(parseMessage({ type: 'notes/restore', note: n }).ok).toBe(true);
    expect(parseMessage({ type: 'notes/save', draft, id }).ok).toBe(true);
  });

  // What the messages refuse, import refuses too, note by note, and stores nothing.
  it.each([
    ['created before 1970', edge(10, { created: -1 }), /annotation 1: created must be a time from 1970 on/],
    [
      'one tag too many',
      edge(11, { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }),
      /annotation 1: tags has more than 50 items/,
    ],
    ['a space in the URL', edge(12, { url: 'https://edge.example/a b' }), /annotation 1: url must be an http\(s\) URL/],
    [
      'a newline in the URL',
      edge(13, { url: 'https://edge.example/a\nb' }),
      /annotation 1: url must be an http\(s\) URL/,
    ],
    [
      'a quote too long',
      edge(14, { quote: { exact: 'q'.repeat(10_001), prefix: '', suffix: '' } }),
      /annotation 1: quote.exact must be a string of at most 10000/,
    ],
    [
      'a position that ends before it starts',
      edge(15, { position: { start: 9, end: 3 } }),
      /annotation 1: position must not end before it starts/,
    ],
    [
      'an entity of no known type',
      edge(16, { entity: { id: 'x', type: 'thing' as 'place', english: null, arabic: 'س' } }),
      /annotation 1 has a malformed hamish:entity \(entity.type must be one of/,
    ],
  ])('refuses %s', (_name, bad, why) => {
    const { id, created: _created, updated: _updated, ...draft } = bad;
    const asMessage = [
      parseMessage({ type: 'notes/restore', note: bad }),
      parseMessage({ type: 'notes/save', draft, id }),
    ];
    expect(asMessage[0]!.ok).toBe(false);
    // A creation time is not part of a draft; everything else the save message refuses as well.
    if (bad.created >= 0) expect(asMessage[1]!.ok).toBe(false);
    const r = parseImport(toJsonLd([edge(1, {}), bad]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.replace('annotation 2', 'annotation 1')).toMatch(why);
      expect(r.error).not.toMatch(/annotation 1\b/);
      expect(r.error).toMatch(/^1 of 2 notes cannot be imported: .*Nothing was imported\.$/);
    }
  });

  it('names every bad note, not only the first, and counts past five', () => {
    const bad = Array.from({ length: 7 }, (_, i) => annotation(edge(20 + i, { created: -1 - i })));
    const r = parseImport(fileOf(annotation(edge(1, {})), ...bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^7 of 8 notes cannot be imported: annotation 2: created/);
      expect(r.error.match(/annotation \d+:/g)).toEqual([
        'annotation 2:',
        'annotation 3:',
        'annotation 4:',
        'annotation 5:',
        'annotation 6:',
      ]);
      expect(r.error).toMatch(/and 2 more\. Nothing was imported\.$/);
    }
  });

  it('keeps the newest of two copies of one id in a file and counts the other as repeated', () => {
    const older = edge(30, { body: 'older', updated: 1 });
    const newer = edge(30, { body: 'newer', updated: 2 });
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const r = parseImport(fileOf(...order.map(annotation)));
      expect(r).toEqual({ ok: true, value: { notes: [newer], repeated: 1, corrections: [] } });
    }
  });

  it.each([
    ['a draft with an extra field', noteDraft, { ...draftOf, colour: 'red' }, /^draft.colour is not expected$/],
    ['a draft without tags', noteDraft, { ...draftOf, tags: undefined }, /^draft.tags must be an array$/],
    ['a note whose id has a slash', noteSchema, { ...edge(1, {}), id: 'a/b' }, /^draft.id must be a note id/],
    [
      'a note updated at a fraction of a millisecond',
      noteSchema,
      { ...edge(1, {}), updated: 1.5 },
      /^draft.updated must be a time from 1970 on$/,
    ],
  ])('check names the field: %s', (_name, schema, value, why) => {
    const r = check(schema, value, 'draft');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });

  it('fills absent optional fields of a draft with null, so the stored note has every field', () => {
    const { publishedAt: _p, position: _pos, entity: _e, ...bare } = draftOf;
    expect(check(noteDraft, bare, 'draft')).toEqual({
      ok: true,
      value: { ...bare, publishedAt: null, position: null, entity: null },
    });
  });
});
