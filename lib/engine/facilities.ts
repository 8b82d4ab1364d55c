// Buildings and institutions named after a person: مطار محمد الخامس, مسجد الملك الحسن الثاني,
// مستشفى الملك فيصل التخصصي, مركز الملك الحسين للمؤتمرات. A person right after the head noun in
// construct (with a ruler's or cleric's title between) is the facility's name, not a person in the
// sentence: the head noun, the name and its adjectives make one place or organisation. Known or
// guessed, the person gives way. A tomb is the person's (ضريح سعد): no head noun here.
import type { CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { keySet } from '../text/normalize';
import { analyses as proclitics } from './analyses';
import { cueAt, isNisbaShaped } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { byStart } from './order';
import { ruleGuess, type Candidate, type Doc } from './types';

const PLACES = normalSet('facilityPlaces');
// في منطقة علاوي, حي الشيخ جراح: an area's noun stays outside the name, as news gold leaves it.
const AREAS = keySet(['حي', 'منطقة', 'بلدة', 'قرية', 'مخيم', 'ضاحية']);
const BODIES = normalSet('facilityBodies');

const PROCLITICS_ONLY = /^[وفبل]*$/;

/** The head noun at token i, bare or with a preposition or و (بمطار): its type and proclitic. */
function headAt(doc: Doc, i: number): { type: 'place' | 'organization'; prefix: string; stem: string } | null {
  const t = doc.tokens[i];
  // للجامعة, المستشفى: a definite noun is the body itself; the name after it is in apposition.
  if (!t || t.kind !== 'arabic' || clitics(t.norm).article) return null;
  // Two letters of a noun at least (حي, سد), the proclitics before it.
  for (let k = 0; k <= 2 && t.norm.length - k >= 2; k++) {
    const stem = t.norm.slice(k);
    const prefix = t.norm.slice(0, k);
    if (!PROCLITICS_ONLY.test(prefix)) break;
    if (PLACES.has(stem)) return { type: 'place', prefix, stem };
    if (BODIES.has(stem)) return { type: 'organization', prefix, stem };
  }
  return null;
}

/**
 * The candidates with every person that names a facility replaced by the facility. `countryNisba`
 * keeps a country's adjective out (مستشفى الملك حسين الأردني is the Jordanian one, not its name).
 */
export function facilitiesNamedAfterPeople(
  doc: Doc,
  names: readonly Candidate[],
  cues: CueLexicon,
  countryNisba: (key: string) => boolean,
): Candidate[] {
  if (!names.some((c) => c.type === 'person')) return names.slice();
  const out: Candidate[] = [];
  const facilities = new Set<Candidate>();
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of names) {
    if (c.type !== 'person' || c.prefix || c.start === 0) {
      out.push(c);
      continue;
    }
    let h = c.start - 1;
    // مستشفى الملك فيصل: a definite title between the noun and the name.
    if (h > 0 && clitics(doc.tokens[h]!.norm).article && cueAt(doc.tokens, h, cues)?.type === 'title') h--;
    const head = headAt(doc, h);
    if (!head) {
      out.push(c);
      continue;
    }
    // Its adjectives (التخصصي, الدولي), and an institution's "for ..." complement (للمؤتمرات).
    let end = c.end;
    let complement = false;
    while (end < doc.tokens.length && end - c.end < 3) {
      const t = doc.tokens[end]!;
      const a = clitics(t.norm);
      if (t.kind !== 'arabic' || !a.article || countryNisba(doc.keys[end]!)) break;
      // An institution's only: after a place's name it is the sentence's (مطار ... للمسافرين).
      if (a.pre === 'ل' && !complement && head.type === 'organization') complement = true;
      else if (a.pre !== '' || !isNisbaShaped(a.bare)) break;
      end++;
    }
    taken.fill(1, h, end);
    const area = head.type === 'place' && proclitics(doc.keys[h]!).some((a) => AREAS.has(a.stem));
    const f = area
      ? ruleGuess(h + 1, end, 'place', '')
      : ruleGuess(h, end, head.type, head.prefix, head.prefix ? head.stem : undefined);
    facilities.add(f);
    out.push(f);
  }
  if (!facilities.size) return out;
  // Whatever else a stage read in the facility's words (its noun, an adjective) gives way.
  return byStart(out.filter((c) => facilities.has(c) || !taken.subarray(c.start, c.end).includes(1)));
}
