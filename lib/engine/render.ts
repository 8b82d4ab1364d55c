// Turns the engine's final candidates into the page's mentions: the text as written, the English
// (known, or guessed in the story's country's spelling), the romanization, and one id per entity.
import { romanize } from '../text/romanize';
import { foldLoose } from '../text/normalize';
import { nisbaBases } from '../text/nisba';
import type { NameRomanization } from '../translit/romanize-name';
import type { EntityMention } from '../types';
import { tokenEnd, tokenStart } from './doc';
import type { Candidate, Doc, EngineData } from './types';

/** A word that opens with أل or إل as written, after any proclitic (وألكاراس). */
const HAMZA_AL = /^[وفبلك]?[أإ]ل/;
export function createRenderer(data: EngineData): (doc: Doc, cands: Candidate[]) => EntityMention[] {
  // Names recur within and across articles: romanization and guesses are computed once each.
  // Keyed by the name as written (a slice the mention makes anyway), then type and hint compared in
  // place: a key joined per mention was most of what rendering allocated.
  const romanCache = new Map<string, RomanEntry[]>();
  let romanCount = 0;
  const guessCache = new Map<string, string | null>();

  /** The country the known names of the article point to most (Khaled in Cairo, Khalid in Riyadh). */
  function storyCountry(cands: Candidate[]): string | null {
    const votes = new Map<string, number>();
    for (const c of cands) {
      const i = c.known && c.id ? data.gazetteer.byId(c.id) : undefined;
      const country = i === undefined ? undefined : data.gazetteer.entry(i).country;
      if (country) votes.set(country, (votes.get(country) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [k, n] of votes) if (!best || n > votes.get(best)!) best = k;
    return best;
  }

  /** The English of words that name a known place, or of one country adjective (المصري: Egypt). */
  function placeEnglish(words: string[]): string | null {
    for (const m of data.gazetteer.lookup(words, 0)) {
      const e = m.length === words.length ? data.gazetteer.entry(m.ids[0]!) : null;
      if (e?.type === 'place') return e.en;
    }
    if (words.length !== 1) return null;
    for (const base of nisbaBases(foldLoose(words[0]!))) {
      const d = data.gazetteer.demonym(base);
      if (d) return d.countryEn;
    }
    return null;
  }

  function render(doc: Doc, cands: Candidate[]): EntityMention[] {
    const country = data.translit ? storyCountry(cands) : null;
    // Per type, the folded name's id; docCount numbers them.
    const docIds = new Map<string, Map<string, string>>();
    let docCount = 0;
    const idOf = new Map<Candidate, string>();
    const out: EntityMention[] = [];
    for (const c of cands) {
      const start = tokenStart(doc, c.start);
      const end = tokenEnd(doc, c.end - 1);
      const text = doc.text.slice(start, end);
      // Without a proclitic the name is the text as written (one slice, not two).
      const name = c.prefix ? withoutPrefix(doc, c) : text;
      let english = c.english;
      if (!c.known && english === null && data.translit) {
        // The cache's key is made in place; the words only when the guess is made.
        let k = c.type + '|' + (country ?? '') + '|' + (c.stem ?? doc.tokens[c.start]!.norm);
        for (let i = c.start + 1; i < c.end; i++) k += ' ' + doc.tokens[i]!.norm;
        // أل as written (ألكاراس) is no article; the normal form has lost the hamza that tells.
        let hamza = 0;
        for (let i = c.start; i < c.end; i++) if (HAMZA_AL.test(doc.tokens[i]!.text)) hamza |= 1 << (i - c.start);
        if (hamza) k += '|' + hamza;
        english = guessCache.get(k) ?? null;
        if (!guessCache.has(k)) {
          if (guessCache.size > 20_000) guessCache.clear();
          const words = [c.stem ?? doc.tokens[c.start]!.norm];
          for (let i = c.start + 1; i < c.end; i++) words.push(doc.tokens[i]!.norm);
          const hamzaAl = hamza ? words.map((_, j) => (hamza & (1 << j)) !== 0) : undefined;
          english = data.translit.guessName(words, { type: c.type, country, placeEnglish, hamzaAl }) || null;
          guessCache.set(k, english);
        }
      }
      const root = c.ref ?? c;
      let id = root.id ?? idOf.get(root);
      if (!id) {
        // The same unknown name written the same way is one entity in this article.
        let ofType = docIds.get(c.type);
        if (!ofType) docIds.set(c.type, (ofType = new Map()));
        const key = foldLoose(name);
        id = ofType.get(key);
        if (!id) ofType.set(key, (id = `doc:${++docCount}`));
        idOf.set(root, id);
      }
      // The romanization reads its vowels off the known English name (lib/translit/romanize-name.ts).
      const hint = c.known ? english : null;
      let entries = romanCache.get(name);
      let roman: NameRomanization | undefined;
      for (let r = 0; entries && r < entries.length && !roman; r++)
        if (entries[r]!.type === c.type && entries[r]!.hint === hint) roman = entries[r]!.roman;
      if (roman === undefined) {
        if (romanCount > 20_000) {
          romanCache.clear();
          romanCount = 0;
          entries = undefined;
        }
        roman = data.translit?.romanizeName
          ? data.translit.romanizeName(name, hint, c.type === 'person')
          : { text: romanize(name, 'strict'), source: 'skeleton' };
        if (!entries) romanCache.set(name, (entries = []));
        entries.push({ type: c.type, hint, roman });
        romanCount++;
      }
      const m: EntityMention = {
        start,
        end,
        text,
        type: c.type,
        english,
        romanized: roman.text,
        romanizedFrom: roman.source,
        id,
        known: c.known,
      };
      if (c.description) m.description = c.description;
      out.push(m);
    }
    return out;
  }

  return render;
}

interface RomanEntry {
  type: string;
  hint: string | null;
  roman: NameRomanization;
}

/** Harakat, superscript alef and tatweel: they ride on the letter before them. */
const isMark = (ch: number): boolean => (ch >= 0x064b && ch <= 0x065f) || ch === 0x0670 || ch === 0x0640;

/** The name as written without the proclitics attached to its first word (للأمم → الأمم). */
function withoutPrefix(doc: Doc, c: Candidate): string {
  const first = tokenStart(doc, c.start);
  const firstEnd = tokenEnd(doc, c.start);
  const end = tokenEnd(doc, c.end - 1);
  if (!c.prefix) return doc.text.slice(first, end);
  // Skip as many letters of the original as the normalised prefix has (marks ride along).
  let i = first;
  let letters = 0;
  while (i < firstEnd && letters < c.prefix.length) {
    const ch = doc.text.charCodeAt(i);
    if (!isMark(ch) && !(ch >= 0x200b && ch <= 0x200f)) letters++;
    i++;
  }
  while (i < firstEnd) {
    if (!isMark(doc.text.charCodeAt(i))) break;
    i++;
  }
  const rest = doc.text.slice(i, end);
  // ل + ال is written لل: give the name its article back.
  return c.stem?.startsWith('ال') && rest.startsWith('ل') && !rest.startsWith('ال') ? 'ا' + rest : rest;
}
