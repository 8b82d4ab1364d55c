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
    [
      'علي as a family name before the next item',
      'وضمت [محمود محمود] وعبدالحليم علي وهاني العجيزي',
      ['و|وعبدالحليم علي', 'و|وهاني العجيزي'],
    ],
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
    ['على before a noun with و', 'وقال [محمد منير] وأحمد على وجه السرعة'],
    ['على before a noun', 'وقال [محمد منير] وأحمد على الطاولة وهاني'],
  ];
  it.each(notFound)('not: %s', (_, sentence) => {
    expect(people(sentence)).toEqual([]);
  });
});

describe('a one-word item of a list of two-word names', () => {
  /** The spans of `names` ("start-end" token ranges of the whole sentence) after the lists are read. */
  function spans(sentence: string, ranges: [number, number, boolean?][]): string[] {
    const tokens = tokenize(sentence);
    const doc: Doc = { text: sentence, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
    const names = ranges.map(([start, end, known]): Candidate => ({
      start,
      end,
      type: 'person',
      source: known ? 'gazetteer' : 'tagger',
      known: !!known,
      english: known ? 'X' : null,
      id: known ? 'Q1' : null,
      prefix: '',
    }));
    return peopleInLists(doc, cues, names, () => false).map((c) =>
      tokens
        .slice(c.start, c.end)
        .map((t) => t.text)
        .join(' '),
    );
  }
  const list = 'وضمت القائمة ووائل القباني وطارق السيد وتامر أبو جبل';
  const found: [string, string, [number, number][], string][] = [
    [
      'a family name with the article',
      list,
      [
        [2, 4],
        [4, 5],
        [6, 9],
      ],
      'وطارق السيد',
    ],
    [
      'a family name that is also a word',
      'ووائل القباني وحازم إمام وعمرو زكي',
      [
        [0, 2],
        [2, 3],
        [4, 6],
      ],
      'وحازم إمام',
    ],
    [
      'commas between the items',
      'ووائل القباني ، وحازم إمام ، وعمرو زكي',
      [
        [0, 2],
        [3, 4],
        [6, 8],
      ],
      'وحازم إمام',
    ],
  ];
  it.each(found)('%s', (_, sentence, ranges, item) => {
    expect(spans(sentence, ranges)).toContain(item);
  });

  const notFound: [string, string, [number, number, boolean?][], string][] = [
    [
      'an item of one word before it',
      'وضمت القائمة وائل وطارق السيد وتامر أبو جبل',
      [
        [2, 3],
        [3, 4],
        [5, 8],
      ],
      'وطارق',
    ],
    [
      'no و on the next item',
      'ووائل القباني وطارق السيد تامر أبو جبل',
      [
        [0, 2],
        [2, 3],
        [4, 7],
      ],
      'وطارق',
    ],
    [
      'a word with a preposition',
      'ووائل القباني وطارق بالملعب وعمرو زكي',
      [
        [0, 2],
        [2, 3],
        [4, 6],
      ],
      'وطارق',
    ],
    [
      'two words between the items',
      'ووائل القباني وطارق في الملعب وعمرو زكي',
      [
        [0, 2],
        [2, 3],
        [5, 7],
      ],
      'وطارق',
    ],
    [
      'a known name',
      'ووائل القباني وطارق السيد وعمرو زكي',
      [
        [0, 2],
        [2, 3, true],
        [4, 6],
      ],
      'وطارق',
    ],
    [
      'no و on the item',
      'ووائل القباني طارق السيد وعمرو زكي',
      [
        [0, 2],
        [2, 3],
        [4, 6],
      ],
      'طارق',
    ],
  ];
  it.each(notFound)('not: %s', (_, sentence, ranges, item) => {
    expect(spans(sentence, ranges)).toContain(item);
  });
});
