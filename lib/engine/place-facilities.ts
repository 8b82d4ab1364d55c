// A facility or a natural feature named after a place is a place of its own: مطار دمشق الدولي is
// Damascus International Airport, نهر النيجر the Niger River, سجن أبو غريب a prison, not the town
// or the country its name borrows. Arabic news writes the head noun in construct before the place
// (bare or with a preposition: بمطار, لنهر), its adjectives after (الدولي); the span takes the
// noun and the adjectives, and the English is made from the place's (Damascus International
// Airport), a guess since no list holds the facility. A stock market is named so only with its
// financial adjective or complement (سوق دبي المالي, سوق أبوظبي للأوراق المالية) or its index (مؤشر
// سوق دبي): سوق الكويت alone is the Kuwaiti market. جمهورية before a country is the country itself
// (جمهورية فنزويلا): the span takes the noun and keeps the country's entry. Nouns the project
// leaves outside a place's span (ميناء, معبر, بحيرة, مدينة; `outsidePlaceNouns`, `placeCues`) are
// not heads here.
import { foldLoose, normalizeText } from '../text/normalize';
import { tokenAnalyses } from './doc';
import type { Candidate, Doc } from './types';

const key = (w: string) => foldLoose(normalizeText(w));
const MARKET = key('سوق');
const INDEX = new Set(['مؤشر', 'ومؤشر'].map(key));
const REPUBLIC = key('جمهورية');
const FINANCIAL = new Set(['المالي', 'المالية', 'المال'].map(key));
/** A definite adjective's shape (الدولي, الوطنية). */
const DEFINITE_NISBA = /^ال.{2,}(ي|يه)$/;

/** English of each head noun: the place's English goes where {} is. */
const HEAD_ENGLISH = keyed({
  مطار: '{} Airport',
  نهر: '{} River',
  جبل: 'Mount {}',
  خليج: 'Gulf of {}',
  سجن: '{} Prison',
  معتقل: '{} Detention Centre',
  مسجد: '{} Mosque',
  جامع: '{} Mosque',
  كنيسة: '{} Church',
  كاتدرائية: '{} Cathedral',
  شارع: '{} Street',
  وادي: '{} Valley',
  ستاد: '{} Stadium',
  استاد: '{} Stadium',
  ملعب: '{} Stadium',
  قلعة: '{} Citadel',
  سوق: '{} Market',
});
/** English of the adjectives that name a facility (the others stay in the span, out of the English). */
const ADJECTIVE_ENGLISH = keyed({ الدولي: 'International', المالي: 'Financial', للأوراق: 'Securities' });
const SECURITIES = key('للأوراق');

function keyed(table: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(table).map(([ar, en]) => [foldLoose(normalizeText(ar)), en]));
}

/**
 * The candidates with each place right after a facility's head noun widened to the facility.
 * `countryNisba` keeps a country's adjective out (مطار بيروت اللبناني is Beirut's, not its name).
 */
export function placeFacilities(
  doc: Doc,
  cands: readonly Candidate[],
  countryNisba: (key: string) => boolean,
): Candidate[] {
  let out: Candidate[] | null = null;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.type !== 'place' || c.prefix || c.start === 0) continue;
    const before = cands[n - 1];
    if (before && before.end > c.start - 1) continue;
    const h = c.start - 1;
    if (doc.tokens[h]!.kind !== 'arabic') continue;
    const head = headAt(doc, h);
    if (!head) continue;
    const republic = head.stem === REPUBLIC;
    if (republic && !(c.known && c.english)) continue;
    let end = c.end;
    const adjectives: string[] = [];
    const limit = Math.min(cands[n + 1]?.start ?? doc.tokens.length, doc.tokens.length);
    while (!republic && end < limit && end - c.end < 2) {
      const k = doc.keys[end]!;
      if (doc.tokens[end]!.kind !== 'arabic' || !DEFINITE_NISBA.test(k) || countryNisba(k)) break;
      adjectives.push(k);
      end++;
    }
    if (head.stem === MARKET) {
      const financial = adjectives.some((k) => FINANCIAL.has(k)) || financialComplement(doc, end, limit);
      // مؤشر سوق دبي: a market with an index is the exchange.
      const indexed = h > 0 && INDEX.has(doc.keys[h - 1]!);
      if (!financial && !indexed) continue;
      if (financial && !adjectives.length) {
        end += 2;
        adjectives.push(SECURITIES);
      }
    }
    const english = republic ? c.english : facilityEnglish(head.stem, c.english, adjectives);
    const f: Candidate = republic
      ? { ...c, start: h, prefix: head.prefix, stem: head.prefix ? head.stem : undefined }
      : {
          start: h,
          end,
          type: 'place',
          source: 'rule',
          known: false,
          english,
          id: null,
          prefix: head.prefix,
          stem: head.prefix ? head.stem : undefined,
        };
    out ??= cands.slice();
    out[n] = f;
  }
  return out ?? (cands as Candidate[]);
}

/** The head noun at token i, bare or with a preposition or و (بمطار, ومسجد). */
function headAt(doc: Doc, i: number): { prefix: string; stem: string } | null {
  for (const a of tokenAnalyses(doc, i)) {
    if (a.article) continue;
    if (HEAD_ENGLISH.has(a.stem) || a.stem === REPUBLIC) return { prefix: a.prefix, stem: a.stem };
  }
  return null;
}

/** للأوراق المالية: a market's complement, two words from `at`. */
function financialComplement(doc: Doc, at: number, limit: number): boolean {
  return at + 1 < limit && doc.keys[at]!.startsWith('لل') && FINANCIAL.has(doc.keys[at + 1]!);
}

function facilityEnglish(stem: string, place: string | null, adjectives: readonly string[]): string | null {
  const template = HEAD_ENGLISH.get(stem);
  if (!template || !place) return null;
  let name = place;
  for (const a of adjectives) {
    const en = ADJECTIVE_ENGLISH.get(a);
    if (en) name += ' ' + en;
  }
  return template.replace('{}', name);
}
