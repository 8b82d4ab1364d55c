// القناة الأولى, القناة الثانية الإسرائيلية: broadcasters number their channels, and news names the
// channel by its noun and ordinal. Before من or a relative (القناة الأولى من نوعها, القناة الثانية
// التي) the ordinal ranks a channel among others and names none.
import { ruleGuess, type Candidate, type Doc } from './types';

const CHANNEL = 'القناه';
const ORDINALS = new Set([
  'الاولي',
  'الثانيه',
  'الثالثه',
  'الرابعه',
  'الخامسه',
  'السادسه',
  'السابعه',
  'الثامنه',
  'التاسعه',
  'العاشره',
]);
const RANKING = new Set(['من', 'التي', 'الذي', 'بين']);

/** Channels named by their ordinal; `taken(i)` tells a word other stages already named. */
export function ordinalChannels(doc: Doc, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (w !== CHANNEL || !ORDINALS.has(tokens[i + 1]!.norm) || taken(i) || taken(i + 1)) continue;
    if (RANKING.has(tokens[i + 2]?.norm ?? '')) continue;
    out.push(ruleGuess(i, i + 2, 'organization'));
  }
  return out;
}
