// Clubs that share a news outlet's one-word name: Abu Dhabi's and Amman's الجزيرة, Kuwait's العربي.
// The gazetteer's bare form is the outlet, so a match report's "ليؤكد الجزيرة تفوقه", "فرصة
// ذهبية للجزيرة" read as the channel or, with no outlet's context, as nothing. On a page of sports
// reporting that names the club so at least once (فريق الجزيرة, نادي الجزيرة, لاعب الجزيرة, مباراة
// الجزيرة), its other bare mentions are the club too: an organisation with no entry of its own. A
// credit, a thing told to the outlet (قال للجزيرة) or a reporting verb keeps the outlet; context.ts
// settles those before it asks here.
import { analyses as proclitics } from './analyses';
import { MEDIA_DESC, type GazCandidate } from './match';
import type { Gazetteer } from '../gazetteer/load';
import { sideContext } from './sports';
import type { Doc } from './types';
import { keyedSet } from '../ner/lexicon';

const CLUB_NOUNS = keyedSet('clubNouns');
const TEAM_NOUNS = keyedSet('teamNouns');
const CLUB_CONTEXT = keyedSet('clubContext');
const CLUB_OFFICES = keyedSet('clubOffices');

/** Does the one-word name at c stand after a club, team, player or office word (فريق الجزيرة)? */
function afterClubWord(doc: Doc, c: GazCandidate): boolean {
  if (c.prefix || c.start === 0 || doc.tokens[c.start - 1]!.kind !== 'arabic') return false;
  for (const a of proclitics(doc.keys[c.start - 1]!)) {
    const s = a.stem;
    if (CLUB_NOUNS.has(s) || TEAM_NOUNS.has(s) || CLUB_CONTEXT.has(s) || CLUB_OFFICES.has(s)) return true;
  }
  return false;
}

/**
 * Entry indexes of the one-word news outlets (ambiguous forms) that the page names as a club at least
 * once. Asked only of a strong sports page (context.ts), once per page.
 */
export function clubbedOutlets(doc: Doc, gaz: Gazetteer, cands: readonly GazCandidate[]): Set<number> {
  const out = new Set<number>();
  for (const c of cands) {
    if (c.end - c.start !== 1 || !c.ambiguous || c.type !== 'organization' || out.has(c.entry)) continue;
    if (!MEDIA_DESC.test(gaz.entry(c.entry).desc)) continue;
    if (afterClubWord(doc, c) || sideContext(doc, c.start, c.prefix)) out.add(c.entry);
  }
  return out;
}

/** The outlet's reading made the club: an organisation the gazetteer does not describe. */
export function outletClub(c: GazCandidate): GazCandidate {
  return { ...c, ambiguous: false, known: false, english: null, id: null };
}
