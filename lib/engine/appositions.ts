// Appositions: news names a person and then says who the person is, after a comma or in brackets:
// اقترحه سبيكتر ، رئيس اللجنة; فادي كرم (45 عاما); or right after the name, a title in construct:
// وأيد مثال الألوسي رئيس حزب الأمة; in a match report, the minute of a goal:
// الشماخ ( 53 ); or names the person between commas after the title: النائب الجمهوري ، جيمس ويب ،.
// One to three name-shaped words that no list holds and no other stage took, in one of these
// places, are a person. A common word, a cue noun or title, a plural, a feminine noun or a verb is
// no name word (speakers.ts), so وقال المسؤول ، رئيس matches nothing.
import type { CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { cueAt, inNames } from '../ner/rule-words';
import { clitics, DEFINITE, WITH_PROCLITIC } from '../text/clitics';
import { fact } from '../text/word-facts';
import { nameWord } from './speakers';
import { prepositionOnWord } from './unknown';
import { ruleGuess, type Candidate, type Doc } from './types';

const COMMAS = new Set(['،', ',']);
const AGE_WORDS = normalSet('ageWords');
const ROLES = normalSet('appositionRoles');
const PLACE_PREPOSITIONS = normalSet('placePrepositions');

/** Does a title or a role follow at i (رئيس الشركة, الممثلة السابقة, عضو المكتب)? */
function titleAt(doc: Doc, i: number, cues: CueLexicon): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'arabic' || fact(t, WITH_PROCLITIC)) return false;
  return ROLES.has(t.norm) || cueAt(doc.tokens, i, cues)?.type === 'title';
}

/**
 * Does a title in construct open at i (رئيس حزب الأمة, مدرب الفريق, الأمين العام): no proclitic,
 * and a word after it that it governs? News puts it right after a name, without a comma.
 */
function constructTitleAt(doc: Doc, i: number, cues: CueLexicon): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'arabic' || fact(t, WITH_PROCLITIC)) return false;
  // الأمين العام, المدير: the roles news writes definite in apposition; other definite titles
  // after a name are its adjective or the next sentence's subject.
  const cue = cueAt(doc.tokens, i, cues);
  const definite = fact(t, DEFINITE);
  // أحد, إحدى ("one of") open a phrase of their own there: صباح أحد الأيام.
  const length = definite ? (ROLES.has(t.norm) ? 1 : 0) : cue?.type === 'title' ? cue.length : 0;
  const next = doc.tokens[i + length];
  return length > 0 && next?.kind === 'arabic' && !cues.stop.has(next.norm);
}

/** Does a title end at i, with up to two definite adjectives after it (النائب الجمهوري)? */
function titleBefore(doc: Doc, i: number, cues: CueLexicon): boolean {
  for (let k = i; k >= 0 && k >= i - 2; k--) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'arabic') return false;
    const cue = cueAt(doc.tokens, k, cues);
    if (cue) return cue.type === 'title' && k + cue.length - 1 <= i;
    if (!clitics(t.norm).article) return false;
  }
  return false;
}

/**
 * Does an age in brackets open at i: ( 45 عاما ), (45 سنة)? On a sports page, also the minute of a
 * goal or a pass after the player: مروان الشماخ ( 53 ).
 */
function bracketAt(doc: Doc, i: number, sports: boolean): boolean {
  if (doc.tokens[i]!.norm !== '(') return false;
  const [n, unit, close] = [doc.tokens[i + 1], doc.tokens[i + 2], doc.tokens[i + 3]];
  if (n?.kind !== 'number' || !(Number(n.norm) > 0 && Number(n.norm) < 121)) return false;
  return (!!unit && AGE_WORDS.has(unit.norm) && close?.norm === ')') || (sports && unit?.norm === ')');
}

const WAW_FA_OPENING = /^[وف]/;

/**
 * Persons named just before a comma and a title, a title in construct, or their age in brackets (or
 * on a sports page, `sports`, a minute in brackets).
 */
export function appositions(doc: Doc, cues: CueLexicon, taken: (i: number) => boolean, sports = false): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  for (let end = 1; end < tokens.length; end++) {
    const comma = COMMAS.has(tokens[end]!.norm);
    const closer = comma ? titleAt(doc, end + 1, cues) : bracketAt(doc, end, sports);
    const bare = !comma && !closer && constructTitleAt(doc, end, cues);
    if (!closer && !comma && !bare) continue;
    let start = end;
    while (start > 0 && end - start < 5 && !taken(start - 1) && nameWord(tokens, start - 1, cues)) start--;
    if (start === end) continue;
    // وتحدثت ماريا: a word with its own و that no name list holds is the sentence's verb or noun;
    // وسامر is the name with its و.
    // بخصوص فينغر: a preposition on a word no name list holds is the sentence's too.
    let prefix = '';
    const opening = tokens[start]!.norm;
    if (opening[0] === 'و' && !inNames(cues, opening)) {
      if (inNames(cues, opening.slice(1))) prefix = 'و';
      else start++;
    } else if (prepositionOnWord(cues, opening)) start++;
    if (start === end) continue;
    // Four name words or more: where the name opens is not clear.
    if (end - start > 3) continue;
    // With no comma, the name is two or three words and opens with a listed name: مدير الكرة
    // is no name, and one word before a title is as often its subject's noun.
    if (bare && (end - start < 2 || prefix !== '' || !inNames(cues, tokens[start]!.norm))) continue;
    // النائب الجمهوري ، جيمس ويب ،: between two commas right after a title and its adjectives.
    if (!closer && !bare && !(COMMAS.has(tokens[start - 1]?.norm ?? '') && titleBefore(doc, start - 2, cues))) continue;
    const before = tokens[start - 1];
    // في كراتشي ، رئيس: after a place's preposition or noun one word is more likely a town.
    const first = tokens[start]!.norm;
    if (
      end - start === 1 &&
      !inNames(cues, first) &&
      before &&
      (PLACE_PREPOSITIONS.has(before.norm) ||
        PLACE_PREPOSITIONS.has(before.norm.replace(WAW_FA_OPENING, '')) ||
        cueAt(tokens, start - 1, cues)?.type === 'place')
    )
      continue;
    // A definite word opens no name unless a list holds it: المعارض البارز is no name, and a lone
    // definite word is as often a noun as a surname.
    if (clitics(first).article && !inNames(cues, first)) continue;
    out.push(prefix ? ruleGuess(start, end, 'person', prefix, first.slice(1)) : ruleGuess(start, end, 'person'));
  }
  return out;
}
