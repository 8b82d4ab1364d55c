import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/protocol/messages';
import { MAX_SEEN_ENTITIES } from '@/lib/protocol/store';
import { keepMostNamed } from '@/lib/seen';

const ent = (id: string, count: number) => ({ id, count });
const mark = (id: string, start: number) => ({ id, start });

describe('keepMostNamed', () => {
  it.each([
    ['fewer than the limit: all, in page order', [ent('a', 1), ent('b', 5)], 3, ['a', 'b']],
    ['exactly the limit: all', [ent('a', 1), ent('b', 5), ent('c', 2)], 3, ['a', 'b', 'c']],
    ['over the limit: the most named', [ent('a', 1), ent('b', 5), ent('c', 2)], 2, ['b', 'c']],
    ['ties keep page order', [ent('a', 2), ent('b', 2), ent('c', 2)], 2, ['a', 'b']],
    ['a limit of zero keeps none', [ent('a', 2)], 0, []],
  ])('%s', (_, entities, max, ids) => {
    expect(keepMostNamed(entities, [], max).entities.map((e) => e.id)).toEqual(ids);
  });

  it('drops the marks of entities it does not keep, and only those', () => {
    const marks = [mark('a', 0), mark('b', 5), mark('c', 9), mark('b', 12)];
    const r = keepMostNamed([ent('a', 1), ent('b', 2), ent('c', 1)], marks, 2);
    expect(r.marks).toEqual([mark('a', 0), mark('b', 5), mark('b', 12)]);
  });

  it('returns its inputs untouched when they fit', () => {
    const entities = [ent('a', 1)];
    const marks = [mark('a', 0)];
    const r = keepMostNamed(entities, marks, 5);
    expect(r.entities).toBe(entities);
    expect(r.marks).toBe(marks);
  });

  it('keeps a page the record message accepts, where the whole list would be refused', () => {
    const all = Array.from({ length: MAX_SEEN_ENTITIES + 1 }, (_, i) => ent(`Q${i}`, i % 7));
    const record = (list: readonly { id: string }[]) => ({
      type: 'page/seen',
      page: {
        url: 'https://example.com/long',
        title: 'صفحة طويلة',
        site: 'example.com',
        lang: 'ar',
        publishedAt: null,
        entities: list.map((e) => ({ id: e.id, type: 'person', english: 'A', arabic: 'أ' })),
      },
    });
    expect(parseMessage(record(all)).ok).toBe(false);
    expect(parseMessage(record(keepMostNamed(all, [], MAX_SEEN_ENTITIES).entities)).ok).toBe(true);
  });
});
