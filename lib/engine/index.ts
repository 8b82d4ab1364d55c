// The Hamish engine: Arabic text in, name and date mentions out. Pure; its data is a parameter
// (lib/engine/default-data.ts builds the shipped data once; tests pass small data).
//
// Stages: gazetteer match (match.ts) → context for ambiguous forms (context.ts) → compositional
// bodies (compose.ts) and car makers in sentences about cars (car-makers.ts) → unknown names
// (unknown.ts) → overlaps (merge.ts) → lone guessed people kept only with evidence
// (person-evidence.ts) → the people of lists (people-lists.ts) → facilities named after people
// (facilities.ts) → coreference (coref.ts) → bodies whose names run on (joined-bodies.ts) →
// demonyms where no name is → offsets, romanization, English, ids.
import { findDates } from '../dates/find';
import { cueLexicon } from '../ner/cues';
import { foldLoose, normalize } from '../text/normalize';
import { notPersonWord } from '../ner/rule-shapes';
import { cueForms, imperfectShaped, inNames } from '../ner/rule-words';
import { normalSet } from '../ner/lexicon';
import { tokenTable, wordTokens } from '../text/tokens';
import { createComposer } from './compose';
import { minorForeignPlace, resolveAmbiguous, sportsLevel } from './context';
import { corefCandidates, repeatedNames } from './coref';
import { gazetteerMatches, withPlus } from './match';
import { merge } from './merge';
import { peopleInLists } from './people-lists';
import { personsWithEvidence } from './person-evidence';
import { pageEvidence } from './page-evidence';
import { cliticReadings } from './clitic-reading';
import { plainWords } from './plain-words';
import { speakers } from './speakers';
import { appositions } from './appositions';
import { facilitiesNamedAfterPeople } from './facilities';
import { placeFacilities } from './place-facilities';
import { withoutPlainPlaces } from './plain-places';
import { acronyms } from './acronyms';
import { ballPlayers } from './ball-players';
import { datelines } from './datelines';
import { isMatchSide, matchSides, type SideTests } from './match-sides';
import { hyphenatedNames } from './hyphenated-names';
import { besideMakers, carMakers } from './car-makers';
import { withoutProductModels } from './product-models';
import { joinedBodies } from './joined-bodies';
import { athletesBeforeCountry, fixtureClubs, nationalTeams, townClubs } from './sports';
import { storyClubs } from './story-clubs';
import { DROPPED_NOUNS, trimGenericNouns, trimGuess, withOrdinals } from './conventions';
import {
  ruleGuess,
  type AnnotateOptions,
  type Annotation,
  type Candidate,
  type Doc,
  type Engine,
  type EngineData,
} from './types';
import { unknownCandidates } from './unknown';
import { personBounds } from './person-bounds';
import { waladChain } from './walad-names';
import { extendPerson, givenNamesAsPeople, surnamesAfterGivenNames } from './person-extension';
import type { GazCandidate } from './match';
import { TokenMap } from './token-map';
import { byStart, overlapIndex, overlapping } from './order';
import { createRenderer } from './render';
import { makeDoc } from './doc';
import { anaphoricBody } from './body-edges';
import { foreignCompanies, withCompanyWords } from './foreign-companies';
import { executiveBodies } from './executive-bodies';
import { ordinalChannels } from './ordinal-channels';
import {
  covered,
  coverIndex,
  fromSource,
  holdsShorter,
  notFromGazetteer,
  unambiguous,
  unprefixed,
  untaken,
} from './candidate-lists';

export type { Engine, EngineData, PatternsDoc } from './types';

const CLUB_NOUNS = normalSet('clubNouns');
const NO_TOKENS = new Uint8Array(0);
const NO_MAP = new TokenMap<never>(0);

const BA_LAM_KAF_OPENING = /^[بلك]/;
const NOUN_ENDING = /(ات|ه|ها|هم)$/;
const WAW_FA_OPENING = /^[وف]/;

export function createEngine(data: EngineData): Engine {
  const cues = data.cues ?? cueLexicon();
  const composer = createComposer(data.gazetteer, data.patterns, data.demonyms ?? {});
  const render = createRenderer(data);
  const commonKeys = new Set([...cues.common].map(foldLoose));
  const givenKeys = new Set([...cues.given, ...cues.names].map(foldLoose));
  const stopKeys = new Set([...cues.stop].map(foldLoose));
  // امام "in front of" and فاز "won" are names too: a first name here is one news does not use as a
  // word, and longer than three letters.
  const givenKey = (key: string) => key.length > 3 && givenKeys.has(key) && !stopKeys.has(key) && !commonKeys.has(key);
  const personName = (key: string) => inNames(cues, key);
  const pageWords = { cues, commonKey: (k: string) => commonKeys.has(k), givenKey: (k: string) => givenKeys.has(k) };
  // The tests the stages are handed are made once per engine, not once per page, and those that
  // read the page read it from `page`: V8 inlines a callback a stage has only seen one of, tied to
  // that very function object, and throws the stage's optimised code away once the page's objects
  // are collected; each page then paid to optimise the same stages again.
  const page = {
    doc: null as unknown as Doc,
    knownAt: NO_TOKENS,
    guessKnownAt: NO_TOKENS,
    plainAt: NO_MAP as TokenMap<GazCandidate>,
  };
  const isNisba = (k: string) => composer.nisbaCountry(k) !== null;
  const isNisbaWord = (w: string) => composer.nisbaCountry(foldLoose(w)) !== null;
  const everyday = (k: string) => commonKeys.has(k) || stopKeys.has(k);
  const isKnown = (i: number) => page.knownAt[i] === 1;
  const guessKnown = (i: number) => page.guessKnownAt[i] === 1;
  const notGuessKnown = (i: number) => !page.guessKnownAt[i];
  const firstName = (k: string) => data.gazetteer.firstName(k);
  const byStartKey = (c: Candidate) => c.start;
  const plainMatchAt = (i: number) => page.plainAt.get(i) ?? null;
  const titleAt = (i: number) => cueForms(page.doc.tokens[i]!.norm).some((f) => cues.single.get(f) === 'title');
  const givenAt = (i: number) => givenKey(page.doc.keys[i]!);
  const everydayAt = (i: number) => everyday(page.doc.keys[i]!);
  const plainNotGiven = (i: number) => plainName(i) && !givenAt(i);
  const sideTests: SideTests = { plain: (i) => plainNotGiven(i), taken: isKnown };
  const plainName = (i: number) => {
    const doc = page.doc;
    return (
      doc.tokens[i]!.kind === 'arabic' &&
      !stopKeys.has(doc.keys[i]!) &&
      !commonKeys.has(doc.keys[i]!) &&
      doc.keys[i]!.length >= 3
    );
  };

  function annotate(text: string, opts: AnnotateOptions = {}): Annotation {
    // One normal form of the page serves its tokens and its dates.
    const normal = normalize(text);
    const table = tokenTable(text, normal);
    const tokens = wordTokens(table);
    const doc = makeDoc(text, tokens, table);
    page.doc = doc;
    // No loop and no function made here: V8 compiles a function called once per page with a hot
    // loop for that loop alone (on-stack replacement), and that code, like that of a closure made
    // per page, is collected after the page; this function, with the stages inlined, took 100 ms
    // or more to compile for each page. The loops are in the stages and in the helpers below.

    // A one-word form that news mostly uses as a common word (إطار "framework", not Atar), or a
    // short name of a small town far from Arabic news (ليل, رالي), needs context.
    const level = sportsLevel(doc);
    const sports = level.strong;
    const matches = checkedMatches(
      doc,
      cliticReadings(doc, data.gazetteer, withPlus(doc, data.gazetteer, gazetteerMatches(doc, data.gazetteer, sports))),
    );
    const resolved = nationalTeams(
      doc,
      data.gazetteer,
      resolveAmbiguous(doc, data.gazetteer, trimGenericNouns(doc, matches, data.gazetteer), givenKey, level),
      sports,
    );
    const named = surnamesAfterGivenNames(doc, cues, givenNamesAsPeople(doc, cues, data.gazetteer, resolved));
    const people = storyClubs(
      doc,
      data.gazetteer,
      named,
      townClubs(doc, data.gazetteer, fixtureClubs(doc, data.gazetteer, named, sports, plainName), sports),
      sports,
    );
    const makers = carMakers(doc, everyday);
    const gaz = besideMakers(gazetteerPeople(doc, people), makers);
    page.plainAt = TokenMap.of(tokens.length, unprefixed(gaz), byStartKey);
    const bodies = composer.patterns(doc, plainMatchAt);
    const known = merge([...gaz, ...bodies, ...makers], undefined, tokens.length);
    page.knownAt = covered(known, tokens.length);
    const guessed = [
      ...notFromGazetteer(people),
      ...athletesBeforeCountry(doc, data.gazetteer, people, sports, plainName),
      ...speakers(doc, cues, isKnown),
      ...appositions(doc, cues, isKnown, sports),
      ...acronyms(doc, isKnown),
      ...ordinalChannels(doc, isKnown),
      ...foreignCompanies(doc, everyday, cueWord, isKnown),
      ...executiveBodies(doc, everyday, cueWord, isKnown),
      ...datelines(doc, plainNotGiven, isKnown),
      ...matchSides(doc, sports, sideTests),
      ...ballPlayers(doc, sports, plainName, givenAt, isKnown),
    ];
    const names = peopleInLists(
      doc,
      cues,
      personsWithEvidence(
        doc,
        cues,
        withoutPlainPlaces(
          doc,
          knownIdentity(
            doc,
            withGuesses(doc, known, [...guessed, ...unknownCandidates(doc, data, cues, known, isNisbaWord)]),
            matches,
          ),
          matches,
          cues,
        ),
      ),
      isNisba,
    );
    const facilities = facilitiesNamedAfterPeople(doc, names, cues, isNisba);
    const coref = [...corefCandidates(doc, facilities, cues), ...repeatedNames(doc, facilities, cues)];
    const merged = coref.length ? merge([...facilities, ...coref], undefined, tokens.length) : facilities;
    const joined = joinedBodies(doc, pageEvidence(doc, merged, pageWords), cues, isNisba);
    const final = withCompanyWords(
      doc,
      withoutProductModels(
        doc,
        withOrdinals(doc, hyphenatedNames(doc, joined, everydayAt, givenAt, isKnown)),
        everyday,
      ),
    );
    const all = placeFacilities(
      doc,
      byStart(final.concat(untaken(composer.demonyms(doc), covered(final, tokens.length)))),
      isNisba,
    );

    const entities = render(doc, all);
    const dates = findDates(text, opts.published ?? null, normal);
    // The page is not kept past its call.
    page.doc = null as unknown as Doc;
    page.knownAt = page.guessKnownAt = NO_TOKENS;
    page.plainAt = NO_MAP;
    return { entities, dates };
  }

  /** The gazetteer's readings of the page, those that need context marked ambiguous. */
  function checkedMatches(doc: Doc, readings: readonly GazCandidate[]): GazCandidate[] {
    const matches: GazCandidate[] = [];
    for (const c of readings) {
      // جان كاسيا: كـ ("like") on the word after a first name is the family name, not كـ + آسيا;
      // after a title it opens the name (للسفير كلاوس ايبرمان, not كـ + لاوس).
      if (c.prefix === 'ك' && c.start > 0 && (personName(doc.tokens[c.start - 1]!.norm) || titleAt(c.start - 1)))
        continue;
      if (c.end - c.start !== 1 || c.ambiguous) {
        matches.push(c);
        continue;
      }
      const key = c.stem ?? doc.keys[c.start]!;
      // تاريخاً: a common word with its accusative ending is no Tarija.
      const accusative = key.endsWith('ا') && (commonKeys.has(key.slice(0, -1)) || notPersonWord(key.slice(0, -1)));
      matches.push(
        commonKeys.has(key) || accusative || minorForeignPlace(data.gazetteer.entry(c.entry), key, personName)
          ? { ...c, ambiguous: true }
          : c,
      );
    }
    return matches;
  }

  /** The gazetteer's names among `people`, less a minister's title's country (وزير الخارجية المصري). */
  function gazetteerPeople(doc: Doc, people: readonly Candidate[]): GazCandidate[] {
    const out: GazCandidate[] = [];
    for (const c of people)
      if (c.source === 'gazetteer' && !composer.inMinisterTitle(doc, c)) out.push(c as GazCandidate);
    return out;
  }

  /** A one-word guess that is a nisba (الهايتي) or a definite cue noun (الوكالة, المدينة) is not a name. */
  function nisbaOrCueNoun(c: Candidate): boolean {
    const stem = c.stem ?? '';
    // جبال left out of جبال الأطلس: a place noun alone is no name either.
    // مركز left alone by a rule: an organisation noun is no name by itself either.
    return (
      composer.nisbaCountry(stem) !== null ||
      DROPPED_NOUNS.has(foldLoose(stem)) ||
      (c.type === 'organization' && cues.single.get(stem) === 'organization') ||
      (stem.startsWith('ال') && (cues.single.has(stem) || cues.single.has(stem.slice(2))))
    );
  }

  /** نادي الجزيرة, لفريق الاتحاد: a rule named the club after its noun; it is no island or union. */
  function clubAfterNoun(doc: Doc, c: Candidate): boolean {
    return (
      c.source === 'rule' &&
      c.type === 'organization' &&
      c.start > 0 &&
      !c.prefix &&
      cueForms(doc.tokens[c.start - 1]!.norm).some((f) => CLUB_NOUNS.has(f))
    );
  }

  /**
   * العربية in المنظمة العربية لحقوق الإنسان: a one-word known body that is a definite adjective is
   * the name's adjective inside a longer name.
   */
  function adjectiveBody(doc: Doc, c: Candidate): boolean {
    const k = doc.keys[c.start]!;
    return c.end - c.start === 1 && !c.prefix && k.startsWith('ال') && (k.endsWith('ي') || k.endsWith('يه'));
  }

  /**
   * Known names win over guesses, and the tagger's boundaries over the rules', except that a rule
   * organisation made of its noun and a known place or person (جامعة القاهرة) is the longer name.
   */
  function withGuesses(doc: Doc, known: Candidate[], raw: Candidate[]): Candidate[] {
    const knownAt = covered(known, doc.tokens.length);
    page.guessKnownAt = knownAt;
    const guesses = keptGuesses(doc, raw);
    const n = doc.tokens.length;
    const used = new Uint8Array(n);
    const out: Candidate[] = [];
    const cover = coverIndex(known, n);
    const tagged = overlapIndex(fromSource(guesses, 'tagger'));
    for (const g of guesses) {
      if (g.source === 'rule' && g.type === 'person' && !knownAt.subarray(g.start, g.end).includes(1)) {
        // المهاجم الكونغولي جيسي مبيمبا: where the tagger read one word of a rule's person, the rule's
        // further name words are the family name (not a common word with a proclitic, a verb or a
        // title's accusative: صالح زكريا لتدريبات, صالح مستشارا).
        const inside = overlapping(tagged, g);
        if (
          inside.length === 1 &&
          inside[0]!.type === 'person' &&
          inside[0]!.start === g.start &&
          inside[0]!.end === g.start + 1 &&
          bareNameWords(doc, g.start + 1, g.end)
        )
          out.push(...merge([g], used));
        continue;
      }
      if (g.source !== 'rule' || g.type !== 'organization') continue;
      // ... or one that opens with a known place and goes on past it (شركة قطر للغاز → قطر للغاز).
      let ok = true;
      let any = false;
      for (let t = g.start; t < g.end && ok; t++) {
        const k = cover[t]!;
        if (k < 0) continue;
        const c = known[k]!;
        any = true;
        ok =
          c.start >= g.start &&
          c.end <= g.end &&
          (c.start > g.start || (c.end < g.end && c.type === 'place')) &&
          (c.type !== 'organization' || adjectiveBody(doc, c));
      }
      // الاتحاد الوطني لطلبة المغرب: a rule name that holds the tagger's shorter reading of it whole
      // read the name's grammar (its لـ complement) further than the tagger did.
      const longer = holdsShorter(g, overlapping(tagged, g));
      if (ok && (any || longer)) out.push(...merge([g], used));
    }
    // concat, not push(...): a page of megabytes has more names than a call may take arguments.
    const all = out.concat(
      merge(known, used),
      merge(fromSource(guesses, 'tagger'), used),
      merge(fromSource(guesses, 'rule'), used),
      merge(peopleAfterBodies(doc, known, guesses, used), used),
    );
    return byStart(all);
  }

  /** The guesses trimmed and extended, less those that are no name (see withGuesses). */
  function keptGuesses(doc: Doc, raw: readonly Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (const r of raw) {
      const t = waladChain(
        doc,
        cues,
        personBounds(doc, cues, trimGuess(doc, r, isNisba), notGuessKnown),
        notGuessKnown,
      );
      const c = t ? extendPerson(doc, cues, t, notGuessKnown, isNisba, firstName) : t;
      if (
        c !== null &&
        !composer.bodyWithoutCountry(doc.keys, c.start, c.end) &&
        !anaphoricBody(doc, c, cues) &&
        (clubAfterNoun(doc, c) ||
          (c.source === 'rule' && c.type === 'organization' && isMatchSide(doc, c.start, c.end)) ||
          (!(c.end - c.start === 1 && nisbaOrCueNoun(c)) && !plainWords(doc, c, cues, isNisba, guessKnown)))
      )
        out.push(c);
    }
    return out;
  }

  const cueWord = (w: string) => cueForms(w).some((f) => cues.single.has(f)) || notPersonWord(w);
  /** Are tokens [from, to) words with no proclitic that read as no common word, title or verb? */
  function bareNameWords(doc: Doc, from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const w = doc.tokens[i]!.norm;
      if (doc.tokens[i]!.kind !== 'arabic' || commonKeys.has(doc.keys[i]!)) return false;
      if (inNames(cues, w)) continue;
      if (WAW_FA_OPENING.test(w) || imperfectShaped(w) || cueWord(w)) return false;
      // لتدريبات, بالفريق, بتصديه: a preposition on a common word, a plural or a noun with its
      // pronoun (لونين is a name).
      const rest = w.slice(1);
      const noun = rest.startsWith('ال') || NOUN_ENDING.test(rest) || cueWord(rest);
      if (BA_LAM_KAF_OPENING.test(w) && (noun || commonKeys.has(foldLoose(rest)))) return false;
      // مستشارا: a title or a common word with its accusative ending (مبيمبا is a name).
      if (w.endsWith('ا') && (cueWord(w.slice(0, -1)) || commonKeys.has(foldLoose(w.slice(0, -1))))) return false;
    }
    return true;
  }

  function nameWordAt(doc: Doc, used: Uint8Array, i: number): boolean {
    const w = doc.tokens[i]!.norm;
    return doc.tokens[i]!.kind === 'arabic' && !used[i] && inNames(cues, w) && !cues.common.has(w);
  }

  /**
   * في جامعة جورجتاون ديفيد ميلر: a guessed organisation that ran on past a known one over name
   * words is a person named after the body; the guess loses to the known name, the person stays.
   */
  function peopleAfterBodies(
    doc: Doc,
    known: readonly Candidate[],
    guesses: readonly Candidate[],
    used: Uint8Array,
  ): Candidate[] {
    const out: Candidate[] = [];
    const orgAt = new Map<number, Candidate>();
    for (const c of known) if (c.type === 'organization') orgAt.set(c.start, c);
    for (const g of guesses) {
      if (g.type !== 'organization') continue;
      let k: Candidate | undefined;
      for (let t = g.start; t < g.end - 2 && !k; t++) {
        const c = orgAt.get(t);
        if (c && c.end + 1 < g.end) k = c;
      }
      if (!k || !nameWordAt(doc, used, k.end)) continue;
      let end = k.end;
      while (end < g.end && end - k.end < 3 && nameWordAt(doc, used, end)) end++;
      if (end - k.end >= 2) out.push(ruleGuess(k.end, end, 'person'));
    }
    return out;
  }

  /**
   * A guess over exactly the words of a gazetteer form that context set aside (المغرب read as a
   * place by the tagger after the ambiguity check let it go) is that entry: its English, not a guess.
   */
  function knownIdentity(doc: Doc, names: Candidate[], matches: readonly GazCandidate[]): Candidate[] {
    const at = TokenMap.of(doc.tokens.length, matches, byStartKey);
    const out = new Array<Candidate>(names.length);
    for (let i = 0; i < names.length; i++) {
      const c = names[i]!;
      const m = at.get(c.start);
      // نادي الجزيرة is a club that the channel's entry does not describe.
      // A gazetteer reading that context made something else (outlet-clubs.ts) keeps that reading.
      const settled = c.known || c.source === 'gazetteer' || clubAfterNoun(doc, c);
      out[i] = settled || !(m && m.end === c.end && m.type === c.type) ? c : unambiguous(m);
    }
    return out;
  }

  return { annotate };
}
