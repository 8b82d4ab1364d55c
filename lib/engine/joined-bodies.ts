// Where an organisation's name runs on past the span the lists and the tagger gave it:
// - a body named by its field takes a second field joined by و (وزارة الطاقة والمعادن, كلية
//   الآداب والعلوم الإنسانية, المؤسسة العامة للسينما والإذاعة والتلفزيون): the ministry of energy
//   and mines is one ministry, and no list holds it under the longer name, so it becomes a guess;
// - a news agency's name is followed by its acronym (وكالة الأنباء القطرية قنا, وكالة أنباء
//   الإمارات (وام)): the short word is the agency, not the town of Qena.
// A one-word guessed organisation that is a definite nisba right after an organisation is that
// body's adjective (هيونداي الكورية), not a body of its own.
import { keyedSet } from '../ner/lexicon';
import { proclitics } from '../text/clitics';
import type { CueLexicon } from '../ner/cues';
import { tokenAnalyses } from './doc';
import { ruleGuess, type Candidate, type Doc } from './types';

const PORTFOLIO_HEADS = keyedSet('portfolioHeads');
const AGENCY_WORDS = keyedSet('newsAgencyWords');
/** Joined fields a name takes at most: وزارة الأوقاف والشؤون الإسلامية والمقدسات. */
const MAX_PARTS = 2;

const nisbaShaped = (k: string): boolean => k.endsWith('ي') || k.endsWith('يه');

export function joinedBodies(
  doc: Doc,
  cands: readonly Candidate[],
  cues: CueLexicon,
  isCountryNisba: (key: string) => boolean,
): Candidate[] {
  const n = doc.tokens.length;
  const startsAt = new Int32Array(n + 1).fill(-1);
  for (let k = 0; k < cands.length; k++) startsAt[cands[k]!.start] = k;
  const drop = new Set<number>();
  const out: Candidate[] = [];
  // A loop, not forEach with an arrow made per page (V8 compiled that arrow again on every page).
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (drop.has(k)) continue;
    if (c.type !== 'organization') {
      out.push(c);
      continue;
    }
    if (adjectiveOfBody(doc, c, out[out.length - 1])) continue;
    const free = (i: number) => i < n && (startsAt[i]! < 0 || startsAt[i] === k);
    const end = portfolioEnd(doc, c, cues, isCountryNisba, free);
    if (end > c.end) {
      for (let i = c.end; i < end; i++) if (startsAt[i]! >= 0) drop.add(startsAt[i]!);
      out.push(ruleGuess(c.start, end, 'organization', c.prefix, normalStem(doc, c)));
      continue;
    }
    out.push(c);
    const acronym = agencyAcronym(doc, c, cues);
    if (!acronym) continue;
    for (let i = acronym[0]; i < acronym[1]; i++) if (startsAt[i]! >= 0) drop.add(startsAt[i]!);
    if (acronym[0] === c.end) out[out.length - 1] = { ...c, end: acronym[1] };
    else out.push(ruleGuess(acronym[0], acronym[1], 'organization'));
  }
  return out;
}

/** The first word without c's proclitic in normal form (للمؤسسة → المؤسسة), as the English guess reads it. */
function normalStem(doc: Doc, c: Candidate): string | undefined {
  const norm = doc.tokens[c.start]!.norm;
  return c.prefix ? (proclitics(norm).find((a) => a.prefix === c.prefix)?.stem ?? norm) : norm;
}

/** Is c a one-word definite nisba the tagger read as a body right after a body (شركة هيونداي الكورية)? */
function adjectiveOfBody(doc: Doc, c: Candidate, prev: Candidate | undefined): boolean {
  if (c.source !== 'tagger' || c.end - c.start !== 1 || c.prefix) return false;
  const k = doc.keys[c.start]!;
  return prev?.type === 'organization' && prev.end === c.start && k.startsWith('ال') && nisbaShaped(k);
}

const ARTICLE_OPENING = /^(ال|وال|لل)/;

/** End of c with the fields joined to it by و, or c.end. */
function portfolioEnd(
  doc: Doc,
  c: Candidate,
  cues: CueLexicon,
  isCountryNisba: (key: string) => boolean,
  free: (i: number) => boolean,
): number {
  if (c.end - c.start < 2 || !tokenAnalyses(doc, c.start).some((a) => PORTFOLIO_HEADS.has(a.stem))) return c.end;
  // The name must end in a field, a definite noun (والتجارة after الاقتصاد), not in an adjective.
  const last = doc.keys[c.end - 1]!;
  if (!ARTICLE_OPENING.test(last) || nisbaShaped(last)) return c.end;
  let end = c.end;
  for (let parts = 0; parts < MAX_PARTS; parts++) {
    if (!free(end) || !field(doc, end, cues, isCountryNisba)) break;
    // والبحث العلمي: the joined field's own adjective, of three letters or more (القى is a verb).
    // A country's (والجيش اللبناني, والخارجية
    // الروسية) makes the field a body of that country, the next name of the sentence.
    const adj = doc.keys[end + 1];
    const adjective =
      free(end + 1) &&
      !!adj &&
      doc.tokens[end + 1]!.kind === 'arabic' &&
      adj.startsWith('ال') &&
      adj.length >= 6 &&
      nisbaShaped(adj);
    if (adjective && isCountryNisba(adj)) break;
    end += adjective ? 2 : 1;
  }
  return end;
}

/**
 * Is token i a field joined with و: a definite noun that is not a cue (والمنظمة opens the next
 * body), an adjective or a plural of people (والمواطنين, والعاملين)?
 */
function field(doc: Doc, i: number, cues: CueLexicon, isCountryNisba: (key: string) => boolean): boolean {
  const t = doc.tokens[i]!;
  const k = doc.keys[i]!;
  if (t.kind !== 'arabic' || !k.startsWith('وال') || k.length < 6) return false;
  const stem = t.norm.slice(1);
  // والتنمية, والأدوية are nouns; والعلمي, والروسية adjectives.
  if (k.endsWith('ي') || isCountryNisba(k.slice(1)) || k.endsWith('ين')) return false;
  return !cues.single.has(stem) && !cues.single.has(stem.slice(2)) && !cues.stop.has(stem);
}

/** [start, end) of the acronym after a news agency's name c (قنا, or وام in brackets), or null. */
function agencyAcronym(doc: Doc, c: Candidate, cues: CueLexicon): [number, number] | null {
  let agency = false;
  for (let i = c.start; i < c.end && !agency; i++) agency = AGENCY_WORDS.has(doc.keys[i]!);
  if (!agency) return null;
  const bracket = doc.tokens[c.end]?.norm === '(';
  const at = bracket ? c.end + 1 : c.end;
  const t = doc.tokens[at];
  if (!t || t.kind !== 'arabic' || t.norm.length < 2 || t.norm.length > 4 || t.norm.startsWith('ال')) return null;
  if (cues.stop.has(t.norm) || cues.common.has(t.norm) || cues.single.has(t.norm)) return null;
  if (bracket && doc.tokens[at + 1]?.norm !== ')') return null;
  return [at, at + 1];
}
