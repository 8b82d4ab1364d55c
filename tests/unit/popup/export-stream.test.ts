// The popup's streamed export (entrypoints/popup/export-stream) against a background that fails
// as a stopped worker does: a page that failed is asked again from the same key, so the file still
// holds every note once; an export that cannot go on, or has no room for its file, stops with no
// file and says how far it got.
import { describe, expect, it } from 'vitest';
import { streamExport, RETRY_WAITS, type ExportDeps } from '@/entrypoints/popup/export-stream';
import { JSON_LD } from '@/lib/notes/export';
import type { Message, Send } from '@/lib/protocol/messages';
import type { Note } from '@/lib/protocol/note';
import { err, ok } from '@/lib/result';
import { note, noteId } from '../notes/sample';

const NOTES: Note[] = Array.from({ length: 2500 }, (_, i) =>
  note({ id: noteId(i), updated: 10_000 - i, body: `n${i}` }),
);

/** A background holding NOTES; `fails(k)` says whether its k-th export page request fails. */
function background(fails: (k: number) => boolean) {
  const asked: unknown[] = [];
  let k = 0;
  const send = (async (m: Message) => {
    if (m.type === 'notes/find') return ok({ notes: NOTES.slice(0, m.limit), total: NOTES.length, next: null });
    if (m.type !== 'notes/exportPage') throw new Error(`unexpected ${m.type}`);
    asked.push(m.after);
    if (fails(k++)) return err('The message port closed before a response was received.');
    const from = m.after ? NOTES.findIndex((n) => n.id === (m.after as [number, string])[1]) + 1 : 0;
    const notes = NOTES.slice(from, from + m.limit);
    const last = notes.at(-1)!;
    return ok({ notes, next: from + m.limit < NOTES.length ? [last.updated, last.id] : null });
  }) as Send;
  return { send, asked };
}

const deps = (send: Send, free: number | null = null): ExportDeps => ({
  send,
  freeSpace: async () => free,
  wait: async () => {},
});
const ids = async (blob: Blob) =>
  (JSON.parse(await blob.text()).first.items as { identifier?: string; id?: string }[]).length;

describe('streamExport', () => {
  it('asks a failed page again from the same key, and the file holds every note once', async () => {
    const { send, asked } = background((k) => k === 1 || k === 2);
    const r = await streamExport(deps(send), JSON_LD, [], () => {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const exported = JSON.parse(await r.value.text());
    expect(exported.total).toBe(2500);
    expect(await ids(r.value)).toBe(2500);
    // The second page was asked three times, each from the end of the first.
    expect(asked[1]).toEqual(asked[2]);
    expect(asked[2]).toEqual(asked[3]);
    expect(asked).toHaveLength(5);
  });

  it('stops with no file when a page fails every time, saying how far it got', async () => {
    const { send, asked } = background((k) => k >= 2);
    const r = await streamExport(deps(send), JSON_LD, [], () => {});
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'failed',
        done: 2000,
        total: 2500,
        reason: 'The message port closed before a response was received.',
      },
    });
    expect(asked).toHaveLength(2 + 1 + RETRY_WAITS.length);
  });

  it('stops before writing on when the file would not fit in the space left', async () => {
    const { send, asked } = background(() => false);
    const r = await streamExport(deps(send, 1_000_000), JSON_LD, [], () => {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ kind: 'space', done: 1000, total: 2500, free: 1_000_000 });
    expect((r.error as { needed: number }).needed).toBeGreaterThan(1_000_000);
    expect(asked).toHaveLength(1);
  });

  it('goes on when there is room, or when the browser does not say', async () => {
    for (const free of [1e10, null]) {
      const r = await streamExport(deps(background(() => false).send, free), JSON_LD, [], () => {});
      expect(r.ok).toBe(true);
    }
  });
});
