// Compiles gazetteer entries (open data, curated people/orgs, extra places) into a compact,
// JSON-serialisable form that loads fast: an entries table and a map from normalised token
// sequences to entry indexes. Pure: the build script reads files and passes them in.
import type { DatedRole, EntityType, GazetteerEntry } from '../types';
import { normalizeText, foldLoose, stripDiacritics } from '../text/normalize';
import { tokenize } from '../text/tokens';

export interface Demonym {
  countryId: string;
  countryEn: string;
  adjective: string;
}

export interface CompiledEntry {
  id: string;
  type: EntityType;
  en: string;
  desc: string;
  roles?: DatedRole[];
  country?: string;
  rank?: number;
}

/** Flags stored beside each entry index of a form. */
export const FORM_ARTICLE_DROPPED = 1; // key is the written form without its leading ال (للعراق → عراق)
export const FORM_AMBIGUOUS = 2; // the form is also a common word (entry.ambiguous): needs context

/**
 * Forms are stored as parallel arrays, not as an object keyed by form: JSON.parse reads arrays of
 * strings and numbers several times faster than an object of thousands of Arabic keys, and the
 * loader's index is one pass over them (issue 18: gazetteer load ≤ 20 ms).
 */
export interface CompiledGazetteer {
  version: 2;
  entries: CompiledEntry[];
  /**
   * Every form (normalised tokens joined by one space) and every run of a form's leading words,
   * sorted by UTF-16 code unit: the keys that begin with "a b " then follow "a b" directly.
   */
  keys: string[];
  /**
   * The candidates of keys[k] are candidates[offsets[k]] up to candidates[offsets[k + 1]], as
   * [entryIndex, flags, entryIndex, flags, ...], best first; none for a key that only begins forms.
   */
  candidates: number[];
  offsets: number[];
  /** Key: normalised masculine singular nisba base (روسي, اميركي). */
  demonyms: Record<string, Demonym>;
}

/** Lays out forms (key → [entryIndex, flags, ...]) as CompiledGazetteer's keys, candidates and offsets. */
export function formTable(
  forms: ReadonlyMap<string, readonly number[]>,
): Pick<CompiledGazetteer, 'keys' | 'candidates' | 'offsets'> {
  const all = new Set(forms.keys());
  for (const key of forms.keys())
    for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) all.add(key.slice(0, p));
  const keys = [...all].sort();
  const candidates: number[] = [];
  const offsets = [0];
  for (const key of keys) {
    for (const x of forms.get(key) ?? []) candidates.push(x);
    offsets.push(candidates.length);
  }
  return { keys, candidates, offsets };
}

/** [entryIndex, flags, ...] of keys[k]. */
function formCandidates(c: CompiledGazetteer, k: number): number[] {
  return c.candidates.slice(c.offsets[k], c.offsets[k + 1]);
}

/** Normalised token sequences for one written form: the text tokens as the page tokenizer cuts them. */
export function formKeys(form: string): string[] {
  const toks = tokenize(form)
    .map((t) => t.norm)
    .filter((t) => t.length > 0);
  const keys = new Set<string>();
  const withPunct = toks.join(' ');
  if (withPunct) keys.add(withPunct);
  // "باس-تير" is written both with and without its hyphen
  const words = toks.filter((t) => t !== '-');
  if (words.length) keys.add(words.join(' '));
  for (const k of [...keys]) keys.add(foldLoose(k));
  for (const k of [...keys]) for (const v of spellingVariants(k)) keys.add(v);
  return [...keys];
}

// Spellings news uses side by side for the same word (ديمقراطي / ديموقراطي, سانت / سان بطرسبرغ,
// الأوروبي / الأوربي); each pair is written in normalised form, and either side yields the other.
const SPELLING_PAIRS: [RegExp, string, RegExp, string][] = [
  [/ديموقراط/g, 'ديمقراط', /ديمقراط/g, 'ديموقراط'],
  [/(^| )سانت /g, '$1سان ', /(^| )سان /g, '$1سانت '],
  [/اوروب/g, 'اورب', /اورب/g, 'اوروب'],
  [/فيدرال/g, 'فدرال', /فدرال/g, 'فيدرال'],
];

/** Other spellings of a normalised key (see SPELLING_PAIRS); none when no pair applies. */
export function spellingVariants(key: string): string[] {
  const out: string[] = [];
  for (const [a, toB, b, toA] of SPELLING_PAIRS) {
    const one = key.replace(a, toB);
    const other = one === key ? key.replace(b, toA) : one;
    if (other !== key) out.push(other);
  }
  // محمد بن راشد آل مكتوم is also written محمد بن راشد المكتوم: a house name after a person's
  // names joins its آل (never at the start, where الخليفة would be "the caliph").
  const house = key.replace(/^(.+ )ال (\S+)$/, '$1ال$2');
  if (house !== key) out.push(house);
  return out;
}

/** The key without its leading article, when the first token has one and keeps 2+ letters. */
function articleDropped(key: string): string | null {
  if (!key.startsWith('ال')) return null;
  const first = key.split(' ')[0]!;
  return first.length >= 4 ? key.slice(2) : null;
}

const TYPE_PRIORITY: Record<EntityType, number> = { place: 3, organization: 2, person: 1 };

/** Merges entries that share an id (curated files may extend open ones): first seen keeps its fields. */
export function mergeEntries(entries: GazetteerEntry[]): { merged: GazetteerEntry[]; problems: string[] } {
  const byId = new Map<string, GazetteerEntry>();
  const problems: string[] = [];
  for (const e of entries) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, { ...e, ar: [...e.ar], ambiguous: e.ambiguous ? [...e.ambiguous] : undefined });
      continue;
    }
    if (prev.type !== e.type) problems.push(`${e.id}: type ${prev.type} vs ${e.type}`);
    for (const a of e.ar) if (!prev.ar.includes(a)) prev.ar.push(a);
    if (e.ambiguous) prev.ambiguous = [...new Set([...(prev.ambiguous ?? []), ...e.ambiguous])];
    prev.roles ??= e.roles;
    prev.country ??= e.country;
    prev.rank ??= e.rank;
  }
  return { merged: [...byId.values()], problems };
}

export function compileGazetteer(entries: GazetteerEntry[], demonyms: Record<string, Demonym> = {}): CompiledGazetteer {
  const { merged } = mergeEntries(entries);
  const table: CompiledEntry[] = merged.map((e) => {
    const c: CompiledEntry = { id: e.id, type: e.type, en: e.en, desc: e.desc };
    if (e.roles?.length) c.roles = e.roles;
    if (e.country) c.country = e.country;
    if (e.rank !== undefined) c.rank = e.rank;
    return c;
  });
  const slots = new Map<string, Map<number, number>>();
  const add = (key: string, idx: number, flags: number) => {
    let m = slots.get(key);
    if (!m) slots.set(key, (m = new Map()));
    const prev = m.get(idx);
    // a form written with and without the article keeps the stronger (article-less) reading
    m.set(idx, prev === undefined ? flags : prev & flags);
  };
  merged.forEach((e, idx) => {
    const amb = new Set((e.ambiguous ?? []).flatMap(formKeys));
    for (const form of e.ar) {
      // only a written ال is an article: ألمانيا and إلياس normalise to ال… but keep their letters
      const hasArticle = stripDiacritics(form).trimStart().startsWith('ال');
      for (const key of formKeys(form)) {
        const flag = amb.has(key) ? FORM_AMBIGUOUS : 0;
        add(key, idx, flag);
        const bare = hasArticle ? articleDropped(key) : null;
        if (bare) add(bare, idx, flag | FORM_ARTICLE_DROPPED);
      }
    }
  });
  const forms = new Map<string, number[]>();
  for (const [key, slot] of slots) {
    const cands = [...slot.entries()].sort(([a, fa], [b, fb]) => compareCandidates(table[a]!, fa, table[b]!, fb));
    forms.set(key, cands.flat());
  }
  const dem: Record<string, Demonym> = {};
  for (const [base, d] of Object.entries(demonyms)) dem[normalizeText(base)] = d;
  return { version: 2, entries: table, ...formTable(forms), demonyms: dem };
}

/** Order of candidates for one form: unflagged readings, then rank, then type priority. */
function compareCandidates(a: CompiledEntry, fa: number, b: CompiledEntry, fb: number): number {
  return (
    (fa & FORM_ARTICLE_DROPPED) - (fb & FORM_ARTICLE_DROPPED) ||
    (b.rank ?? 0) - (a.rank ?? 0) ||
    TYPE_PRIORITY[b.type] - TYPE_PRIORITY[a.type] ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Forms whose first two candidates cannot be told apart by the compiled order: same article flag,
 * same rank, same type, and neither marked ambiguous. The validation test requires none.
 */
export function unresolvedForms(c: CompiledGazetteer): string[] {
  const out: string[] = [];
  for (const [k, key] of c.keys.entries()) {
    const v = formCandidates(c, k);
    if (v.length < 4) continue;
    const a = c.entries[v[0]!]!;
    const b = c.entries[v[2]!]!;
    const fa = v[1]!;
    const fb = v[3]!;
    if ((fa | fb) & FORM_AMBIGUOUS) continue;
    if ((fa & FORM_ARTICLE_DROPPED) !== (fb & FORM_ARTICLE_DROPPED)) continue;
    if ((a.rank ?? 0) !== (b.rank ?? 0) || a.type !== b.type) continue;
    out.push(`${key}: ${a.id} ${a.en} / ${b.id} ${b.en}`);
  }
  return out;
}
