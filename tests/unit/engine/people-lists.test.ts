// A name joined by و right after a person is the next person of the list; other words after و are not.
import { describe, expect, it } from 'vitest';
import { peopleInLists } from '@/lib/engine/people-lists';
import type { Candidate, Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();
const COUNTRY_ADJECTIVES = new Set(['الفرنسي', 'الاسباني']);

/** The people found in `sentence`, where the words between [ and ] are the person already known. */
function people(sentence: string): string[] {
  const text = sentence.replace(/[[\]]/g, '');
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const start = tokens.findIndex((t) => t.start >= sentence.indexOf('['));
  const end = tokens.findIndex((t) => t.start >= sentence.indexOf(']') - 1);
  const known: Candidate = {
    start,
    end: end < 0 ? tokens.length : end,
    type: 'person',
    source: 'gazetteer',
    known: true,
    english: 'X',
    id: 'Q1',
    prefix: '',
  };
  return peopleInLists(doc, cues, [known], (k) => COUNTRY_ADJECTIVES.has(k))
    .filter((c) => c !== known)
    .map(
      (c) =>
        `${c.prefix}|${tokens
          .slice(c.start, c.end)
          .map((t) => t.text)
          .join(' ')}`,
    );
}

describe('peopleInLists', () => {
  const found: [string, string, string[]][] = [
    ['a cast joined by و', 'ومن أبطاله [كريم عبد العزيز] وجومانا مراد في دور', ['و|وجومانا مراد']],
    [
      'a chain of foreign names',
      'وسجل [لوكا توني] وأنطونيس فوتسيس ودراماني ديابي أهداف المباراة',
      ['و|وأنطونيس فوتسيس', 'و|ودراماني ديابي'],
    ],
    ['after a comma', 'وشارك [تيري روبرتس] ، وفيجاي نامبيار في الاجتماع', ['و|وفيجاي نامبيار']],
    ['a family name shaped like a nisba', 'وغنى [محمد منير] وسامي الحلبي في الحفل', ['و|وسامي الحلبي']],
    ['a listed family name as a third word', 'وحضر [أحمد مظهر] وسعيد عبد الغني الحفل', ['و|وسعيد عبد الغني']],
  ];
  it.each(found)('%s', (_, sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });

  const notFound: [string, string][] = [
    ['a one-word name (no second word to read it by)', 'وسجل [لوكا توني] وفييرا أهداف المباراة'],
    ['a noun with a pronoun', 'وأشاد [إيهود أولمرت] وحكومته بالقرار'],
    ['a noun with a pronoun on its feminine ending', 'وحضرت [هيفاء وهبي] وصديقتها سلمى الحفل'],
    ['a verb of a derived form', 'وغنى [محمد عبد الوهاب] ، واكتسب شهرة واسعة'],
    ['a verbal noun of form IV', 'من تأليف [محمد رفعت] وإخراج باسم محفوظ'],
    ['a function word', 'لم يكن ذلك لدعم [فلاديمير بوتين] وإنما لتعطيل سياساته'],
    ['an imperfect verb', 'وقال [جورج بوش] ويعتبر الأمر منتهيا'],
    ['a title opens a body, not a name', 'واستقبل [جورج بوش] ووزير الخارجية الضيوف'],
    ['the second word opens the next item', 'وشارك [حازم إمام] وسامي ومحمد في اللقاء'],
    ['a country adjective after the name', 'وسجل [تيري هنري] وزميله الفرنسي هدفين'],
    ['an ordinal after the name', 'حكم [عثمان بن عفان] وكان همه الأول الأمن'],
    ['no person before', 'وصلت الأمطار وأنطونيس فوتسيس إلى المدينة'],
  ];
  it.each(notFound)('not: %s', (_, sentence) => {
    expect(people(sentence)).toEqual([]);
  });
});
