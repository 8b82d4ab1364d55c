// What every stage of one engine shares: its data, its cue sets folded once, the page being read,
// and the tests the stages are handed.
import { cueLexicon } from '../ner/cues';
import { foldLoose } from '../text/normalize';
import { notPersonWord } from '../ner/rule-shapes';
import { cueForms, inNames } from '../ner/rule-words';
import { NOUN_OUTSIDE } from '../ner/org-triggers';
import { clitics } from '../text/clitics';
import { createComposer } from './compose';
import type { GazCandidate } from './match';
import { TokenMap } from './token-map';
import { FIRST_SPREAD_CLASS, type Candidate, type Doc, type EngineData } from './types';
import type { SideTests } from './match-sides';

const NO_TOKENS = new Uint8Array(0);
const NO_MAP = new TokenMap<never>(0);

/** The page an engine is reading; empty between calls, so no page is kept past its call. */
export interface PageHolder {
  doc: Doc;
  knownAt: Uint8Array;
  guessKnownAt: Uint8Array;
  plainAt: TokenMap<GazCandidate>;
}

export function holdPage(page: PageHolder, doc: Doc): void {
  page.doc = doc;
}

export function releasePage(page: PageHolder): void {
  page.doc = null as unknown as Doc;
  page.knownAt = page.guessKnownAt = NO_TOKENS;
  page.plainAt = NO_MAP;
}

export type EngineContext = ReturnType<typeof createContext>;

export function createContext(data: EngineData) {
  const cues = data.cues ?? cueLexicon();
  const composer = createComposer(data.gazetteer, data.patterns, data.demonyms ?? {});
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
  const page: PageHolder = {
    doc: null as unknown as Doc,
    knownAt: NO_TOKENS,
    guessKnownAt: NO_TOKENS,
    plainAt: NO_MAP as TokenMap<GazCandidate>,
  };
  const isNisba = (k: string) => composer.nisbaCountry(k) !== null;
  const isNisbaWord = (w: string) => composer.nisbaCountry(foldLoose(w)) !== null;
  const everyday = (k: string) => commonKeys.has(k) || stopKeys.has(k);
  const townWords = { cues, everyday, given: pageWords.givenKey, isNisba };
  const isKnown = (i: number) => page.knownAt[i] === 1;
  const guessKnown = (i: number) => page.guessKnownAt[i] === 1;
  const notGuessKnown = (i: number) => !page.guessKnownAt[i];
  const firstName = (k: string) => data.gazetteer.firstName(k);
  const byStartKey = (c: Candidate) => c.start;
  const plainMatchAt = (i: number) => page.plainAt.get(i) ?? null;
  // A listed place or body opens at token i (a name's short form there is that place or body).
  const placeOrBodyAt = (i: number) => {
    const m = page.plainAt.get(i);
    return m !== undefined && m.type !== 'person';
  };
  const titleAt = (i: number) => cueForms(page.doc.tokens[i]!.norm).some((f) => cues.single.get(f) === 'title');
  const givenAt = (i: number) => givenKey(page.doc.keys[i]!);
  const everydayAt = (i: number) => everyday(page.doc.keys[i]!);
  const plainNotGiven = (i: number) => plainName(i) && !givenAt(i);
  const sideTests: SideTests = { plain: plainNotGiven, taken: isKnown };
  const plainName = (i: number) => {
    const doc = page.doc;
    return (
      doc.tokens[i]!.kind === 'arabic' &&
      !stopKeys.has(doc.keys[i]!) &&
      !commonKeys.has(doc.keys[i]!) &&
      doc.keys[i]!.length >= 3
    );
  };
  // وكالة, منظمة, هيئة before a name the gold keeps inside it; قناة, صحيفة, شركة it leaves out.
  const nounInsideAt = (i: number) => {
    const t = page.doc.tokens[i]!;
    if (t.kind !== 'arabic' || clitics(t.norm).article) return false;
    const forms = cueForms(t.norm);
    return forms.some((f) => cues.single.get(f) === 'organization') && !forms.some((f) => NOUN_OUTSIDE.has(f));
  };
  const cueWord = (w: string) => cueForms(w).some((f) => cues.single.has(f)) || notPersonWord(w);
  return {
    data,
    cues,
    composer,
    commonKeys,
    page,
    givenKey,
    personName,
    pageWords,
    townWords,
    isNisba,
    isNisbaWord,
    everyday,
    isKnown,
    guessKnown,
    notGuessKnown,
    firstName,
    byStartKey,
    plainMatchAt,
    placeOrBodyAt,
    titleAt,
    givenAt,
    everydayAt,
    plainNotGiven,
    sideTests,
    plainName,
    cueWord,
    nounInsideAt,
    // Held by the engine, so that no bundler drops it as unread (see types.ts).
    firstSpreadClass: FIRST_SPREAD_CLASS,
  };
}
