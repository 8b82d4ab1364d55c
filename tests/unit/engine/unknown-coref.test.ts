// Names the gazetteer lacks (trigger rules; the tagger is left out here), coreference of surnames
// and bracketed acronyms, and overlap resolution.
import { describe, expect, it } from 'vitest';
import { surnameEnglish } from '@/lib/engine/coref';
import { merge } from '@/lib/engine/merge';
import type { Candidate } from '@/lib/engine/types';
import { normalizeText } from '@/lib/text';
import { createEngine } from '@/lib/engine';
import { smallData, smallEngine } from './fixture';

describe('unknown names', () => {
  const CASES: [input: string, text: string | null, type: string | null][] = [
    ['قال الرئيس الكيني ويليام روتو إن', 'ويليام روتو', 'person'],
    ['وصرح الجنرال سيرغي سوروفيكين أمس', 'سيرغي سوروفيكين', 'person'],
    ['وقعت اشتباكات في مخيم جنين', 'جنين', 'place'],
    // must not match: a verb after a title, a bare common word
    ['قال الرئيس يدعو إلى الهدوء', null, null],
    ['وقال مصدر إن الوضع هادئ', null, null],
  ];
  it.each(CASES)('%s → %s', (input, text, type) => {
    const found = smallEngine.annotate(input).entities;
    if (text === null) return expect(found).toEqual([]);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect([m.text, m.type, m.known]).toEqual([text, type, false]);
    expect(input.slice(m.start, m.end)).toBe(m.text);
    expect(m.id).toMatch(/^doc:\d+$/);
    // The fake transliterator joins the normalised words with '+': the guess came from translit.
    expect(m.english).toBe(text.split(' ').map(normalizeText).join('+'));
  });

  it('keeps الإسلامي inside a guessed body and the conjunction out of its English', () => {
    const cases: [string, [string, string, string][]][] = [
      ['قال حزب التحرير الإسلامي إن', [['حزب التحرير الإسلامي', 'organization', 'حزب+التحرير+الاسلامي']]],
      ['وقالت الحكومة ومنظمة الرحمة إن', [['ومنظمة الرحمة', 'organization', 'منظمه+الرحمه']]],
    ];
    for (const [input, expected] of cases) {
      expect(smallEngine.annotate(input).entities.map((e) => [e.text, e.type, e.english])).toEqual(expected);
    }
  });

  it('gives the same unknown name written twice the same document id', () => {
    const { entities } = smallEngine.annotate(
      'قال الرئيس الكيني ويليام روتو إن البلاد بخير. وأضاف الرئيس الكيني ويليام روتو أن',
    );
    expect(entities.map((e) => e.id)).toEqual(['doc:1', 'doc:1']);
  });
});

describe('coreference', () => {
  it('links a surname after the full name to it', () => {
    const { entities } = smallEngine.annotate('التقى أولاف شولتس الوفد. وقال شولتس إن المحادثات جيدة');
    expect(entities.map((e) => [e.text, e.id, e.english])).toEqual([
      ['أولاف شولتس', 'Q61053', 'Olaf Scholz'],
      ['شولتس', 'Q61053', 'Scholz'],
    ]);
  });

  it('marks a guessed person again wherever the name recurs, before or after, with its proclitics', () => {
    const { entities } = smallEngine.annotate(
      'وأكد ويليام روتو ذلك. وقال الرئيس الكيني ويليام روتو إن البلاد بخير. ولويليام روتو رأي',
    );
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.text, e.id])).toEqual([
      ['ويليام روتو', 'doc:1'],
      ['ويليام روتو', 'doc:1'],
      ['ولويليام روتو', 'doc:1'],
    ]);
  });

  it('does not spread a guessed name to the same word with an article', () => {
    const { entities } = smallEngine.annotate('وقال الرئيس الكيني روتو إن البلاد بخير. ووصل الروتو');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.text)).toEqual(['روتو']);
  });

  it("does not take a ruler's ordinal for a surname", () => {
    const { entities } = smallEngine.annotate('استقبل الملك فيصل الثاني الوفد. وفي الشوط الثاني سجل الفريق');
    expect(entities.map((e) => e.text)).toEqual(['فيصل الثاني']);
  });

  it('does not take a bare surname with the article or a word written whole for its mention', () => {
    const persons = (text: string) =>
      smallEngine
        .annotate(text)
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.text);
    expect(persons('وقال الرئيس الكيني ويليام ملك إن البلاد بخير. وقال ملك إن')).toEqual(['ويليام ملك', 'ملك']);
    expect(persons('وقال الرئيس الكيني ويليام ملك إن البلاد بخير. وقال الملك إن')).toEqual(['ويليام ملك']);
    expect(persons('وقال الرئيس الكيني ويليام ملك إن البلاد بخير. وصل للملك وفد')).toEqual(['ويليام ملك']);
    expect(persons('وقال الرئيس الكيني ويليام شان إن البلاد بخير. وتحدث بشأن الاتفاق')).toEqual(['ويليام شان']);
    expect(persons('وقال الرئيس الكيني ويليام شان إن البلاد بخير. وقال لشان إن')).toEqual(['ويليام شان', 'لشان']);
  });

  // A longer name's first two words later on the page are the same person; a given name alone
  // (عبد الله), a name cut at its nasab link (محمد بن) or inside a compound (نصر الله) is not.
  const SHORT_FORMS: [input: string, persons: [string, string][]][] = [
    [
      'وقال المؤرخ ابن الأبار القضاعي إن البلاد بخير. ولما وصل ابن الأبار إلى المدينة',
      [
        ['ابن الأبار القضاعي', 'doc:1'],
        ['ابن الأبار', 'doc:1'],
      ],
    ],
    ['وقال المؤرخ عبد الله أحمد الزين إن البلاد بخير. ووصل عبد الله إلى المدينة', [['عبد الله أحمد الزين', 'doc:1']]],
    ['وقال الرئيس محمد بن ويليام روتو إن البلاد بخير. ووصل محمد بن إلى المدينة', [['محمد بن ويليام روتو', 'doc:1']]],
    ['وقال المؤرخ ويليام نصر الله إن البلاد بخير. ووصل ويليام نصر إلى المدينة', [['ويليام نصر الله', 'doc:1']]],
  ];
  it.each(SHORT_FORMS)('short form in %s', (input, persons) => {
    const { entities } = smallEngine.annotate(input);
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.text, e.id])).toEqual(persons);
  });

  it('does not link a surname that comes before the full name', () => {
    // The speaker شولتس is a person of its own (speakers.ts), not a mention of the later full name.
    const { entities } = smallEngine.annotate('وقال شولتس إن المحادثات جيدة. التقى أولاف شولتس الوفد');
    expect(entities.map((e) => e.text)).toEqual(['شولتس', 'أولاف شولتس']);
    expect(entities[0]!.id).not.toBe(entities[1]!.id);
  });

  // A surname may come before the page's full name (a headline's شولتس:): a known person's always,
  // a guessed one's written bare or with و, not definite, with no preposition on it and after no
  // preposition, demonstrative or ذات (a noun of the sentence: وذات صباح, مع أهلي, تحقيق النصر).
  const EARLIER: [input: string, persons: [string, string][]][] = [
    [
      'شولتس: المحادثات جيدة. والتقى أولاف شولتس الوفد',
      [
        ['شولتس', 'Q61053'],
        ['أولاف شولتس', 'Q61053'],
      ],
    ],
    [
      'وأكد مسؤول أن شولتس سيزور باريس. والتقى أولاف شولتس الوفد',
      [
        ['شولتس', 'Q61053'],
        ['أولاف شولتس', 'Q61053'],
      ],
    ],
    [
      'روتو يصل نيروبي. وقال الرئيس الكيني ويليام روتو إن البلاد بخير',
      [
        ['روتو', 'doc:1'],
        ['ويليام روتو', 'doc:1'],
      ],
    ],
    [
      'وصل الوفد ووليامز إلى نيروبي. وقال الرئيس الكيني ويليام وليامز إن',
      [
        ['ووليامز', 'doc:1'],
        ['ويليام وليامز', 'doc:1'],
      ],
    ],
    // must not match: after ذات, a preposition or a demonstrative; a preposition on the word; a definite word
    ['وذات صباح وصل الوفد. وقال الرئيس الكيني ويليام صباح إن البلاد بخير', [['ويليام صباح', 'doc:1']]],
    ['سافرت مع أهلي إلى المدينة. وقال الرئيس الكيني ويليام أهلي إن البلاد بخير', [['ويليام أهلي', 'doc:1']]],
    ['ناقش هذا روتو أمس. وقال الرئيس الكيني ويليام روتو إن البلاد بخير', [['ويليام روتو', 'doc:1']]],
    ['حقق الفريق النصر أمس. وقال الرئيس الكيني ويليام النصر إن البلاد بخير', [['ويليام النصر', 'doc:1']]],
    ['وصل لروتو وفد. وقال الرئيس الكيني ويليام روتو إن البلاد بخير', [['ويليام روتو', 'doc:1']]],
  ];
  it.each(EARLIER)('surname before the full name in %s', (input, persons) => {
    const { entities } = smallEngine.annotate(input);
    expect(entities.filter((e) => e.type === 'person').map((e) => [e.text, e.id])).toEqual(persons);
  });

  // A known person's first name alone later on the page: a name of the loose lists (أولاف), not a
  // common given name (محمد), not before the full name, not shared by two known persons.
  // [input, the lone word as written, its first (0) or last (1) occurrence, id]
  const FIRST_NAMES: [input: string, word: string, last: 0 | 1, id: string | null][] = [
    ['التقى أولاف شولتس الوفد. وقال مسؤول إن أولاف سيزور باريس', 'أولاف', 1, 'Q61053'],
    ['التقى أولاف شولتس الوفد. وقال مسؤول إن لأولاف موقفا واضحا', 'لأولاف', 1, 'Q61053'],
    // must not match
    ['وقال مسؤول إن أولاف سيزور باريس. التقى أولاف شولتس الوفد', 'أولاف', 0, null],
    ['التقى أولاف شولتس وأولاف بيرغ الوفد. وقال مسؤول إن أولاف سيزور باريس', 'أولاف', 1, null],
    ['التقى محمد سليمان الوفد. وقال مسؤول إن محمد سيزور باريس', 'محمد', 1, null],
  ];
  const withPeople = createEngine(
    smallData({}, [
      { id: 'Q2', type: 'person', en: 'Olaf Berg', ar: ['أولاف بيرغ'], desc: 'a test person' },
      { id: 'Q3', type: 'person', en: 'Mohamed Soliman', ar: ['محمد سليمان'], desc: 'a test person' },
    ]),
  );
  it.each(FIRST_NAMES)('first name alone in %s (%s)', (input, word, last, id) => {
    const at = last ? input.lastIndexOf(word) : input.indexOf(word);
    const alone = withPeople.annotate(input).entities.find((e) => e.start === at && e.end === at + word.length);
    expect(alone?.id ?? null).toBe(id);
  });

  it('links an acronym in brackets and its later mentions', () => {
    const { entities } = smallEngine.annotate('عقدت رابطة دول جنوب شرق آسيا (آسيان) قمتها، وقالت آسيان إن');
    expect(entities.map((e) => [e.text, e.id])).toEqual([
      ['رابطة دول جنوب شرق آسيا', 'Q7768'],
      ['آسيان', 'Q7768'],
      ['آسيان', 'Q7768'],
    ]);
  });

  it('does not treat a bracketed comment after a place as an acronym of it', () => {
    const { entities } = smallEngine.annotate('زار روسيا (في زيارة رسمية طويلة جدا) أمس');
    expect(entities.map((e) => e.text)).toEqual(['روسيا']);
  });

  const SURNAMES: [string | null, string | null][] = [
    ['Olaf Scholz', 'Scholz'],
    ['Jean-Yves Le Drian', 'Le Drian'],
    ['Hadi al-Zein', 'al-Zein'],
    ['Madonna', 'Madonna'],
    ['Eli Cohen (politician)', 'Cohen'], // the label's qualifier is no surname (was "(politician)")
    ['Hassan Diab (academic)', 'Diab'],
    ['Salah (footballer)', 'Salah'],
    ['Mohamed (Mo) Salah', 'Salah'], // a bracket inside the name is left alone
    [null, null],
  ];
  it.each(SURNAMES)('surname English of %s is %s', (full, sur) => expect(surnameEnglish(full)).toBe(sur));
});

describe('merge', () => {
  const c = (start: number, end: number, known: boolean, source: Candidate['source']): Candidate => ({
    start,
    end,
    type: 'place',
    source,
    known,
    english: null,
    id: null,
    prefix: '',
  });
  const CASES: [label: string, input: Candidate[], kept: [number, number, Candidate['source']][]][] = [
    ['longest wins', [c(0, 1, true, 'gazetteer'), c(0, 2, false, 'tagger')], [[0, 2, 'tagger']]],
    ['known wins a tie', [c(0, 2, false, 'tagger'), c(0, 2, true, 'gazetteer')], [[0, 2, 'gazetteer']]],
    ['coref wins among known', [c(3, 4, true, 'gazetteer'), c(3, 4, true, 'coref')], [[3, 4, 'coref']]],
    [
      'disjoint spans both stay',
      [c(0, 1, true, 'gazetteer'), c(2, 3, false, 'rule')],
      [
        [0, 1, 'gazetteer'],
        [2, 3, 'rule'],
      ],
    ],
    ['partial overlap: the later loses', [c(0, 2, true, 'gazetteer'), c(1, 3, true, 'pattern')], [[0, 2, 'gazetteer']]],
  ];
  it.each(CASES)('%s', (_l, input, kept) => {
    expect(merge(input, undefined, 5).map((m) => [m.start, m.end, m.source])).toEqual(kept);
  });
});
