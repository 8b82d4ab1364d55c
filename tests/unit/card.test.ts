import { describe, expect, it } from 'vitest';
import { copyText, wikiLinks, type CardPayload } from '@/lib/protocol/card';

describe('wikiLinks', () => {
  it.each([
    ['Q42', 'https://www.wikidata.org/wiki/Special:GoToLinkedPage/enwiki/Q42', 'https://www.wikidata.org/wiki/Q42'],
    [
      'Q1049',
      'https://www.wikidata.org/wiki/Special:GoToLinkedPage/enwiki/Q1049',
      'https://www.wikidata.org/wiki/Q1049',
    ],
  ])('%s has both links', (id, wikipedia, wikidata) => {
    expect(wikiLinks(id)).toEqual({ wikipedia, wikidata });
  });
  // Project and document-local ids have no Wikidata item; nothing that is not a plain Q-id makes a link.
  it.each(['hamish:sudan-army', 'doc:3', 'Q', 'Q0', 'q42', 'Q42/../evil', 'Q42 ', 'P31'])('%s has none', (id) => {
    expect(wikiLinks(id)).toBeNull();
  });
});

const page = {
  url: 'https://news.example/2024/05/a.html',
  title: 'غوتيريش يدعو من عمّان',
  site: 'news.example',
  publishedAt: '2024-05-20',
};
const quote = { exact: 'أيمن الصفدي', prefix: '', suffix: '' };
const entity = {
  id: 'Q1',
  type: 'person' as const,
  english: 'Ayman Safadi',
  arabic: 'أيمن الصفدي',
  romanized: 'Ayman al-Safadi',
  origin: 'gazetteer' as const,
  description: null,
};

describe('copyText', () => {
  it.each<[string, Pick<CardPayload, 'entity' | 'page' | 'quote'>, string]>([
    [
      'name, Arabic and citation',
      { entity, page, quote },
      'Ayman Safadi — أيمن الصفدي\n' +
        '“غوتيريش يدعو من عمّان”, news.example, 2024-05-20. https://news.example/2024/05/a.html',
    ],
    [
      'no English: the romanization',
      { entity: { ...entity, english: null }, page, quote },
      'Ayman al-Safadi — أيمن الصفدي\n' +
        '“غوتيريش يدعو من عمّان”, news.example, 2024-05-20. https://news.example/2024/05/a.html',
    ],
    [
      'no publication date or title',
      { entity, page: { ...page, title: '', publishedAt: null }, quote },
      'Ayman Safadi — أيمن الصفدي\nnews.example. https://news.example/2024/05/a.html',
    ],
    [
      'a passage: its text',
      { entity: null, page, quote: { ...quote, exact: 'هدنة إنسانية فورية' } },
      'هدنة إنسانية فورية\n“غوتيريش يدعو من عمّان”, news.example, 2024-05-20. https://news.example/2024/05/a.html',
    ],
  ])('%s', (_, card, want) => {
    expect(copyText(card)).toBe(want);
  });
});
