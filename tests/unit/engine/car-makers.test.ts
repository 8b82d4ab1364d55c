// Car makers whose names are everyday words, first names or towns are the company in a sentence
// about cars, and nothing of the kind elsewhere.
import { describe, expect, it } from 'vitest';
import { besideMakers, carMakers } from '@/lib/engine/car-makers';
import { tokenEnd, tokenStart } from '@/lib/engine/doc';
import { ruleGuess, type Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const everyday = new Set([...cueLexicon().common, ...cueLexicon().stop].map(foldLoose));

function docOf(text: string): Doc {
  const tokens = tokenize(text);
  return { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
}

/** The makers found, as "text/English". */
function found(text: string): string[] {
  const doc = docOf(text);
  return carMakers(doc, (k) => everyday.has(k)).map(
    (c) => `${text.slice(tokenStart(doc, c.start), tokenEnd(doc, c.end - 1))}/${c.english}`,
  );
}

describe('carMakers', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وارتفعت مبيعات سيارات كيا في أوروبا', ['كيا/Kia']],
    ['وكشفت نيسان عن طراز جديد من سياراتها', ['نيسان/Nissan']],
    ['وتقدمت رينو على بيجو وفيات في السوق', ['رينو/Renault', 'بيجو/Peugeot']],
    ['وقدمت شركة ألفا روميو سيارة رياضية', ['ألفا روميو/Alfa Romeo']],
    ['وتراجعت مبيعات السيارات لدى فورد ولكزس', ['فورد/Ford', 'ولكزس/Lexus']],
    ['فاز سائق فيراري في سباق موناكو متقدما على سائق ماكلارين', ['فيراري/Ferrari', 'ماكلارين/McLaren']],
    // must not match: no car in the sentence, one maker alone, a maker in another sentence
    ['وصل الوفد في نيسان الماضي إلى دمشق', []],
    ['وقال رينو إنه سيعود إلى باريس', []],
    ['والتقى الرئيس فورد بنظيره في القمة', []],
    ['واشترى سيارة جديدة. وفي نيسان سافر إلى لندن', []],
    ['وهذه الوفيات كثيرة', []],
    ['وارتفعت وفيات حوادث السيارات', []],
    ['سعي مصنعي السيارات لاجتذاب فئات جديدة', []],
    // a maker with its model names a product; a company word after the maker does not
    ['وتضم سيارة نيسان أورفان مواصفات جديدة', []],
    ['وكان بيع طرز أودي إيه 6 أعلى', []],
    ['وأعلنت كيا موتورز عن سيارة جديدة', ['كيا/Kia']],
    ['وتراجعت مبيعات سيارات بيجو.', ['بيجو/Peugeot']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('besideMakers', () => {
  it('drops names a maker overlaps, and keeps an organisation as long or longer', () => {
    const doc = docOf('وارتفعت مبيعات سيارات رينو وجنرال موتورز');
    const makers = carMakers(doc, (k) => everyday.has(k));
    const person = ruleGuess(3, 4, 'person');
    const longer = ruleGuess(3, 5, 'organization');
    const other = ruleGuess(1, 2, 'place');
    expect(besideMakers([person, longer, other], makers)).toEqual([longer, other]);
    expect(besideMakers([person], [])).toEqual([person]);
  });
});
