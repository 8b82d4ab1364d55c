// Romanization of a name with its vowels (scheme: lib/text/romanization.md). Each word takes the
// best source it has, in this order: the diacritics written on it, the table of common words,
// an English spelling of the name (the entity's known English name, aligned letter by letter),
// the transliteration model's English guess (aligned the same way), and only then the bare
// consonant skeleton, which the result marks as such.

import { romanize } from '../text/romanize';
import { arabicKey } from './key';
import { SUN_LETTERS } from './article';
import { foldEnglish } from './english';
import { pronounceable } from './score';
import { alignVowels, writeAligned } from './vowels';
import type { VowelTable } from './vowel-table';
import { ROMAN_SOURCES, type RomanSource } from './sources';

export interface NameRomanization {
  /** Strict style (macrons, dots, ʿ ʾ), Title Case as a name is written. */
  text: string;
  /** The least certain source any of its words needed. */
  source: RomanSource;
}

/** Vowel marks (a shadda alone, as in عمّان, says nothing of the vowels). */
const HARAKAT = /[\u064B-\u0650\u0670]/;
const ARABIC_WORD = /^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+$/;
/** Alignments cheaper than this (per Arabic letter) are trusted; the rest are another word's. */
const MAX_HINT_COST = 0.4;
const MAX_GUESS_COST = 0.7;

/** "al-khārijīyah" → "al-Khārijīyah"; "ʿabd" → "ʿAbd"; particles stay lowercase inside a name. */
function capitalise(word: string, first: boolean): string {
  if (!first && /^(bin|ibn|bint|al|wa|li|lil)$/.test(word)) return word;
  return word.replace(
    /^((?:wa-|li-|bi-)?(?:al-|lil-)?[ʿʾ]?)(\p{L})/u,
    (_, pre: string, c: string) => pre + c.toUpperCase(),
  );
}

/**
 * Proclitics the table can vouch for: و (wa-), ل (li-) and ب (bi-) before a word the table lists
 * (لدول li-duwal, لكرة li-kurah, والدفاع wa-al-difāʿ, بالخليج bi-al-khalīj). Only a listed rest is split off, so a name
 * that opens with these letters (وليد, لبنان, بكين) keeps its own reading.
 */
const PROCLITICS: Record<string, string> = { 'و': 'wa-', 'ل': 'li-', 'ب': 'bi-' };

/** A nisba's endings in the key (ة is ه there) and how they read. */
const NISBA_ENDINGS: readonly (readonly [string, string])[] = [
  ['يين', 'īyīn'], // the plural: المصريين al-Miṣrīyīn, not al-Maṣrīyn
  ['يون', 'īyūn'],
  ['يه', 'īyah'],
  ['ي', 'ī'],
];

const PLURAL_NISBA = /ي(ين|ون)$/;

/** عبد and an article word of three letters or more, written as one (عبدالعزيز); عبدالله is listed. */
const ABD_AL = /^عبدال.{3}/;

/** `guesses` gives the model's English spellings of a normalised word, likeliest first. */
export function createNameRomanizer(table: VowelTable, guesses: (norm: string) => string[]) {
  function fromHints(stem: string, hints: string[], max: number): string | null {
    let best: { text: string; cost: number } | null = null;
    for (const hint of hints) {
      const a = alignVowels(stem, hint);
      if (a && a.cost <= max && (!best || a.cost < best.cost)) best = { text: writeAligned(a.steps), cost: a.cost };
    }
    return best?.text ?? null;
  }

  /** The table's reading of a word with its article, or of its stem with al- before it. */
  function listedWithArticle(key: string): string | undefined {
    const listed = table.get(key);
    if (listed || !key.startsWith('ال')) return listed;
    const stem = table.get(key.slice(2));
    return stem && !stem.includes(' ') ? 'al-' + stem : undefined;
  }

  /**
   * A country's or place's adjective whose noun the table lists reads as that noun and -ī / -īyah
   * (الجزائرية: al-Jazāʾirīyah from al-Jazāʾir; القطري: al-Qaṭarī), where the model alone misses the
   * noun's vowels (al-Jazāʾrīyah, al-Qaṭrī).
   */
  function nisbaOfListed(key: string): string | undefined {
    const article = key.startsWith('ال');
    const body = article ? key.slice(2) : key;
    for (const [end, roman] of NISBA_ENDINGS) {
      if (!body.endsWith(end) || body.length - end.length < 3) continue;
      const stem = body.slice(0, -end.length);
      // The noun itself (البرتغال), or a country that ends in يا or ا (تركيا: Turkiyā → al-Turkī;
      // فرنسا: Faransā → al-Faransī), whose ending the adjective drops.
      const listed =
        table.get(stem) ??
        table.get('ال' + stem) ??
        table.get(stem + 'يا')?.replace(/i?yā$/, '') ??
        table.get(stem + 'ا')?.replace(/ā$/, '');
      if (!listed || listed.includes(' ')) continue;
      return (article ? 'al-' : '') + listed.replace(/^al-/, '') + roman;
    }
    return undefined;
  }

  /** One word (no proclitics): its romanization and source. */
  function word(raw: string, hints: string[]): [string, RomanSource] {
    if (HARAKAT.test(raw)) return [romanize(raw, 'strict'), 'diacritics'];
    const key = arabicKey(raw);
    const listed = table.get(key) ?? nisbaOfListed(key);
    if (listed) return [listed, 'table'];
    // الأميركيين: a nisba's plural reads as its singular and -yīn / -yūn (al-Amīrkīyīn, not
    // al-Amīrkīyn); -يون only with the article, since تلفزيون and نابليون end so too.
    const plural = PLURAL_NISBA.exec(raw);
    if (plural && raw.length >= 6 && (plural[1] === 'ين' || key.startsWith('ال'))) {
      const [one, from] = word(raw.slice(0, -2), hints);
      if (one.endsWith('ī')) return [one + (plural[1] === 'ين' ? 'yīn' : 'yūn'), from];
    }
    // عبدالرحمن written as one word is two: ʿAbd and the article word (ʿAbd al-Raḥmān, was
    // ʿAbdālraḥman), its English read without its Abdul (Abdelrahman: rahman).
    if (ABD_AL.test(key)) {
      const bare = hints.map((h) => h.replace(/^abd(?:[eu]|ou)?l?-?/i, ''));
      const [rest, from] = word(raw.slice(3), [...bare, ...hints]);
      return ['ʿabd ' + rest, from];
    }
    const clitic = PROCLITICS[key[0]!];
    // ل before the article is written للـ (lil-, below), so li- takes a bare word only.
    const rest = clitic && key.length >= 4 ? listedWithArticle(key.slice(1)) : undefined;
    if (rest && (clitic !== 'li-' || !rest.startsWith('al-'))) return [clitic + rest, 'table'];
    // The article: al- and the stem; the hint loses its own article (al-Zein, Alzein, Ez-Zein).
    // The article is written with a bare alif: أل and إل open names (أليكسي Alexey, إلياس Ilyās).
    const article = key.length >= 4 && key.startsWith('ال') && key !== 'الله' && !/^[أإآ]/.test(raw);
    const lil = !article && key.length >= 5 && key.startsWith('لل');
    // One lam for the article (الليبي: ليبي), two for lil- (للبترول: بترول).
    const stem = article ? raw.replace(/^ال/, '') : lil ? raw.replace(/^لل/, '') : raw;
    const prefix = article ? 'al-' : lil ? 'lil-' : '';
    if (lil && table.get(arabicKey('ال' + stem)))
      return ['lil-' + table.get(arabicKey('ال' + stem))!.replace(/^al-/, ''), 'table'];
    const stemListed = prefix && table.get(arabicKey(stem));
    if (stemListed && !stemListed.includes(' ')) return [prefix + stemListed, 'table'];
    // The article as the hint assimilates it (Ennahda, Ash-Shabi) goes with one of the two
    // consonants, before a sun letter only (Abbas keeps its a: العباس).
    const sun = SUN_LETTERS.has(arabicKey(stem)[0] ?? '');
    const bare = (h: string) =>
      !prefix
        ? h
        : sun
          ? h.replace(/^(?:[ae]l|ul)-?|^[ae]([bcdfghjklmnpqrstvwxz]{1,2})-?(?=\1)/, '')
          : h.replace(/^(?:[ae]l|ul)-?/, '');
    const fromEnglish = fromHints(
      stem,
      hints.map((h) => bare(foldEnglish(h))).filter((h) => h.length > 0),
      MAX_HINT_COST,
    );
    if (fromEnglish) return [prefix + fromEnglish, 'english'];
    // The model's spellings in its order; the first that reads aloud wins ("Schrabi" gives shrʿabī,
    // "Sharabi" sharʿabī).
    let fallback: string | null = null;
    for (const guess of guesses(arabicKey(stem))) {
      const text = fromHints(stem, [guess], MAX_GUESS_COST);
      if (text && pronounceable(text, 2)) return [prefix + text, 'guess'];
      fallback ??= text;
    }
    if (fallback) return [prefix + fallback, 'guess'];
    return [romanize(raw, 'strict'), 'skeleton'];
  }

  /**
   * The romanization of a name as written, with the English name (if any) to read vowels from;
   * `person` keeps a first name's ة as -ah where a body's head noun reads -at before its genitive.
   */
  return function romanizeName(arabic: string, english?: string | null, person = false): NameRomanization {
    const hints = (english ?? '').split(/[\s\-–]+/).filter((w) => /[a-z]/i.test(w));
    const words = arabic
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0);
    const out: string[] = [];
    let source = 0;
    words.forEach((w, i) => {
      if (!ARABIC_WORD.test(w)) {
        out.push(romanize(w, 'strict'));
        return;
      }
      // والتقدم inside a body's name is "and" + a word of the name (wa-al-Taqaddum); a person's
      // word that opens so is the name's own (والتر, Walter).
      const and = !person && i > 0 && /^وال.{3}/.test(w) && !table.get(arabicKey(w));
      let [text, from] = and ? word(w.slice(1), hints) : word(w, hints);
      if (and) text = 'wa-' + text;
      // ة before a genitive reads -at (وزارة الخارجية: Wizārat al-Khārijīyah); a word with the
      // article is followed by its adjective, and keeps -ah; so does a person's name (Fāṭimah).
      const definite = /^(?:(?:wa|bi)-)?al-|^lil-/.test(text);
      if (!person && i + 1 < words.length && text.endsWith('ah') && w.endsWith('ة') && !definite)
        text = text.slice(0, -1) + 't';
      // A listed word may be two (أبوظبي: abū ẓabī): each takes its capital.
      out.push(
        text
          .split(' ')
          .map((part, j) => capitalise(part, i === 0 && j === 0))
          .join(' '),
      );
      source = Math.max(source, ROMAN_SOURCES.indexOf(from));
    });
    return { text: out.join(' '), source: ROMAN_SOURCES[source]! };
  };
}
