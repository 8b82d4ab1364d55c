import { describe, expect, it } from 'vitest';
import { check } from '@/lib/protocol/check';
import { cardPayload } from '@/lib/protocol/card';

const base = {
  mode: 'entity',
  entity: {
    id: 'Q1',
    type: 'place',
    english: 'Helsinki',
    origin: 'gazetteer',
    arabic: 'هلسنكي',
    romanized: 'Hilsinkī',
    description: null,
  },
  page: { url: 'https://example.org/a', title: 't', site: 'example.org', publishedAt: null },
  quote: { exact: 'هلسنكي', prefix: '', suffix: '' },
  position: null,
  timeline: [],
};
const withSource = (romanizedFrom: unknown) => ({ ...base, entity: { ...base.entity, romanizedFrom } });

describe('the card payload carries where the romanization comes from', () => {
  it.each(['diacritics', 'table', 'english', 'guess', 'skeleton'])('accepts %s', (s) => {
    expect(check(cardPayload, withSource(s), 'card').ok).toBe(true);
  });
  it('accepts a payload without it (an older content script)', () => {
    expect(check(cardPayload, base, 'card').ok).toBe(true);
  });
  it.each([['vowels'], [1], [{}]])('rejects %j', (s) => {
    expect(check(cardPayload, withSource(s), 'card')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/romanizedFrom/),
    });
  });
});
