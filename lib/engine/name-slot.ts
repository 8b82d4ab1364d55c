// A word no list holds as a first name, read as one where news puts a name: between a title, a
// speech verb, a country adjective or a named body and a known person's surname.
import type { CueLexicon } from '../ner/cues';
import { notPersonWord } from '../ner/rule-shapes';
import { cueForms, imperfectShaped } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { speechWord } from './match';
import type { Doc } from './types';

const TA_MARBUTA = '\u0629';
/** Words back from a first name a title may stand, over its definite complement (باسم الجيش). */
const TITLE_REACH = 3;
const ON_BEHALF = 'باسم';

/**
 * Could the word at i be a first name no list holds? Four letters or more (قال ميل مودي: a word of
 * three is as often a noun the lists lack; عاد فرويد), no article, ة, proclitic, common word, cue or
 * country adjective.
 */
export function looseNameWord(doc: Doc, cues: CueLexicon, i: number, isNisba: (key: string) => boolean): boolean {
  const t = doc.tokens[i]!;
  const w = t.norm;
  if (w.length < 4 || w.startsWith('ال') || t.text.endsWith(TA_MARBUTA) || clitics(w).pre) return false;
  if (cues.common.has(w) || notPersonWord(w) || isNisba(doc.keys[i]!)) return false;
  return !cueForms(w).some((f) => cues.single.has(f));
}

/** looseNameWord, and no stop word, verb or word of saying either. */
export function nameShaped(doc: Doc, cues: CueLexicon, i: number, isNisba: (key: string) => boolean): boolean {
  const w = doc.tokens[i]!.norm;
  if (doc.tokens[i]!.kind !== 'arabic' || cues.stop.has(w) || imperfectShaped(w) || speechWord(doc.keys[i]))
    return false;
  return looseNameWord(doc, cues, i, isNisba);
}

/**
 * عضو الكنيست عن حزب الليكود عميت هاليفي, وقال الوزير عميت هاليفي: the word at i, before a known
 * one-word surname, is that name's first name when it is name-shaped and follows what opens a
 * person's name in news (a title, a speech verb, a country adjective or a body, `bodyEnd`);
 * the known person's own first name would have matched with the surname as one form.
 */
export function firstNameSlot(
  doc: Doc,
  cues: CueLexicon,
  i: number,
  isNisba: (key: string) => boolean,
  bodyEnd: (i: number) => boolean,
): boolean {
  if (i < 1 || !nameShaped(doc, cues, i, isNisba)) return false;
  const before = doc.tokens[i - 1]!;
  if (before.kind !== 'arabic') return false;
  const k = doc.keys[i - 1]!;
  return bodyEnd(i - 1) || isNisba(k) || speechWord(k) || titleBefore(doc, cues, i);
}

/** رئيس الوزراء جون, المتحدث باسم الجيش عميت: a title, or one and its definite complement, before i. */
function titleBefore(doc: Doc, cues: CueLexicon, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - TITLE_REACH); j--) {
    const t = doc.tokens[j]!;
    if (t.kind !== 'arabic') return false;
    if (cueForms(t.norm).some((f) => cues.single.get(f) === 'title')) return true;
    if (!clitics(t.norm).article && t.norm !== ON_BEHALF) return false;
  }
  return false;
}
