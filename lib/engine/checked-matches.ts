// The gazetteer's readings of a page checked against their context before the stages use them.
import { notPersonWord } from '../ner/rule-shapes';
import { minorForeignPlace } from './context';
import type { EngineContext } from './engine-context';
import type { GazCandidate } from './match';
import type { Candidate, Doc } from './types';

export function createMatchChecks(ctx: EngineContext) {
  const { data, composer, commonKeys, personName, titleAt } = ctx;

  /** The gazetteer's readings of the page, those that need context marked ambiguous. */
  function checkedMatches(doc: Doc, readings: readonly GazCandidate[]): GazCandidate[] {
    const matches: GazCandidate[] = [];
    for (const c of readings) {
      // جان كاسيا: كـ ("like") on the word after a first name is the family name, not كـ + آسيا;
      // after a title it opens the name (للسفير كلاوس ايبرمان, not كـ + لاوس).
      if (c.prefix === 'ك' && c.start > 0 && (personName(doc.tokens[c.start - 1]!.norm) || titleAt(c.start - 1)))
        continue;
      if (c.end - c.start !== 1 || c.ambiguous) {
        matches.push(c);
        continue;
      }
      const key = c.stem ?? doc.keys[c.start]!;
      // تاريخاً: a common word with its accusative ending is no Tarija.
      const accusative = key.endsWith('ا') && (commonKeys.has(key.slice(0, -1)) || notPersonWord(key.slice(0, -1)));
      matches.push(
        commonKeys.has(key) || accusative || minorForeignPlace(data.gazetteer.entry(c.entry), key, personName)
          ? { ...c, ambiguous: true }
          : c,
      );
    }
    return matches;
  }

  /** The gazetteer's names among `people`, less a minister's title's country (وزير الخارجية المصري). */
  function gazetteerPeople(doc: Doc, people: readonly Candidate[]): GazCandidate[] {
    const out: GazCandidate[] = [];
    for (const c of people)
      if (c.source === 'gazetteer' && !composer.inMinisterTitle(doc, c)) out.push(c as GazCandidate);
    return out;
  }

  return { checkedMatches, gazetteerPeople };
}
