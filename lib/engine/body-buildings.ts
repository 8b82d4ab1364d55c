// مبنى وزارة الخارجية, بمبنى الكونغرس: a body named after مبنى ("the building of") is where
// something happened, a place, and the span takes the noun, as NewsFANE's gold writes it 4 times
// of 4 (the body's own mentions elsewhere stay the body). The English is the body's with
// "building", a guess since no list holds the building.
import { foldLoose, normalizeText } from '../text/normalize';
import { tokenAnalyses } from './doc';
import { candidate, type Candidate, type Doc } from './types';

const BUILDING = foldLoose(normalizeText('مبنى'));

export function bodyBuildings(doc: Doc, cands: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.type !== 'organization' || c.prefix || c.start === 0) continue;
    const before = cands[n - 1];
    if (before && before.end > c.start - 1) continue;
    const h = c.start - 1;
    if (doc.tokens[h]!.kind !== 'arabic') continue;
    const head = tokenAnalyses(doc, h).find((a) => !a.article && a.stem === BUILDING);
    if (!head) continue;
    out ??= cands.slice();
    // candidate(): the one field layout every stage after this one reads.
    out[n] = candidate({
      start: h,
      end: c.end,
      type: 'place',
      source: 'rule',
      known: false,
      english: c.english ? `${c.english} building` : null,
      id: null,
      prefix: head.prefix,
      stem: head.prefix ? head.stem : undefined,
    });
  }
  return out ?? (cands as Candidate[]);
}
