// The popup's notes list asks the background again while a search comes back short with `next`
// set (the background walks its index a bounded number of steps per answer), shows rows as they
// come, and drops the answers of a filter the reader has typed past.
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useNotesList } from '@/entrypoints/popup/notes-list';
import type { NoteFilter } from '@/lib/notes/search';
import type { Message, Send } from '@/lib/protocol/messages';
import type { Note } from '@/lib/protocol/note';
import { note, noteId as id } from '../notes/sample';
import { mount } from './render';

const ALL = Array.from({ length: 120 }, (_, i) => note({ id: id(i), updated: 10_000 - i, body: `n${i % 3}` }));

const matching = (q: string) => ALL.filter((n) => n.body.startsWith(q));

/** A background whose search answers at most `per` notes looked at per request, newest first. */
function background(per: number) {
  const asked: { query: string; after: unknown }[] = [];
  const send = (async (m: Message) => {
    if (m.type === 'notes/facets') return { ok: true, value: { tags: [], sites: [] } };
    if (m.type === 'notes/count') return { ok: true, value: matching(m.filter.query ?? '').length };
    if (m.type !== 'notes/find') throw new Error(`unexpected ${m.type}`);
    const q = m.filter.query ?? '';
    asked.push({ query: q, after: m.after });
    const from = m.after ? ALL.findIndex((n) => n.id === m.after![1]) + 1 : 0;
    const seen = ALL.slice(from, from + per);
    const notes = seen.filter((n) => n.body.startsWith(q)).slice(0, m.limit);
    const last = notes.length === m.limit ? notes.at(-1)! : seen.at(-1);
    const done = !last || ALL.indexOf(last) === ALL.length - 1;
    return {
      ok: true,
      value: { notes, total: null, next: done ? null : ([last.updated, last.id] as [number, string]) },
    };
  }) as unknown as Send;
  return { send, asked };
}

function harness(send: Send) {
  const api: { current: ReturnType<typeof useNotesList> | null } = { current: null };
  function Harness() {
    api.current = useNotesList(send);
    return null;
  }
  mount(<Harness />);
  return api;
}

const settle = async () => {
  for (let i = 0; i < 50; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

describe('notes list paging', () => {
  it('asks again from `next` until a page is full, then stops', async () => {
    const bg = background(7);
    const list = harness(bg.send);
    await act(() => list.current!.load({ query: 'n1' }));
    await settle();
    expect(list.current!.rows!.map((n: Note) => n.id)).toEqual(matching('n1').map((n) => n.id));
    expect(list.current!.complete).toBe(true);
    // 40 matches among 120 notes, 7 looked at per answer: every answer was needed, and no more.
    expect(bg.asked).toHaveLength(Math.ceil(120 / 7));
    expect(list.current!.more).toBe(false);
    // The first answer could not count its matches; the count asked apart did.
    expect(list.current!.total).toBe(40);
  });

  it('fills a page and leaves the rest for "Show more"', async () => {
    const bg = background(10);
    const list = harness(bg.send);
    await act(() => list.current!.load({ query: 'n' }));
    await settle();
    expect(list.current!.rows).toHaveLength(50);
    expect(list.current!.more).toBe(true);
    await act(() => list.current!.loadMore());
    await settle();
    expect(list.current!.rows!.map((n: Note) => n.id)).toEqual(ALL.slice(0, 100).map((n) => n.id));
  });

  it('drops the rest of a search the reader typed past', async () => {
    const bg = background(3);
    const list = harness(bg.send);
    const first = list.current!.load({ query: 'n2' } as NoteFilter);
    await act(() => list.current!.load({ query: 'n0' }));
    await act(() => first);
    await settle();
    expect(list.current!.filter).toEqual({ query: 'n0' });
    expect(list.current!.rows!.map((n: Note) => n.id)).toEqual(matching('n0').map((n) => n.id));
    expect(list.current!.total).toBe(40);
  });
});
