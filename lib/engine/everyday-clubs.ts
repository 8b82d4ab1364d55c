// Clubs named like everyday nouns (الوحدة, الشباب, الاتفاق) are read as the club only where a
// report puts a side (context.ts, match-sides.ts), and page evidence spreads no one-word name that
// can be a common word. A match preview names its club again and again in the coach's words:
// "مدير الكرة بالوحدة", "فالوحدة فريق كبير", "يعرف قدر الوحدة وقوته". On a sports page where some
// stage read the word as a body, its other bare or clitic mentions are the club too. An adjective
// after it (الوحدة الوطنية), a demonstrative before it (هذه الوحدة) or a place preposition (في
// الوحدة) keeps the everyday noun.
import { analyses } from './analyses';
import { byStart } from './order';
import { candidate, type Candidate, type Doc } from './types';
import { keyedSet } from '../ner/lexicon';

const EVERYDAY_CLUBS = keyedSet('everydayClubNames');
const DEMONSTRATIVES = keyedSet('demonstratives');
/** في الوحدة: where something is, not who played. */
const PLACE_BEFORE = new Set(['في', 'الي', 'من', 'داخل']);
/** A definite word shaped like an adjective (الوطنية, العربي, الجديد): it describes the noun. */
const ADJECTIVE = /^ال.{2,}(ي|يه|يين|يون|يات)$/;

/** The everyday club word token i is, with its proclitics; null for any other word. */
function clubWord(doc: Doc, i: number): { prefix: string; stem: string } | null {
  if (doc.tokens[i]?.kind !== 'arabic') return null;
  for (const a of analyses(doc.keys[i]!)) if (EVERYDAY_CLUBS.has(a.stem)) return a;
  return null;
}

function nounReading(doc: Doc, i: number, prefix: string): boolean {
  const next = doc.tokens[i + 1];
  if (next?.kind === 'arabic' && ADJECTIVE.test(doc.keys[i + 1]!)) return true;
  const prev = doc.keys[i - 1];
  if (i === 0 || doc.tokens[i - 1]!.kind !== 'arabic' || !prev) return false;
  if (!prefix && PLACE_BEFORE.has(prev)) return true;
  return analyses(prev).some((a) => DEMONSTRATIVES.has(a.stem));
}

/** `sports`: the page is sports reporting (sportsLevel(doc).strong). */
export function everydayClubs(doc: Doc, cands: readonly Candidate[], sports: boolean): readonly Candidate[] {
  // Most pages are not sports pages: the list goes on as it came, not copied.
  if (!sports) return cands;
  const roots = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.type !== 'organization' || c.end - c.start !== 1) continue;
    const w = clubWord(doc, c.start);
    if (w && !roots.has(w.stem)) roots.set(w.stem, c);
  }
  if (roots.size === 0) return cands;
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of cands) taken.fill(1, c.start, c.end);
  const out: Candidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (taken[i]) continue;
    const w = clubWord(doc, i);
    const root = w && roots.get(w.stem);
    if (!root || nounReading(doc, i, w.prefix)) continue;
    out.push(
      candidate({
        start: i,
        end: i + 1,
        type: 'organization',
        source: 'coref',
        known: root.known,
        english: root.english,
        id: root.id,
        description: root.description,
        prefix: w.prefix,
        stem: w.stem,
        ref: root.ref ?? root,
      }),
    );
  }
  return out.length ? byStart(cands.concat(out)) : cands;
}
