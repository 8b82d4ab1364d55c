// Page evidence: a name typed with confidence somewhere on the page decides its other occurrences.
// The tagger reads one sentence at a time, so the same unknown name can be a place in one sentence,
// a person in the next and nothing in a headline. This pass runs after the rules and coreference:
//  - spread: an occurrence nobody marked gets the confident reading (with its own proclitics);
//  - retype: a guess that the page contradicts with stronger evidence takes the page's type;
//  - trim: a guessed person that runs one common word past a name the page knows is cut back.
// Evidence weighs a known name 3, a rule with a cue 2 and a tagger guess 1; coreference adds none
// (it is derived). A one-word name spreads only when it cannot be a common word or a first name,
// and a body named like a place (a club named after its city) does not spread after "in".
import type { CueLexicon } from '../ner/cues';
import { notPersonWord } from '../ner/rule-shapes';
import { analyses } from './analyses';
import { perWord, tokenAnalyses } from './doc';
import { byStart } from './order';
import { corefMention, type Candidate, type Doc } from './types';

type NameType = 'person' | 'place' | 'organization';
const TYPES: readonly NameType[] = ['person', 'place', 'organization'];
const WEIGHT: Record<Candidate['source'], number> = {
  gazetteer: 3,
  pattern: 3,
  rule: 2,
  tagger: 1,
  coref: 0,
  demonym: 0,
};
/** Words (keys) after which a body named like a place is the place (في ليفربول). */
const PLACE_BEFORE = new Set(['في', 'الي', 'من', 'قرب', 'داخل', 'مدينه']);

interface Form {
  /** Stem of the first word (proclitics off), then the other words' keys. */
  words: string[];
  score: Record<NameType, number>;
  /** The best-weighted mention of each type: what a spread or retyped mention refers to. */
  root: Partial<Record<NameType, Candidate>>;
}

export interface PageEvidenceWords {
  cues: CueLexicon;
  /** Keys (foldLoose) of common words and of first names: a one-word name like these does not spread. */
  commonKey: (key: string) => boolean;
  givenKey: (key: string) => boolean;
}

/** The first word's stem, as the candidate's own proclitics leave it. */
function stemOf(doc: Doc, c: Candidate): string {
  const key = doc.keys[c.start]!;
  for (const a of analyses(key)) if (a.prefix.length === c.prefix.length) return a.stem;
  return key;
}

/** A form's key: its words (see Form) joined by spaces. Made once per candidate, in collect(). */
function formKey(doc: Doc, c: Candidate): string {
  let k = stemOf(doc, c);
  for (let i = c.start + 1; i < c.end; i++) k += ' ' + doc.keys[i]!;
  return k;
}

function weight(c: Candidate): number {
  return c.source === 'coref' ? 0 : c.known ? 3 : WEIGHT[c.source];
}

/** The type the page gives a form and its weight; null when no type outweighs the others. */
function pageType(f: Form): { type: NameType; score: number } | null {
  let best: NameType | null = null;
  for (const t of TYPES) if (f.score[t] > 0 && (!best || f.score[t] > f.score[best])) best = t;
  if (!best) return null;
  // Two readings of equal weight: the page does not say.
  if (TYPES.some((t) => t !== best && f.score[t] === f.score[best!])) return null;
  return { type: best, score: f.score[best] };
}

/** The page's forms; keys[i] is cands[i]'s form key (none for a demonym). */
function collect(doc: Doc, cands: readonly Candidate[], keys: string[]): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.type === 'demonym') continue;
    const k = (keys[i] = formKey(doc, c));
    let f = forms.get(k);
    if (!f) {
      const words = [stemOf(doc, c), ...doc.keys.slice(c.start + 1, c.end)];
      forms.set(k, (f = { words, score: { person: 0, place: 0, organization: 0 }, root: {} }));
    }
    const w = weight(c);
    f.score[c.type] += w;
    const r = f.root[c.type];
    if (w > 0 && (!r || w > weight(r))) f.root[c.type] = c;
  }
  return forms;
}

/** Applies the page's evidence to the merged candidates; returns the new list in text order. */
export function pageEvidence(doc: Doc, cands: readonly Candidate[], lex: PageEvidenceWords): Candidate[] {
  const keys = new Array<string>(cands.length);
  const forms = collect(doc, cands, keys);
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) out[i] = trim(doc, retype(cands[i]!, forms, keys[i]!), forms, lex, keys[i]!);
  return byStart(out.concat(spread(doc, out, forms, lex)));
}

/** `key`: c's form key. */
function retype(c: Candidate, forms: Map<string, Form>, key: string): Candidate {
  // A rule read its own cue: only guesses yield.
  if (c.source !== 'tagger' || c.type === 'demonym') return c;
  const f = forms.get(key)!;
  const page = pageType(f);
  // Stronger than this mention's own type by at least a rule's weight: a known name, a cue. A
  // place and a body share names (a club and its city, a country and its government), so only a
  // person and a non-person contradict each other.
  if (!page || page.type === c.type || page.score < f.score[c.type] + 2) return c;
  if (page.type !== 'person' && c.type !== 'person') return c;
  const root = f.root[page.type]!;
  return {
    ...c,
    type: page.type,
    source: 'coref',
    known: root.known,
    english: root.english,
    id: root.id,
    ref: root.ref ?? root,
  };
}

/**
 * A guessed person one word longer than a person the page names (محفوظ موظفا after محفوظ): the
 * extra word is no name word and the longer form is written once.
 */
function trim(doc: Doc, c: Candidate, forms: Map<string, Form>, lex: PageEvidenceWords, key: string): Candidate {
  if (c.known || c.type !== 'person' || c.source !== 'tagger' || c.end - c.start < 2) return c;
  // ليوناردو بوشريف written twice is the full name, not a slip.
  if (forms.get(key)!.score.person > weight(c)) return c;
  const words = [stemOf(doc, c), ...doc.keys.slice(c.start + 1, c.end)];
  const last = doc.tokens[c.end - 1]!.norm;
  // الإيرلندي: a nisba after a name is the name's last part.
  const nisba = last.startsWith('ال') && last.endsWith('ي');
  if (!isNameWord(lex, last) && !nisba && named(forms.get(words.slice(0, -1).join(' '))))
    return { ...c, end: c.end - 1 };
  return c;
}

function named(f: Form | undefined): boolean {
  return !!f && f.score.person >= 2 && pageType(f)?.type === 'person';
}

function isNameWord(lex: PageEvidenceWords, norm: string): boolean {
  const { cues } = lex;
  return (cues.given.has(norm) || cues.family.has(norm) || cues.names.has(norm)) && !cues.common.has(norm);
}

function spread(doc: Doc, cands: readonly Candidate[], forms: Map<string, Form>, lex: PageEvidenceWords): Candidate[] {
  const byFirst = new Map<string, Form[]>();
  for (const f of forms.values()) {
    const page = pageType(f);
    // Guesses alone do not spread (repeatedNames in coref.ts spreads the tagger's people).
    const root = page && f.root[page.type];
    // A body's name after its noun (شركة ديمورا) is often its founder's: only known bodies spread.
    const enough = root && (root.known || (weight(root) >= 2 && page!.type !== 'organization'));
    if (!page || !enough || !spreads(f, page.type, lex)) continue;
    const list = byFirst.get(f.words[0]!) ?? [];
    list.push(f);
    byFirst.set(f.words[0]!, list);
  }
  if (byFirst.size === 0) return [];
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of cands) taken.fill(1, c.start, c.end);
  const out: Candidate[] = [];
  const opens = perWord(doc, (i) =>
    tokenAnalyses(doc, i).some((a) => !(a.article && !a.stem.startsWith('ال')) && byFirst.has(a.stem)),
  );
  for (let i = 0; i < doc.tokens.length; i++) {
    if (taken[i] || (doc.tokens[i]!.kind !== 'arabic' && doc.tokens[i]!.kind !== 'latin') || !opens(i)) continue;
    const readings = tokenAnalyses(doc, i);
    for (let r = 0; r < readings.length; r++) {
      const a = readings[r]!;
      // A guess جهاز spreads to جهاز, not to the noun الجهاز; الزمالك spreads to للزمالك.
      if (a.article && !a.stem.startsWith('ال')) continue;
      const list = byFirst.get(a.stem);
      const f = list && formAt(list, doc.keys, i, taken);
      if (!f) continue;
      const type = pageType(f)!.type;
      if (f.words.length === 1 && type === 'organization' && placeBefore(doc, i, a.prefix)) break;
      const root = f.root[type]!;
      const end = i + f.words.length;
      out.push(corefMention(i, end, root, a, root.english, root.ref ?? root));
      taken.fill(1, i, end);
      break;
    }
  }
  return out;
}

/** May this form mark words that no stage marked? One word needs to be unmistakably a name. */
/**
 * The first form of the list whose other words follow token i, none of them taken (a loop: the
 * find() and every() arrows it replaces were made per word and reading).
 */
function formAt(list: readonly Form[], keys: readonly string[], i: number, taken: Uint8Array): Form | undefined {
  outer: for (let n = 0; n < list.length; n++) {
    const words = list[n]!.words;
    for (let d = 1; d < words.length; d++) if (keys[i + d] !== words[d] || taken[i + d]) continue outer;
    return list[n];
  }
  return undefined;
}

function spreads(f: Form, type: NameType, lex: PageEvidenceWords): boolean {
  if (f.words.length > 1) return true;
  const w = f.words[0]!;
  // الجزيرة, الهلال: a definite word alone is as often the noun (the island, the crescent).
  if (w.length < 4 || w.startsWith('ال') || lex.commonKey(w) || lex.cues.stop.has(w)) return false;
  // سلمى, صفاء: a place or a body named like a first name is a person's name elsewhere on the page.
  return type === 'person' ? !notPersonWord(w) : !lex.givenKey(w);
}

/** في ليفربول, بليفربول: the city, whatever the club did elsewhere on the page. */
function placeBefore(doc: Doc, i: number, prefix: string): boolean {
  return prefix.includes('ب') || (i > 0 && PLACE_BEFORE.has(doc.keys[i - 1]!));
}
