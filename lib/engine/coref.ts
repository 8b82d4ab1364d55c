// In-document coreference: a surname alone after the person's full name (شولتس after أولاف شولتس,
// الزين after هادي الزين), or before it (a headline's), and an acronym in brackets after a full name
// ((آسيان), (واس)) refer to the same entity, and so do the acronym's later mentions. They share the
// entity's id.
import type { CueLexicon } from '../ner/cues';
import { perWord, tokenAnalyses } from './doc';
import { isOrdinal } from './conventions';
import { notPersonWord } from '../ner/rule-shapes';
import { candidate, corefMention, type Candidate, type Doc } from './types';
import { normalSet, words } from '../ner/lexicon';
import { TokenMap } from './token-map';
import { LINKS } from './name-words';
import { inNames } from '../ner/rule-words';

const OPEN = new Set(['(', '[', '«']);
const CLOSE = new Set([')', ']', '»']);
const PARTICLES = new Set(words('surnameParticles'));

const SPACES = /\s+/;

/** English of a surname from the full name's English: its last word, with a particle before it (Le Drian, al-Zein). */
export function surnameEnglish(full: string | null): string | null {
  if (!full) return null;
  let surname = surnameCache.get(full);
  if (surname === undefined) {
    if (surnameCache.size > 20_000) surnameCache.clear();
    surnameCache.set(full, (surname = surnameOf(full)));
  }
  return surname;
}

// A page names its people's surnames alone hundreds of times: each full name is split once.
const surnameCache = new Map<string, string>();

/** A label's disambiguation in brackets ("Eli Cohen (politician)"), which is no part of the name. */
const QUALIFIER = /\s*\([^()]*\)$/;

function surnameOf(full: string): string {
  const name = full.trim().replace(QUALIFIER, '');
  const words = name.split(SPACES);
  if (words.length < 2) return name;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  return PARTICLES.has(before.toLowerCase()) && words.length > 2 ? `${before} ${last}` : last;
}

/**
 * Does a reading of token i's word name a surname or acronym of the page? Once per word (memo by
 * doc.words' ids: 0 not asked, 1 yes, 2 no). A module function with its memo passed in, not
 * perWord's closure made per page: the loop that called that closure was compiled for the first
 * page's closure and dropped its code ("wrong call target") on every page after.
 */
function namedWord(
  doc: Doc,
  i: number,
  memo: Int8Array | null,
  surnames: ReadonlyMap<string, Candidate>,
  acronyms: ReadonlyMap<string, Candidate>,
): boolean {
  const id = memo ? doc.words!.ids[i]! : -1;
  if (id >= 0 && memo![id] !== 0) return memo![id] === 1;
  const readings = tokenAnalyses(doc, i);
  let yes = false;
  for (let k = 0; k < readings.length && !yes; k++)
    yes = surnames.has(readings[k]!.stem) || acronyms.has(readings[k]!.stem);
  if (id >= 0) memo![id] = yes ? 1 : 2;
  return yes;
}

export function corefCandidates(doc: Doc, merged: readonly Candidate[], cues: CueLexicon): Candidate[] {
  const out: Candidate[] = [];
  const surnames = new Map<string, Candidate>();
  const acronyms = new Map<string, Candidate>();
  const starts = new TokenMap<Candidate>(doc.tokens.length + 1);
  for (const c of merged) starts.set(c.start, c);

  for (const c of merged) {
    if (c.type === 'demonym') continue;
    const root = c.ref ?? c;
    if (c.type === 'person' && c.end - c.start >= 2) {
      const last = doc.keys[c.end - 1]!;
      const bare = last.startsWith('ال') ? last.slice(2) : last;
      // عبد الله الثاني: the ordinal is the ruler's number, not a surname to find alone later.
      if (
        bare.length >= 3 &&
        !cues.stop.has(last) &&
        !cues.single.has(last) &&
        !isOrdinal(last) &&
        !cues.common.has(doc.tokens[c.end - 1]!.norm) &&
        !surnames.has(last)
      )
        surnames.set(last, root);
    }
    // FULL NAME (ACRONYM): organisations only (a dateline "بيروت (رويترز)" names the agency), and
    // not when the brackets hold another known name.
    const inBrackets = starts.get(c.end + 1);
    if (
      c.type === 'organization' &&
      OPEN.has(doc.tokens[c.end]?.text ?? '') &&
      !(inBrackets?.known && inBrackets.id !== root.id)
    ) {
      let close = c.end + 1;
      while (close < doc.tokens.length && close - c.end <= 4 && !CLOSE.has(doc.tokens[close]!.text)) close++;
      const inner = doc.tokens.slice(c.end + 1, close);
      if (
        close < doc.tokens.length &&
        CLOSE.has(doc.tokens[close]!.text) &&
        inner.length > 0 &&
        inner.length <= 3 &&
        inner.every((t) => t.kind === 'arabic' || t.kind === 'latin')
      ) {
        out.push(
          candidate({
            start: c.end + 1,
            end: close,
            type: c.type,
            source: 'coref',
            known: root.known,
            english: root.english,
            id: root.id,
            description: root.description,
            prefix: '',
            ref: root,
          }),
        );
        if (inner.length === 1 && !acronyms.has(doc.keys[c.end + 1]!)) acronyms.set(doc.keys[c.end + 1]!, root);
      }
    }
  }
  out.push(...firstNameMentions(doc, merged, cues));
  if (surnames.size === 0 && acronyms.size === 0) return out;

  const firstCache = new Map<Candidate, number>();
  for (const c of merged) {
    const root = c.ref ?? c;
    firstCache.set(root, Math.min(firstCache.get(root) ?? Infinity, c.end));
  }
  const covers = new Uint8Array(doc.tokens.length);
  for (const c of merged) covers.fill(1, c.start, c.end);
  const memo = doc.words ? new Int8Array(doc.words.distinct) : null;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i]!.kind !== 'arabic' && doc.tokens[i]!.kind !== 'latin') continue;
    if (!namedWord(doc, i, memo, surnames, acronyms)) continue;
    const existing = starts.get(i);
    if (existing && existing.end - existing.start > 1) continue;
    // لصالح ("in favour of") after صالح: a word the page uses whole is no surname with a clitic.
    if (!existing && commonWhole(doc, cues, i)) continue;
    for (const a of tokenAnalyses(doc, i)) {
      const root = surnames.get(a.stem) ?? acronyms.get(a.stem);
      if (!root) continue;
      // الملك, للرسول after عبد الملك... ملك or محمد رسول: a surname written bare comes back
      // bare; with the article it is the common noun again.
      if (a.article && !a.stem.startsWith('ال')) continue;
      // An acronym comes only after the name it abbreviates; a person's surname may come first (a
      // headline's المالكي before the lede's full name), on the terms of `earlierSurname`.
      if ((firstCache.get(root) ?? Infinity) > i && (covers[i] || !earlierSurname(doc, cues, i, a, root))) break;
      if (existing && (existing.ref ?? existing) === root) break;
      const acronym = acronyms.get(a.stem) === root;
      out.push(corefMention(i, i + 1, root, a, acronym ? root.english : surnameEnglish(root.english)));
      break;
    }
  }
  return out;
}

/**
 * صدام after صدام حسين: a known person's first name written alone later on the page is that person,
 * when it is a name of the loose lists (foreign and rarer names: صدام, كوندوليزا) and not a common
 * given name (محمد, أحمد: many people on one page share it), no other known person of the page opens
 * with it, and no name word follows it (واين بريدج is someone else).
 */
function firstNameMentions(doc: Doc, merged: readonly Candidate[], cues: CueLexicon): Candidate[] {
  const firsts = new Map<string, Candidate | null>();
  for (const c of merged) {
    if (c.type !== 'person' || !c.known || c.ref || c.end - c.start < 2) continue;
    const w = doc.tokens[c.start]!.norm.slice(c.prefix.length);
    if (w.length < 3 || cues.given.has(w) || !inNames(cues, w)) continue;
    if (cues.stop.has(w) || cues.single.has(w) || cues.common.has(w)) continue;
    const k = firstStem(doc, c);
    const seen = firsts.get(k);
    if (seen === undefined) firsts.set(k, c);
    else if (seen !== null && seen.id !== c.id) firsts.set(k, null);
  }
  const out: Candidate[] = [];
  if (firsts.size === 0) return out;
  const covers = new Uint8Array(doc.tokens.length);
  for (const c of merged) covers.fill(1, c.start, c.end);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covers[i] || doc.tokens[i]!.kind !== 'arabic') continue;
    for (const a of tokenAnalyses(doc, i)) {
      const root = a.article ? undefined : firsts.get(a.stem);
      if (!root || root.start > i) continue;
      const next = doc.tokens[i + 1];
      if (next && (covers[i + 1] || (next.kind === 'arabic' && inNames(cues, next.norm)))) break;
      out.push(corefMention(i, i + 1, root, a));
      break;
    }
  }
  return out;
}

// وذات صباح, مع اهلي, على عرش: after a preposition, a demonstrative or ذات ("one [morning]") the
// word is a noun of the sentence as often as a name (normal forms).
const GOVERNS_NOUN = new Set([
  ...normalSet('demonstratives'),
  ...['ذات', 'من', 'الي', 'علي', 'في', 'عن', 'مع', 'بين', 'حول', 'عند', 'لدي', 'منذ', 'حتي'],
]);

/**
 * Is token i, read as `a`, a person's surname written before the page's full name (root)? A known
 * person's surname may be (الحكيم before توفيق الحكيم); a guessed one, whose guess may be a slip,
 * only written bare or with و, with no article, after no preposition, demonstrative or ذات: the
 * guess ليوناردو صباح makes no name of وذات صباح, nor عزيز النصر of تحقيق النصر.
 */
function earlierSurname(
  doc: Doc,
  cues: CueLexicon,
  i: number,
  a: { prefix: string; stem: string; article: boolean },
  root: Candidate,
): boolean {
  if (root.type !== 'person') return false;
  if (root.known) return true;
  const listed = inNames(cues, a.stem);
  if ((a.prefix !== '' && a.prefix !== 'و') || a.stem.length < (listed ? 3 : 4)) return false;
  // الايرلندي, بصراحة: a definite word or a preposition on a word no name list holds (الونسو is one).
  if (!listed && (a.article || a.stem.startsWith('ال') || PREPOSITION_OPENING.test(a.stem))) return false;
  const prev = i > 0 ? doc.tokens[i - 1]! : undefined;
  if (prev?.kind !== 'arabic') return true;
  const w = prev.norm;
  return !(GOVERNS_NOUN.has(w) || (WAW_FA_OPENING.test(w) && GOVERNS_NOUN.has(w.slice(1))));
}

const PREPOSITION_OPENING = /^[بلك]/;
const WAW_FA_OPENING = /^[وف]/;

/** Is token i, as written with its proclitics, a common or function word (لصالح, وبعد)? */
function commonWhole(doc: Doc, cues: CueLexicon, i: number): boolean {
  const w = doc.tokens[i]!.norm;
  return cues.stop.has(w) || cues.common.has(w);
}

/** The stem of c's first word, as c's own proclitics leave it. */
function firstStem(doc: Doc, c: Candidate): string {
  for (const a of tokenAnalyses(doc, c.start)) if (a.prefix.length === c.prefix.length) return a.stem;
  return doc.keys[c.start]!;
}

/** Does `list` hold a name whose other words are c's? */
function listed(doc: Doc, list: readonly { rest: string[] }[], c: Candidate): boolean {
  for (const e of list) {
    if (e.rest.length !== c.end - c.start - 1) continue;
    let same = true;
    for (let d = 0; d < e.rest.length && same; d++) same = e.rest[d] === doc.keys[c.start + 1 + d];
    if (same) return true;
  }
  return false;
}

/** The first name of `list` whose other words are the page's untaken words from `at` on. */
function restAt(
  doc: Doc,
  list: Listed[] | undefined,
  at: number,
  taken: Uint8Array,
  bodyAt: (i: number) => boolean,
): Listed | undefined {
  for (let e = 0; list && e < list.length; e++) {
    const rest = list[e]!.rest;
    if (list[e]!.prefix && bodyAt(at - 1)) continue;
    let same = true;
    for (let d = 0; d < rest.length && same; d++) same = doc.keys[at + d] === rest[d] && !taken[at + d];
    if (same) return list[e];
  }
  return undefined;
}

interface Listed {
  root: Candidate;
  rest: string[];
  /** A shorter form of a longer name: not where the page's lists read a place or body. */
  prefix?: boolean;
}

// ابن/ابو X, or the first two words of a longer name, come back alone (ابن الابار after ابن الابار
// القضاعي); a name whose second word is a link of the name lists (محمد بن, محمد ابو) or ولد, the
// Mauritanian nasab (محمد ولد عبد العزيز), or that opens with عبد (a given name alone) has no such
// short form.
const WALAD = 'ولد';
const COMPOUND_TAILS = new Set(['الله', 'الدين']);

/** The two-word short form of person c, or null when it has none. */
function shortForm(doc: Doc, c: Candidate, cues: CueLexicon): string[] | null {
  if (c.type !== 'person' || c.end - c.start < 3 || c.source === 'coref' || c.ref) return null;
  const second = doc.keys[c.start + 1]!;
  const first = doc.keys[c.start]!;
  if (first === 'عبد' || LINKS.has(second) || second === WALAD || second.length < 3 || first.length < 3) return null;
  // آية الله (a title), حسن نصر الله (a compound the third word closes): no short form.
  if (COMPOUND_TAILS.has(second) || COMPOUND_TAILS.has(doc.keys[c.start + 2]!)) return null;
  if (cues.single.has(doc.tokens[c.start]!.norm)) return null;
  const norm = doc.tokens[c.start + 1]!.norm;
  if (cues.common.has(norm) || cues.stop.has(norm) || cues.single.has(norm) || notPersonWord(norm)) return null;
  return [second];
}

/**
 * A guessed person found once is the same person wherever the page writes the name again, with
 * its own proclitics (the tagger may miss it in another sentence): those occurrences share its id.
 * A one-word name needs more than a common word's shape, since a wrong guess would spread.
 */
export function repeatedNames(
  doc: Doc,
  merged: readonly Candidate[],
  cues: CueLexicon,
  bodyAt: (i: number) => boolean,
): Candidate[] {
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of merged) taken.fill(1, c.start, c.end);
  const byFirst = new Map<string, Listed[]>();
  for (const c of merged) {
    const short = shortForm(doc, c, cues);
    if (short) {
      const first = firstStem(doc, c);
      let list = byFirst.get(first);
      if (!list) byFirst.set(first, (list = []));
      if (!list.some((e) => e.prefix && e.rest[0] === short[0])) list.push({ root: c, rest: short, prefix: true });
    }
    if (c.known || c.ref || c.type !== 'person' || c.source === 'coref') continue;
    const restLength = c.end - c.start - 1;
    const norm = doc.tokens[c.start]!.norm.slice(c.prefix.length);
    // الثقافي, الجمال: a lone definite adjective or noun guessed once is not spread.
    const definiteWord = norm.startsWith('ال') && (norm.endsWith('ي') || !cues.family.has(norm));
    if (
      restLength === 0 &&
      (norm.length < 4 || definiteWord || cues.common.has(norm) || cues.stop.has(norm) || notPersonWord(norm))
    )
      continue;
    const first = firstStem(doc, c);
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    // The page's other mentions of a name already listed: compared in place, not sliced (a page
    // names its people hundreds of times).
    if (!listed(doc, list, c)) list.push({ root: c, rest: doc.keys.slice(c.start + 1, c.end) });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const out: Candidate[] = [];
  const opens = perWord(doc, (i) => tokenAnalyses(doc, i).some((a) => !a.article && byFirst.has(a.stem)));
  for (let i = 0; i < doc.tokens.length; i++) {
    if (taken[i] || (doc.tokens[i]!.kind !== 'arabic' && doc.tokens[i]!.kind !== 'latin') || !opens(i)) continue;
    // Indexed loops and a module function, not for-of and arrows: this runs for every word that
    // may open a listed name, and their iterators and closures were most of what it allocated.
    const readings = tokenAnalyses(doc, i);
    for (let r = 0; r < readings.length; r++) {
      const a = readings[r]!;
      if (a.article) continue; // جهاز is a guess; الجهاز is the noun again
      const hit = restAt(doc, byFirst.get(a.stem), i + 1, taken, bodyAt);
      if (!hit) continue;
      const end = i + 1 + hit.rest.length;
      const { root } = hit;
      out.push(
        candidate({
          start: i,
          end,
          type: root.type,
          source: 'coref',
          known: false,
          english: root.english,
          id: root.id,
          description: root.description,
          prefix: a.prefix,
          stem: a.stem,
          ref: root,
        }),
      );
      taken.fill(1, i, end);
      break;
    }
  }
  return out;
}
