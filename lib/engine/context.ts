// Gazetteer forms that are also common words (القاعدة "the base", الجزيرة "the island", الأمل
// "hope", الأهلي "the national ...") are kept only when the context supports the name reading:
// a type noun before them (تنظيم القاعدة, قناة الجزيرة, نادي الأهلي), the same entry named without
// doubt elsewhere in the document, a list of names of the same type around them (الأهلي والزمالك),
// or, for news media, a reporting verb before them (قالت الجزيرة). An adjective right after the
// word (القاعدة العسكرية, الجزيرة العربية) reads it as a common noun whatever else holds.
import { analyses as proclitics } from './analyses';
import { askWord, tokenAnalyses, wordMemo } from './doc';
import { nisbaBase } from '../text/nisba';
import { CLUB_DESC, MEDIA_DESC, speechWord, type GazCandidate } from './match';
import type { Doc } from './types';
import { englishCarries } from './conventions';
import { clubByAdjective, sideContext } from './sports';
import type { Gazetteer } from '../gazetteer/load';
import type { CompiledEntry } from '../gazetteer/compile';
import { keyedSet, words } from '../ner/lexicon';
import { TokenMap } from './token-map';
import { clubbedOutlets, outletClub } from './outlet-clubs';

/** Nouns that announce an organisation (صحيفة النهار); the span takes them only as conventions.ts says. */
const ORG_NOUNS = keyedSet('orgNouns');
export const PLACE_NOUNS = keyedSet('placeNouns');
const TEAM_NOUNS = keyedSet('teamNouns');
/** Agency names that are otherwise nisba adjectives: a name only in a dateline's brackets, "(الفرنسية)". */
const BRACKET_ONLY = keyedSet('bracketOnlyAgencies');
/** What may follow the agency in a photo credit: "(الفرنسية)", "(الفرنسية - أرشيف)", "(الفرنسية/رويترز)". */
const CREDIT_END = new Set([')', '-', '–', '/', '،', ',']);
/** Words of sports reporting: with two of them in a document a club's bare name (الهلال, النصر) is the club. */
const SPORTS = keyedSet('sportsWords');
/**
 * Club names that sports reporting also uses as everyday nouns (توصل الفريقان إلى الاتفاق "the
 * agreement", منتخب الشباب "the youth team"): a sports page alone does not make them the club;
 * a team noun, a list of clubs, a country adjective or a sure mention elsewhere still does.
 */
const EVERYDAY_CLUB_NAMES = keyedSet('everydayClubNames');
const CLUB_CONTEXT = keyedSet('clubContext');
const CLUB_OFFICES = keyedSet('clubOffices');
/** Members and fighters of a movement: كوادر فتح, مسلحين من فتح, قيادي في حماس. */
const MEMBERS = keyedSet('members');
const DEMONSTRATIVES = keyedSet('demonstratives');
const SEPARATORS = new Set(words('listSeparators'));

/**
 * Is a stem of the key (its word without each reading of its proclitics) in `set`? A loop over the
 * shared readings: a list of stems made per question was an empty literal (another hidden class to
 * V8) when no word was there, and resolveAmbiguous dropped its optimised code for it on every page.
 */
function stemIn(key: string | undefined, set: ReadonlySet<string>): boolean {
  if (!key) return false;
  const a = proclitics(key);
  for (let i = 0; i < a.length; i++) if (set.has(a[i]!.stem)) return true;
  return false;
}

const ADJECTIVE_ENDING = /(يه|ي|يين|يون|يات|ه)$/;

/** A definite adjective-like word right after the name: nisba, or an ال word ending in ه/ي. */
function adjectiveAfter(doc: Doc, i: number): boolean {
  const next = doc.keys[i];
  if (!next || doc.tokens[i]!.kind !== 'arabic' || !next.startsWith('ال') || next.length < 5) return false;
  return ADJECTIVE_ENDING.test(next);
}

function nisbaAfter(doc: Doc, gaz: Gazetteer, i: number): boolean {
  const base = nisbaBase(doc.keys[i] ?? '');
  return !!base && !!gaz.demonym(base);
}

/**
 * في الشمال السوري: the adjective after the word names a country, and the entry is another
 * country's (Al-Shamal is Qatar's club): off the sports pages, the common word (Syria's north).
 */
function anotherCountryAfter(doc: Doc, gaz: Gazetteer, c: GazCandidate): boolean {
  const own = gaz.entry(c.entry).country;
  const base = own ? nisbaBase(doc.keys[c.end] ?? '') : null;
  const d = base ? gaz.demonym(base) : null;
  const country = d ? gaz.byId(d.countryId) : undefined;
  const theirs = country === undefined ? undefined : gaz.entry(country).country;
  return theirs !== undefined && theirs !== own;
}

const NISBA_ENDING = /(ي|يه)$/;
const LAM_OPENING = /^و?ل/;

/**
 * `givenName` says a word is a first name: a club's or a common word's form right after one is the
 * family name of a person (يوسف العربي), not the club.
 */
export function resolveAmbiguous(
  doc: Doc,
  gaz: Gazetteer,
  cands: GazCandidate[],
  givenName: (key: string) => boolean = () => false,
  sports?: SportsLevel,
): GazCandidate[] {
  const sure = new Set(cands.filter((c) => !c.ambiguous).map((c) => c.id));
  const byStart = new TokenMap<GazCandidate>(doc.tokens.length + 1);
  const byEnd = new TokenMap<GazCandidate>(doc.tokens.length + 1);
  for (const c of cands) {
    byStart.set(c.start, c);
    if (!byEnd.has(c.end)) byEnd.set(c.end, c);
  }
  const out: GazCandidate[] = [];
  let level = sports;
  let sided: Set<string | null> | undefined;
  let outlets: Set<number> | undefined;
  for (const c of cands) {
    if (!c.ambiguous) {
      out.push(c);
      continue;
    }
    const credit = doc.tokens[c.start - 1]?.text === '(' && CREDIT_END.has(doc.tokens[c.end]?.text ?? '') && !c.prefix;
    if (c.end - c.start === 1 && BRACKET_ONLY.has(c.stem ?? doc.keys[c.start]!)) {
      if (credit) out.push({ ...c, ambiguous: false });
      continue;
    }
    const e = gaz.entry(c.entry);
    // "(الجزيرة)", "(الجزيرة - أرشيف)": a news outlet alone in brackets is a credit or a source;
    // so is one after a dateline's colon (بغداد: الشرق الأوسط) or told something (قال للشرق الأوسط).
    // وقال إسماعيل رضوان للجزيرة: the speaker may be named in between.
    const told = LAM_OPENING.test(c.prefix) && [1, 2, 3, 4].some((d) => speechWord(doc.keys[c.start - d]));
    if (
      (credit || told || doc.tokens[c.start - 1]?.text === ':') &&
      c.type === 'organization' &&
      MEDIA_DESC.test(e.desc)
    ) {
      out.push({ ...c, ambiguous: false });
      continue;
    }
    const club = c.type === 'organization' && CLUB_DESC.test(e.desc);
    const prevKey = c.prefix ? undefined : doc.keys[c.start - 1];
    if (prevKey && doc.tokens[c.start - 1]!.kind === 'arabic' && givenName(prevKey) && !byEnd.has(c.start)) continue;
    // هذه القاعدة "this rule", تلك الجزيرة: a demonstrative makes the common noun.
    if (stemIn(prevKey, DEMONSTRATIVES)) continue;
    const nouns = c.type === 'organization' ? ORG_NOUNS : c.type === 'place' ? PLACE_NOUNS : null;
    const nounBefore = !!nouns && stemIn(prevKey, nouns) && doc.tokens[c.start - 1]?.kind === 'arabic';
    // تشلسي الإنجليزي, مدينة ليل الفرنسية: a club, or a town after its place noun, is followed by its
    // country's nisba, which is no common-noun reading.
    const countryAfter = nisbaAfter(doc, gaz, c.end);
    // ليل الفرنسي: a town with its country's masculine adjective is the club (sports.ts townClubs).
    if (clubByAdjective(doc, gaz, c) && !c.prefix) {
      out.push({ ...c, ambiguous: false });
      continue;
    }
    // التعاون العربي الصيني, بالخط العربي الصيني: a club named by an adjective, between a definite
    // noun and a country's adjective, is the first of two adjectives (Arab-Chinese), not the club.
    if (club && countryAfter && !nounBefore && !c.prefix && adjectiveChain(doc, c)) continue;
    // On a sports page the adjective names the namesake club (النصر العماني beside Al-Nasr's entry).
    if (club && countryAfter && anotherCountryAfter(doc, gaz, c) && !(level ??= sportsLevel(doc)).some) continue;
    if (adjectiveAfter(doc, c.end) && !((club || nounBefore) && countryAfter)) continue;
    // تشلسي الإنجليزي: a club named with its country's adjective is the club on any page.
    if (club && countryAfter) {
      out.push({ ...c, ambiguous: false });
      continue;
    }
    // فريق برشلونة: the team noun supports the club reading but news leaves it out of the name.
    if (club && stemIn(prevKey, TEAM_NOUNS)) {
      out.push({ ...c, ambiguous: false });
      continue;
    }
    // المجموعة العربية, الدول العربية والمنظمة: after a definite noun a channel named by an
    // adjective is that noun's adjective, in a list too (قناة العربية names the channel).
    const media = c.type === 'organization' && MEDIA_DESC.test(e.desc);
    if (media && !c.prefix && c.end - c.start === 1 && adjectiveChain(doc, c)) continue;
    if (nounBefore) {
      // The noun joins the span only when the English name carries it (حركة أمل, Amal Movement);
      // its own proclitics then become the span's prefix.
      const a = proclitics(prevKey!).find((x) => nouns!.has(x.stem))!;
      if (englishCarries(a.stem, c.english))
        out.push({ ...c, start: c.start - 1, prefix: a.prefix, stem: a.stem, ambiguous: false });
      else out.push({ ...c, ambiguous: false });
      continue;
    }
    // ليؤكد الجزيرة تفوقه: a sports page that names a club after the outlet reads its other bare
    // mentions as the club (outlet-clubs.ts); a reporting verb keeps the outlet.
    if (
      media &&
      c.end - c.start === 1 &&
      !speechWord(prevKey) &&
      (level ??= sportsLevel(doc)).strong &&
      (outlets ??= clubbedOutlets(doc, gaz, cands)).has(c.entry)
    ) {
      out.push(outletClub(c));
      continue;
    }
    // الخليج العربي, المنتخب العربي: a bare club name right after a definite noun is its adjective.
    const prevTok = doc.tokens[c.start - 1];
    // للتاريخ العربي, بالخط العربي: the noun may carry proclitics before its article.
    const definiteBefore = !!prevKey && (prevKey.startsWith('ال') || proclitics(prevKey).some((a) => a.article));
    // Only a club named by an adjective reads so (غريمه التقليدي الوداد is the club), or one after
    // a country's adjective, where a person's name goes (التشيكي ميلان كونديرا).
    const adjectiveName = NISBA_ENDING.test(c.stem ?? doc.keys[c.start]!) || nisbaAfter(doc, gaz, c.start - 1);
    if (
      club &&
      adjectiveName &&
      !c.prefix &&
      c.end - c.start === 1 &&
      prevTok?.kind === 'arabic' &&
      definiteBefore &&
      !listNeighbour(doc, c, byStart, byEnd)
    )
      continue;
    if (sure.has(c.id)) {
      out.push(c);
      continue;
    }
    if (listNeighbour(doc, c, byStart, byEnd)) {
      out.push(c);
      continue;
    }
    // فوزه على الشمال, منافسه الشمال: an everyday-noun club where the report puts a side. A page
    // with only a few sports words (ولادة الهلال in an article on the moon) reads a club there
    // only if one of its mentions stands where a side does.
    if (
      club &&
      (level ??= sportsLevel(doc)).some &&
      (level.strong || (sided ??= sidedClubs(doc, cands)).has(c.id)) &&
      (!EVERYDAY_CLUB_NAMES.has(c.stem ?? doc.keys[c.start]!) || sideContext(doc, c.start, c.prefix))
    ) {
      out.push(c);
      continue;
    }
    // كوادر فتح, مسلحين من فتح, قيادي في فتح: members of a body that is not a club.
    const memberBefore = (k: number) => stemIn(doc.keys[k], MEMBERS);
    const via = doc.keys[c.start - 1];
    if (
      c.type === 'organization' &&
      !club &&
      !c.prefix &&
      (memberBefore(c.start - 1) || ((via === 'من' || via === 'في') && memberBefore(c.start - 2)))
    ) {
      out.push(c);
      continue;
    }
    if (c.type === 'organization' && MEDIA_DESC.test(e.desc) && speechWord(prevKey)) {
      out.push(c);
      continue;
    }
  }
  return out;
}

/** Is c a one-word name shaped like an adjective (العربي) right after a definite noun (التعاون, بالخط)? */
function adjectiveChain(doc: Doc, c: GazCandidate): boolean {
  const prev = doc.keys[c.start - 1];
  if (c.end - c.start !== 1 || !prev || doc.tokens[c.start - 1]!.kind !== 'arabic') return false;
  const definite = prev.startsWith('ال') || proclitics(prev).some((a) => a.article);
  return definite && NISBA_ENDING.test(doc.keys[c.start]!);
}

/**
 * Ids of the candidates with a mention where a report puts a side (after a match word or a result),
 * or after a word of players, a team or the club's offices (لاعب, فريق, إدارة الخور).
 */
function sidedClubs(doc: Doc, cands: readonly GazCandidate[]): Set<string | null> {
  const out = new Set<string | null>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    const before = c.prefix || c.start === 0 ? [] : proclitics(doc.keys[c.start - 1]!).map((a) => a.stem);
    const clubWord = before.some((s) => CLUB_CONTEXT.has(s) || TEAM_NOUNS.has(s) || CLUB_OFFICES.has(s));
    if (clubWord || sideContext(doc, c.start, c.prefix)) out.add(c.id);
  }
  return out;
}

/** Another name of the same type right before or after, joined by و or a comma. */
function listNeighbour(
  doc: Doc,
  c: GazCandidate,
  byStart: TokenMap<GazCandidate>,
  byEnd: TokenMap<GazCandidate>,
): boolean {
  // After: "X والزمالك", "X، Y"
  let j = c.end;
  if (SEPARATORS.has(doc.tokens[j]?.text ?? '')) j++;
  const after = byStart.get(j);
  if (after && after !== c && after.type === c.type && (j > c.end || after.prefix.startsWith('و'))) return true;
  // Before: "Y والأهلي", "Y، الأهلي"
  let i = c.start;
  if (c.prefix.startsWith('و')) {
    const before = byEnd.get(i);
    if (before && before.type === c.type) return true;
  }
  if (SEPARATORS.has(doc.tokens[i - 1]?.text ?? '')) i--;
  const before = byEnd.get(i);
  return !!before && i < c.start && before.type === c.type;
}

/** How much a document reports sport (see sportsLevel). */
export interface SportsLevel {
  /** Two sports words: a club's bare name is the club. */
  some: boolean;
  /**
   * Four, and one in 250 words: towns and countries may read as clubs and teams, since a long
   * political page can say فوز and نقاط.
   */
  strong: boolean;
}

/** Counts the sports words of a document once, up to what the strong reading needs. */
export function sportsLevel(doc: Doc): SportsLevel {
  const need = Math.max(4, Math.ceil(doc.keys.length / 250));
  let n = 0;
  const memo = wordMemo(doc);
  for (let i = 0; i < doc.keys.length && n < need; i++) {
    if (doc.tokens[i]!.kind === 'arabic' && askWord(doc, memo, i, sportyAt)) n++;
  }
  return { some: n >= 2, strong: n >= need };
}

/** Is token i a sports word (with any proclitics)? A module function: see askWord. */
function sportyAt(doc: Doc, i: number): boolean {
  const readings = tokenAnalyses(doc, i);
  for (let k = 0; k < readings.length; k++) if (SPORTS.has(readings[k]!.stem)) return true;
  return false;
}

/** Arab League members, Iran, Turkey and Israel: their towns are news; a town elsewhere is rarer than a word. */
const NEWS_REGION = new Set(words('newsRegion'));

const COUNTRY_OR_CAPITAL = /^(Country|Capital)\b/;

/**
 * A town outside the news region whose name is more often something else on an Arabic page: under
 * two million people and four letters or fewer (ليل Lille, رالي Raleigh, بيرا Beira behind كـ:
 * منتصف ليل "midnight", رالي "rally", كبيرا "big"), or under half a million and a personal name
 * (ديفيد, David in Panama). Countries and capitals keep their reading.
 */
export function minorForeignPlace(e: CompiledEntry, key: string, personName: (key: string) => boolean): boolean {
  const rank = e.rank ?? 0;
  if (e.type !== 'place' || COUNTRY_OR_CAPITAL.test(e.desc) || rank >= 2_000_000) return false;
  if (!e.country || NEWS_REGION.has(e.country)) return false;
  return (key.startsWith('ال') ? key.length - 2 : key.length) <= 4 || (rank < 500_000 && personName(key));
}
