// Cue words for recognising names that are not in the gazetteer. Written unnormalised (as news
// writes them) and normalised once at load. Used as features by the learned model and as triggers
// by the rules in ./triggers.ts.

import { normalizeText } from '../text/normalize';
import common from './common-words.generated.json';
import names from './given-names.generated.json';
import { words } from './lexicon';

export type CueType = 'title' | 'place' | 'organization';

/** Titles and roles that precede a person's name (the title is not part of the span). */
const TITLE_CUES = words('titleCues');

/** Nouns that precede a place name (the noun is not part of the span). */
const PLACE_CUES = words('placeCues');

/**
 * Nouns that announce an organisation name; triggers.ts says which stay in the span (حزب العمال)
 * and which not (صحيفة الأهرام).
 */
const ORG_CUES = words('orgCues');

/**
 * Words of today's news that the 2006 corpus behind common-words.generated.json rarely has, and
 * that look like foreign names to the tagger: events, diseases, platforms and borrowed nouns.
 */
const NEWS_WORDS = words('newsWords');

/** Words that are never part of a name and stop a rule's span (function words, reporting verbs, time words). */
const STOP_WORDS = words('stopWords');

/** Foreign name endings that mark a person (لافروف, ميدفيديف, زيلينسكي, تيموشينكو, ميلوسيفيتش). */
const FOREIGN_PERSON_ENDINGS: readonly { suffix: string; minLength: number }[] = [
  ...words('foreignSurnameEndings').map((suffix) => ({ suffix, minLength: 6 })),
  ...words('foreignSurnameEndingsShort').map((suffix) => ({ suffix, minLength: 5 })),
];
/** Arabic words with those endings (passive participles, broken plurals). */
const FOREIGN_ENDING_EXCEPTIONS = words('foreignEndingExceptions');

const norm = (list: readonly string[]): string[] => list.map(normalizeText);

export interface CueLexicon {
  /** Single-token cues by their definite/bare form (see clitics() in lib/text/clitics.ts), e.g. 'الرييس' → title. */
  single: Map<string, CueType>;
  /** Multi-token cues: first token → list of full token sequences with their type. */
  phrases: Map<string, { tokens: string[]; type: CueType }[]>;
  stop: Set<string>;
  /** Frequent words that are almost never inside a name (from news data): rules stop a person or place at them. */
  common: Set<string>;
  given: Set<string>;
  family: Set<string>;
  names: Set<string>;
  foreignEndings: readonly { suffix: string; minLength: number }[];
  foreignExceptions: Set<string>;
}

export function buildCueLexicon(): CueLexicon {
  const newsWords = new Set(norm(NEWS_WORDS));
  const single = new Map<string, CueType>();
  const phrases = new Map<string, { tokens: string[]; type: CueType }[]>();
  const add = (list: readonly string[], type: CueType): void => {
    for (const cue of norm(list)) {
      const tokens = cue.split(' ');
      if (tokens.length === 1) single.set(cue, type);
      else {
        const l = phrases.get(tokens[0]!) ?? [];
        l.push({ tokens, type });
        phrases.set(tokens[0]!, l);
      }
    }
  };
  add(TITLE_CUES, 'title');
  add(PLACE_CUES, 'place');
  add(ORG_CUES, 'organization');
  for (const l of phrases.values()) l.sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    single,
    phrases,
    stop: new Set(norm(STOP_WORDS)),
    common: new Set([...common.words, ...newsWords]),
    given: new Set(names.given),
    family: new Set(names.family),
    // كورونا is also a surname in the name-pair data; on a news page it is the virus.
    names: new Set(names.names.filter((w) => !newsWords.has(w))),
    foreignEndings: FOREIGN_PERSON_ENDINGS.map((e) => ({ suffix: normalizeText(e.suffix), minLength: e.minLength })),
    foreignExceptions: new Set(norm(FOREIGN_ENDING_EXCEPTIONS)),
  };
}

let shared: CueLexicon | null = null;
/** The lexicon built from the lists above (built once). */
export function cueLexicon(): CueLexicon {
  shared ??= buildCueLexicon();
  return shared;
}

/**
 * A per-word answer about a lexicon, remembered per lexicon and word (news repeats its words);
 * each lexicon's memory is emptied once it holds 50,000 words.
 */
export function memoPerWord<T>(compute: (lex: CueLexicon, word: string) => T): (lex: CueLexicon, word: string) => T {
  const memo = new WeakMap<CueLexicon, Map<string, T>>();
  // A session asks about one lexicon: its map is kept at hand, not found in the WeakMap per word.
  let lastLex: CueLexicon | null = null;
  let last = new Map<string, T>();
  return (lex, word) => {
    let m = last;
    if (lex !== lastLex) {
      m = memo.get(lex) ?? new Map<string, T>();
      memo.set(lex, m);
      lastLex = lex;
      last = m;
    }
    let v = m.get(word);
    if (v === undefined) {
      if (m.size > 50_000) m.clear();
      v = compute(lex, word);
      m.set(word, v);
    }
    return v;
  };
}
