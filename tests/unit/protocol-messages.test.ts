import { describe, expect, it } from 'vitest';
import { createClient, parseMessage } from '@/lib/protocol/messages';

const page = {
  url: 'https://example.com/a',
  title: 'عنوان',
  site: 'example.com',
  lang: 'ar',
  publishedAt: '2024-03-12',
  entities: [{ id: 'Q1', type: 'person', english: 'A', arabic: 'أ' }],
};

describe('parseMessage', () => {
  it.each([
    ['page/seen', { type: 'page/seen', page }],
    ['page/seen without a date', { type: 'page/seen', page: { ...page, publishedAt: null } }],
    ['pages/recent', { type: 'pages/recent', limit: 10 }],
  ])('accepts %s', (_name, msg) => {
    expect(parseMessage(msg)).toEqual({ ok: true, value: msg });
  });

  it.each([
    ['not an object', 'page/seen', /no type/],
    ['no type', { page }, /no type/],
    ['an unknown type', { type: 'notes/dump' }, /unknown message type/],
    ['a prototype key as type', { type: 'constructor' }, /unknown message type/],
    ['a javascript: URL', { type: 'page/seen', page: { ...page, url: 'javascript:alert(1)' } }, /http\(s\) URL/],
    [
      'a bad entity type',
      { type: 'page/seen', page: { ...page, entities: [{ ...page.entities[0], type: 'thing' }] } },
      /type must be one of/,
    ],
    ['an extra field', { type: 'pages/recent', limit: 5, evil: true }, /evil is not expected/],
    ['a limit of zero', { type: 'pages/recent', limit: 0 }, /limit must be an integer/],
    ['a bad date', { type: 'page/seen', page: { ...page, publishedAt: '12/3/2024' } }, /ISO date/],
    ['an overlong title', { type: 'page/seen', page: { ...page, title: 'x'.repeat(1001) } }, /title must be a string/],
  ])('rejects %s', (_name, msg, why) => {
    const r = parseMessage(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
});

describe('createClient', () => {
  it('passes a Result answer through', async () => {
    const send = createClient(async () => ({ ok: true, value: 3 }));
    expect(await send({ type: 'pages/recent', limit: 1 })).toEqual({ ok: true, value: 3 });
  });
  it('turns a missing answer or a thrown error into an error value', async () => {
    expect((await createClient(async () => undefined)({ type: 'pages/recent', limit: 1 })).ok).toBe(false);
    const thrown = await createClient(async () => {
      throw new Error('Receiving end does not exist');
    })({ type: 'pages/recent', limit: 1 });
    expect(thrown).toEqual({ ok: false, error: 'Receiving end does not exist' });
  });
});
