import { describe, expect, it } from 'vitest';
import { cardPayload } from '@/lib/card';

const base = {
  mode: 'entity',
  entity: { id: 'Q1', type: 'place', english: 'Helsinki', known: true, arabic: 'هلسنكي', romanized: 'Hilsinkī', description: null },
  page: { url: 'https://example.org/a', title: 't', site: 'example.org', publishedAt: null },
  quote: { exact: 'هلسنكي', prefix: '', suffix: '' },
  position: null,
  timeline: [],
};
const withSource = (romanizedFrom: unknown) => ({ ...base, entity: { ...base.entity, romanizedFrom } });

describe('the card payload carries where the romanization comes from', () => {
  it.each(['diacritics', 'table', 'english', 'guess', 'skeleton'])('accepts %s', (s) => {
    expect(cardPayload(withSource(s), 'card')).toBeNull();
  });
  it('accepts a payload without it (an older content script)', () => {
    expect(cardPayload(base, 'card')).toBeNull();
  });
  it.each([['vowels'], [1], [{}]])('rejects %j', (s) => {
    expect(cardPayload(withSource(s), 'card')).toMatch(/romanizedFrom/);
  });
});
