// A word that opens with و or ف can be one name (وجدة, Oujda) or the conjunction and another (و +
// جدة, Jeddah). The gazetteer match keeps the whole word and the split reading beside it (match.ts);
// here the neighbours decide. A list of names of the same kind joined by و (القاهرة وجدة والرياض),
// or the split name said elsewhere on the page, reads the conjunction; a place noun before
// (مدينة وجدة) or the whole name's country adjective after (وجدة المغربية) keeps the whole word.
import type { Gazetteer } from '../gazetteer/load';
import { words } from '../ner/lexicon';
import { nisbaBase } from '../text/nisba';
import { analyses as proclitics } from './analyses';
import { PLACE_NOUNS } from './context';
import type { GazCandidate } from './match';
import type { Doc } from './types';
import { TokenMap } from './token-map';

const LIST_SEPARATORS = new Set(words('listSeparators'));

export function cliticReadings(doc: Doc, gaz: Gazetteer, cands: GazCandidate[]): GazCandidate[] {
  if (!cands.some((c) => c.alt)) return cands;
  const byEnd = new TokenMap<GazCandidate>(doc.tokens.length + 1);
  const byStart = new TokenMap<GazCandidate>(doc.tokens.length + 1);
  const ids = new Map<string | null, number>();
  for (const c of cands) {
    byEnd.set(c.end, c);
    byStart.set(c.start, c);
    ids.set(c.id, (ids.get(c.id) ?? 0) + 1);
  }
  return cands.map((c) => {
    const alt = c.alt;
    if (!alt) return c;
    if (wholeWordContext(doc, gaz, c)) return c;
    const gap = (i: number) => (LIST_SEPARATORS.has(doc.tokens[i]?.text ?? '') ? 1 : 0);
    const before = byEnd.get(c.start) ?? byEnd.get(c.start - gap(c.start - 1));
    const next = byStart.get(c.end) ?? byStart.get(c.end + gap(c.end));
    const inList =
      (before?.type === alt.type && before.end <= c.start) || (next?.type === alt.type && next.prefix.startsWith('و'));
    const splitElsewhere = (ids.get(alt.id) ?? 0) > 0;
    const wholeElsewhere = (ids.get(c.id) ?? 0) > 1;
    return (inList || splitElsewhere) && !wholeElsewhere ? { ...alt, alt: undefined } : c;
  });
}

/** مدينة وجدة, وجدة المغربية: a place noun before the word, or its own country's adjective after it. */
function wholeWordContext(doc: Doc, gaz: Gazetteer, c: GazCandidate): boolean {
  const prev = doc.keys[c.start - 1];
  if (prev && doc.tokens[c.start - 1]!.kind === 'arabic' && proclitics(prev).some((a) => PLACE_NOUNS.has(a.stem)))
    return true;
  const base = nisbaBase(doc.keys[c.end] ?? '');
  const d = base ? gaz.demonym(base) : null;
  if (!d) return false;
  const country = gaz.byId(d.countryId);
  const own = gaz.entry(c.entry);
  return country !== undefined && (gaz.entry(country).country === own.country || d.countryId === own.id);
}
