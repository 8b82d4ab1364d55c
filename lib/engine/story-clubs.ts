// A match report names a club by its town again and again: "حاصر ليفربول منطقة جزاء شيفلد", "حارس
// مرمى ليفربول", "حافظ شيفلد على التعادل". Once the story reads a town as the club (after a match or
// player word, with its country's adjective, in a fixture, or as the first word of a club's full
// name: مانشستر يونايتد), its other bare mentions on the sports page are the club too, and so is a
// town joined by و right after a club ("بين ليفربول وشيفلد"). After في or إلى, after a place noun
// (مدينة ليفربول), in a dateline (مانشستر -) or with a preposition on it (بليفربول), the town stays a place.
import { foldLoose } from '../text/normalize';
import type { Gazetteer } from '../gazetteer/load';
import type { Candidate, Doc } from './types';
import { normalSet } from '../ner/lexicon';

const COUNTRY_DESC = /^Country\b/;
const CLUB_DESC = /\bclub\b/i;
const PLACE_PREPOSITIONS = normalSet('placePrepositions');
/** بين pairs two sides as often as two towns: it does not keep a club's town a place. */
const BETWEEN = 'بين';
const PLACE_NOUNS = normalSet('placeNouns');

const entryOf = (gaz: Gazetteer, c: Candidate) =>
  'entry' in c && typeof c.entry === 'number' ? gaz.entry(c.entry) : undefined;

/** The candidate's first word without its proclitics, folded as the page keys are. */
const firstKey = (doc: Doc, c: Candidate) => (c.stem ? foldLoose(c.stem) : doc.keys[c.start]!);

/** A one-word town of the gazetteer, not a country (countries are left to nationalTeams). */
function isTown(gaz: Gazetteer, c: Candidate): boolean {
  const e = entryOf(gaz, c);
  return c.type === 'place' && c.end - c.start === 1 && !!e && !COUNTRY_DESC.test(e.desc);
}

const DATELINE_MARKS = new Set(['-', '–', '—', ':']);

/** Is the town at `start` a place by its neighbours: في, إلى, مدينة before it, or a dateline (مانشستر -)? */
function placeByNeighbours(doc: Doc, start: number): boolean {
  const prev = doc.tokens[start - 1];
  if (DATELINE_MARKS.has(doc.tokens[start + 1]?.text ?? '') && (!prev || prev.kind === 'punct')) return true;
  if (!prev) return false;
  return (PLACE_PREPOSITIONS.has(prev.norm) && prev.norm !== BETWEEN) || PLACE_NOUNS.has(prev.norm);
}

/**
 * `before` and `after`: the candidates before and after townClubs and fixtureClubs, index for
 * index. Returns `after` with the story's other mentions of its clubs' towns made clubs.
 */
export function storyClubs<C extends Candidate>(
  doc: Doc,
  gaz: Gazetteer,
  before: readonly Candidate[],
  after: readonly C[],
  sports: boolean,
): C[] {
  if (!sports) return after.slice();
  const clubs = new Set<string>();
  after.forEach((c, n) => {
    if (c.type !== 'organization') return;
    const was = before[n];
    // a town read as the club where it stands (its span unchanged)
    if (was && was.start === c.start && was.end === c.end && isTown(gaz, was)) clubs.add(firstKey(doc, c));
    // مانشستر يونايتد: a club's full name opening with its town
    const e = entryOf(gaz, c);
    if (e && e.type === 'organization' && CLUB_DESC.test(e.desc) && c.end - c.start > 1 && !c.prefix)
      clubs.add(doc.keys[c.start]!);
  });
  if (clubs.size === 0) return after.slice();
  return after.map((c, n) => {
    if (!isTown(gaz, c) || (c.prefix && c.prefix !== 'و') || placeByNeighbours(doc, c.start)) return c;
    const prev = after[n - 1];
    const joined = c.prefix === 'و' && prev?.type === 'organization' && prev.end === c.start;
    return clubs.has(firstKey(doc, c)) || joined ? { ...c, type: 'organization' } : c;
  });
}
