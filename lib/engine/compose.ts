// Names made of a body pattern plus a country (lib/gazetteer/patterns.json): الخارجية الروسية,
// وزارة دفاع روسيا, جيش الاحتلال — one organisation span; and standalone nisba adjectives
// (الروسي), reported as demonyms carrying their country.
import type { Demonym } from '../gazetteer/compile';
import type { Gazetteer } from '../gazetteer/load';
import { analyses as proclitics } from './analyses';
import { tokenAnalyses } from './doc';
import { foldLoose, normalizeText } from '../text/normalize';
import { nisbaBase } from '../text/nisba';
import { candidate, type BodyPattern, type Candidate, type Doc, type PatternsDoc } from './types';
import { words } from '../ner/lexicon';

interface Country {
  iso2: string;
  id: string;
  en: string;
  adjective: string;
}

interface Form {
  tokens: string[];
  pattern: BodyPattern;
  construct: boolean;
  /** Named without its country too (وزارة الصحة, مجلس الشيوخ). */
  alone: boolean;
}

export interface Composer {
  patterns(doc: Doc, gazMatchAt: (i: number) => { end: number; id: string | null } | null): Candidate[];
  demonyms(doc: Doc): Candidate[];
  /** True when keys[start, end) are a body pattern word alone (وزارة الخارجية, الحكومة): not a name. */
  bodyWithoutCountry(keys: readonly string[], start: number, end: number): boolean;
  /** Country of a nisba-shaped key (الروسية → Russia), or null. */
  nisbaCountry(key: string): Country | null;
  /** A body named without وزارة right after a minister word: part of the minister's title. */
  inMinisterTitle(doc: Doc, c: Candidate): boolean;
}

const key = (s: string): string[] => foldLoose(normalizeText(s)).split(' ').filter(Boolean);
const MINISTRY = key('وزارة')[0]!;

export function createComposer(
  gaz: Gazetteer,
  doc: PatternsDoc | null,
  demonymTable: Record<string, Demonym>,
): Composer {
  // Countries by Wikidata id and by ISO code, from the demonym table and the gazetteer entries.
  const byId = new Map<string, Country>();
  const byIso = new Map<string, Country>();
  for (const d of Object.values(demonymTable)) {
    if (byId.has(d.countryId)) continue;
    const idx = gaz.byId(d.countryId);
    const iso2 = idx === undefined ? '' : (gaz.entry(idx).country ?? '');
    const c: Country = { iso2, id: d.countryId, en: d.countryEn, adjective: d.adjective };
    byId.set(d.countryId, c);
    if (iso2 && !byIso.has(iso2)) byIso.set(iso2, c);
  }
  const forms = new Map<string, Form[]>();
  const aliasConstruct: { tokens: string[]; iso2: string }[] = [];
  const aliasNisba = new Map<string, string>();
  const definite = new Set(doc?.definiteCountries ?? []);
  const bare = new Set((doc?.notStandalone ?? []).map((w) => key(w).join(' ')));
  const bareWordCounts = new Set([...bare].map((b) => b.split(' ').length));
  const notAfter = new Set((doc?.notAfter ?? []).map((w) => key(w)[0]!));
  const ministry = new Set(words('ministryWords').map((w) => key(w)[0]!));
  // Chambers, courts and central banks that news names without their country, as it does ministries.
  const namedAlone = new Set(words('namedAloneBodies').map((w) => key(w).join(' ')));
  for (const p of doc?.patterns ?? []) {
    for (const [list, construct] of [
      [p.ar, false],
      [p.arConstruct ?? [], true],
    ] as const) {
      for (const f of list) {
        const tokens = key(f);
        const l = forms.get(tokens[0]!) ?? [];
        l.push({
          tokens,
          pattern: p,
          construct,
          alone: !construct && (ministry.has(tokens[0]!) || namedAlone.has(tokens.join(' '))),
        });
        forms.set(tokens[0]!, l);
      }
    }
  }
  for (const l of forms.values()) l.sort((a, b) => b.tokens.length - a.tokens.length);
  for (const a of doc?.countryAliases ?? []) {
    if (a.as === 'construct') aliasConstruct.push({ tokens: key(a.ar), iso2: a.country });
    else aliasNisba.set(nisbaBase(key(a.ar)[0]!) ?? key(a.ar)[0]!, a.country);
  }
  aliasConstruct.sort((a, b) => b.tokens.length - a.tokens.length);

  // Asked for nearly every word of a page, by several stages: answered once per key.
  const nisbaMemo = new Map<string, Country | null>();
  function nisbaCountry(k: string): Country | null {
    let c = nisbaMemo.get(k);
    if (c !== undefined) return c;
    const base = nisbaBase(k);
    const d = base ? gaz.demonym(base) : null;
    const iso = base && !d ? aliasNisba.get(base) : undefined;
    c = d ? (byId.get(d.countryId) ?? null) : iso ? (byIso.get(iso) ?? null) : null;
    if (nisbaMemo.size > 50_000) nisbaMemo.clear();
    nisbaMemo.set(k, c);
    return c;
  }

  function genderOk(k: string, g: BodyPattern['nisbaGender']): boolean {
    if (!k.startsWith('ال')) return false;
    const fem = k.endsWith('يه');
    const masc = k.endsWith('ي');
    return g === 'f' ? fem : g === 'm' ? masc : fem || masc;
  }

  function build(p: BodyPattern, c: Country, start: number, end: number, prefix: string, stem: string): Candidate {
    const o = p.overrides?.[c.iso2];
    const country = (definite.has(c.iso2) ? 'the ' : '') + c.en;
    const en = o?.en ?? p.en.replace('{country}', country).replace('{adjective}', c.adjective);
    const id = o?.id ?? `hamish:org:${p.id}-${c.iso2.toLowerCase()}`;
    const idx = o?.id ? gaz.byId(o.id) : undefined;
    const description = idx !== undefined ? gaz.entry(idx).desc : undefined;
    return candidate({
      start,
      end,
      type: p.type,
      source: 'pattern',
      known: true,
      english: en,
      id,
      description,
      prefix,
      stem,
    });
  }

  function aliasAt(keys: readonly string[], j: number): { tokens: string[]; iso2: string } | undefined {
    for (let n = 0; n < aliasConstruct.length; n++)
      if (readsAt(keys, j, aliasConstruct[n]!.tokens, 0)) return aliasConstruct[n];
    return undefined;
  }

  function patterns(d: Doc, gazMatchAt: (i: number) => { end: number; id: string | null } | null): Candidate[] {
    const out: Candidate[] = [];
    const keys = d.keys;
    for (let i = 0; i < keys.length; i++) {
      // Loops and module functions, not arrows: these ran per word, reading and form.
      const readings = tokenAnalyses(d, i);
      for (let r = 0; r < readings.length; r++) {
        const a = readings[r]!;
        const list = forms.get(a.stem);
        if (!list) continue;
        let found: Candidate | null = null;
        for (let n = 0; n < list.length; n++) {
          const f = list[n]!;
          if (!readsAt(keys, i, f.tokens, 1)) continue;
          let j = i + f.tokens.length;
          // وزير الخارجية الروسي, وزير الأمن العام الإسرائيلي: after a minister word the form is
          // the minister's portfolio (Public Security), not the body it also names (the Shin Bet),
          // unless it names the ministry in full (وزيرة وزارة الخارجية الأميركية).
          if (f.tokens[0] !== MINISTRY && afterMinister(d, i, a.prefix)) continue;
          if (!f.construct) {
            const nk = keys[j];
            if (!nk || !genderOk(nk, f.pattern.nisbaGender)) continue;
            const c = nisbaCountry(nk);
            if (!c || !c.iso2) continue;
            found = build(f.pattern, c, i, j + 1, a.prefix, a.stem);
          } else {
            const alias = aliasAt(keys, j);
            let c: Country | undefined;
            if (alias) {
              c = byIso.get(alias.iso2);
              j += alias.tokens.length;
            } else {
              const m = gazMatchAt(j);
              const country = m?.id ? byId.get(m.id) : undefined;
              if (m && country) {
                c = country;
                j = m.end;
              }
            }
            if (!c || !c.iso2) continue;
            found = build(f.pattern, c, i, j, a.prefix, a.stem);
          }
          break;
        }
        // وزارة الصحة, مجلس الشيوخ with no country after it: still a named body (English capitalises
        // "the Ministry of Health"), but which country's is left open: a generic English name, flagged
        // as a guess, and an id of this document only.
        if (!found) {
          const f = aloneAt(list, keys, i);
          if (f && !afterMinister(d, i, a.prefix)) {
            const en = f.pattern.en.replace(/ of \{country\}$/, '');
            if (!en.includes('{'))
              found = candidate({
                start: i,
                end: i + f.tokens.length,
                type: f.pattern.type,
                source: 'pattern',
                known: false,
                english: en,
                id: null,
                prefix: a.prefix,
                stem: a.stem,
              });
          }
        }
        if (found) {
          out.push(found);
          break;
        }
      }
    }
    return out;
  }

  function demonyms(d: Doc): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i]!;
      if (
        d.tokens[i]!.kind !== 'arabic' ||
        k.length < 4 ||
        !(
          k.endsWith('ي') ||
          k.endsWith('يه') ||
          k.endsWith('ون') ||
          k.endsWith('ين') ||
          k.endsWith('ان') ||
          k.endsWith('ات')
        )
      )
        continue;
      const readings = proclitics(k);
      for (let r = 0; r < readings.length; r++) {
        const a = readings[r]!;
        if (a.prefix.endsWith('ال')) continue; // nisbaBase reads the article itself
        const c = nisbaCountry(a.stem);
        if (!c) continue;
        out.push(
          candidate({
            start: i,
            end: i + 1,
            type: 'demonym',
            source: 'demonym',
            known: true,
            english: c.en,
            id: c.id,
            prefix: a.prefix,
            stem: a.stem,
          }),
        );
        break;
      }
    }
    return out;
  }

  function bodyWithoutCountry(keys: readonly string[], start: number, end: number): boolean {
    if (end <= start) return false;
    // Asked of every guess on a page: most have a word count no such body has, and build no string
    // (unless a key holds a space: ﷺ normalises to a phrase, more words than tokens).
    if (!bareWordCounts.has(end - start)) {
      let spaced = false;
      for (let k = start; k < end && !spaced; k++) spaced = keys[k]!.includes(' ');
      if (!spaced) return false;
    }
    // Joined in place and tested in a loop: a slice, a join and an arrow per guess otherwise.
    let rest = '';
    for (let k = start + 1; k < end; k++) rest = k === start + 1 ? keys[k]! : rest + ' ' + keys[k]!;
    const readings = proclitics(keys[start]!);
    for (let r = 0; r < readings.length; r++)
      if (bare.has(rest ? `${readings[r]!.stem} ${rest}` : readings[r]!.stem)) return true;
    return false;
  }

  /** Is the word before token i, which carries no proclitic, a minister word (وزير, وزيرة)? */
  function afterMinister(d: Doc, i: number, prefix: string): boolean {
    return (
      i > 0 &&
      !prefix &&
      d.tokens[i - 1]!.kind === 'arabic' &&
      tokenAnalyses(d, i - 1).some((b) => notAfter.has(b.stem))
    );
  }

  // وزيرة الخارجية الأميركية is the Secretary of State: the feminine agrees with both words.
  function inMinisterTitle(d: Doc, c: Candidate): boolean {
    if (c.type !== 'organization' || tokenAnalyses(d, c.start).some((a) => ministry.has(a.stem))) return false;
    return afterMinister(d, c.start, c.prefix);
  }

  return { patterns, demonyms, nisbaCountry, bodyWithoutCountry, inMinisterTitle };
}

/** Do the keys from `at` on read `tokens`, from its word `from` on? */
function readsAt(keys: readonly string[], at: number, tokens: readonly string[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (keys[at + k] !== tokens[k]) return false;
  return true;
}

/** The first form of the list named without a country that the keys from i read. */
function aloneAt(list: readonly Form[], keys: readonly string[], i: number): Form | undefined {
  for (let n = 0; n < list.length; n++) if (list[n]!.alone && readsAt(keys, i, list[n]!.tokens, 1)) return list[n];
  return undefined;
}
