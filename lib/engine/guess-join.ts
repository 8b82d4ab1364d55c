// Known names and guesses joined: which guesses stand beside the known names, trimmed and extended,
// and which known entry a guess over its exact words is.
import { clitics } from '../text/clitics';
import { foldLoose } from '../text/normalize';
import { cueForms, imperfectShaped, inNames } from '../ner/rule-words';
import { normalSet } from '../ner/lexicon';
import { anaphoricBody } from './body-edges';
import { coverIndex, covered, fromSource, holdsShorter, unambiguous } from './candidate-lists';
import { DROPPED_NOUNS, trimGuess } from './conventions';
import type { EngineContext } from './engine-context';
import type { GazCandidate } from './match';
import { isMatchSide } from './match-sides';
import { merge } from './merge';
import { nameShaped } from './name-slot';
import { byStart, overlapIndex, overlapping } from './order';
import { extendPerson } from './person-extension';
import { personTail } from './person-tail';
import { personBounds } from './person-bounds';
import { plainWords } from './plain-words';
import { TokenMap } from './token-map';
import { closes, pronounAfterSaying } from './speakers';
import { ruleGuess, type Candidate, type Doc } from './types';
import { waladChain } from './walad-names';

const CLUB_NOUNS = normalSet('clubNouns');
const BA_LAM_KAF_OPENING = /^[بلك]/;
const NOUN_ENDING = /(ات|ه|ها|هم)$/;
const WAW_FA_OPENING = /^[وف]/;
const isPerson = (c: Candidate) => c.type === 'person';

export function createGuessJoin(ctx: EngineContext) {
  const { cues, composer, commonKeys, page, isNisba, guessKnown, notGuessKnown, firstName, byStartKey, cueWord } = ctx;

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
          (oneWordPerson(inside, g.start) && (bareNameWords(doc, g.start + 1, g.end) || closedFamilyName(doc, g))) ||
          // حزب الليكود عميت هاليفي: where it read the last word alone (a known surname) and no
          // other person, the words before are its first names (a body it ran into is the body's).
          (oneWordPerson(inside.filter(isPerson), g.end - 1) && firstNames(doc, g.start, g.end - 1))
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
        personBounds(doc, cues, trimGuess(doc, r, isNisba), notGuessKnown, isNisba),
        notGuessKnown,
      );
      const e = t ? extendPerson(doc, cues, t, notGuessKnown, isNisba, firstName) : t;
      const c = e ? personTail(doc, cues, e, notGuessKnown, isNisba) : e;
      if (
        c !== null &&
        !(c.type === 'person' && pronounAfterSaying(doc.tokens, c.start)) &&
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

  /** Are tokens [from, to) name-shaped words (name-slot.ts)? */
  function firstNames(doc: Doc, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!nameShaped(doc, cues, i, isNisba)) return false;
    return true;
  }

  /** Is `inside` one guessed person of one word, at `at`? */
  function oneWordPerson(inside: readonly Candidate[], at: number): boolean {
    return inside.length === 1 && inside[0]!.type === 'person' && inside[0]!.start === at && inside[0]!.end === at + 1;
  }

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

  /**
   * المتحدث باسم الوزارة أشرف القدرة إن: a rule's given name and one definite word right before what
   * was said (or another closer of a speaker's name) is a given name and family name, though the
   * family name is also a noun (القدرة, "ability") that the tagger left out.
   */
  function closedFamilyName(doc: Doc, g: Candidate): boolean {
    if (g.end - g.start !== 2 || !cues.given.has(doc.tokens[g.start]!.norm)) return false;
    const w = doc.tokens[g.start + 1]!.norm;
    return clitics(w).article && clitics(w).pre === '' && closes(doc.tokens, g.end, cues);
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
    const out: Candidate[] = [];
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

  return { withGuesses, knownIdentity };
}
