// Spokesmen: news names the one who speaks for a body after the body, and where it sits:
// وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن. The title ends in باسم ("on behalf of"),
// the body is a name other stages took or up to three definite words (باسم الجيش الإسرائيلي), a
// known place after في may follow it, and then one to three name words closed as a speaker's name
// is (speakers.ts) are a person.
import type { CueLexicon } from '../ner/cues';
import { cueAt, inNames, type RuleToken } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { closes, nameWord } from './speakers';
import { ruleGuess, type Candidate, type Doc } from './types';

const ON_BEHALF_OF = 'باسم';
const AT = 'في';

/** A definite word with no other proclitic that opens no title (الوزارة, القدرة)? */
function definiteWord(tokens: readonly RuleToken[], i: number, cues: CueLexicon): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'arabic' || cues.stop.has(t.norm)) return false;
  const c = clitics(t.norm);
  return c.article && c.pre === '' && cueAt(tokens, i, cues) === null;
}

/** The end of the body a spokesman speaks for, from j: taken words, else definite ones. */
function bodyEnd(tokens: readonly RuleToken[], j: number, cues: CueLexicon, taken: (i: number) => boolean): number {
  let end = j;
  while (end < tokens.length && taken(end)) end++;
  if (end > j) return end;
  while (end - j < 3 && !taken(end) && definiteWord(tokens, end, cues)) end++;
  return end;
}

/** Persons named after a spokesman's title and the body he speaks for. */
export function spokesmen(doc: Doc, cues: CueLexicon, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length - 3; i++) {
    if (tokens[i]!.kind !== 'arabic') continue;
    const cue = cueAt(tokens, i, cues);
    if (cue?.type !== 'title' || tokens[i + cue.length - 1]!.norm !== ON_BEHALF_OF) continue;
    const body = i + cue.length;
    let j = bodyEnd(tokens, body, cues, taken);
    if (j === body) continue;
    // في غزة: where the body sits, a place another stage knows.
    if (tokens[j]?.norm === AT && taken(j + 1)) for (j++; taken(j);) j++;
    let end = j;
    while (end - j < 3 && !taken(end) && nameWord(tokens, end, cues)) end++;
    if (end === j) continue;
    // أشرف القدرة: after a given name, a definite word is the family name though it is a noun too.
    if (end === j + 1 && cues.given.has(tokens[j]!.norm) && !taken(end) && definiteWord(tokens, end, cues)) end++;
    if (!closes(tokens, end, cues)) continue;
    // A lone definite word is as often a noun as a surname: it needs a name list.
    if (end === j + 1 && clitics(tokens[j]!.norm).article && !inNames(cues, tokens[j]!.norm)) continue;
    out.push(ruleGuess(j, end, 'person'));
  }
  return out;
}
