// English spellings for Arabic names the gazetteer does not know: a table of attested spellings
// (only where the learned model gets them wrong) in front of the joint-sequence model.
//
// guessToken() follows the name-pair data, in which the article of a surname is dropped
// (الأتاسي → Atassi). guessName() writes whole names the way English-language news does:
// "al-Assad", "Mohammed bin Salman", "Abu Bakr", "Umm Kulthum", "Al Thani", "Abdullah",
// "Abdul Rahman" (the عبد form is whichever spelling the data prefers).

import { letterByLetter } from './baseline';
import { bodyMeanings } from './body-meanings';
import { createDecoder, type Candidate, type CountsSource } from './decode';
import { createNeural } from './neural';
import { rerankedSpelling } from './rerank';
import { ALLAH, ARTICLE, articleSpelling, hasArticle, SUN_LETTERS } from './article';
import { titleCase } from './english';
import { arabicKey } from './key';
import { bestSpelling, createLexicon, FREE_BEST, type Lexicon } from './lexicon';
import { createCommonNames, type CommonNames } from './common-names';
import { foldLoose } from '../text/normalize';
import { createNameRomanizer } from './romanize-name';
import {
  abdBeforeArticle,
  frenchPress,
  givenName,
  givenNames,
  headNouns,
  maghrebParticle,
  maghrebSpelling,
  regionOf,
  withHead,
  withMeaning,
} from './name-conventions';
import type { NameOptions, Translit, TranslitModel } from './types';
import { bodyVowelTable, vowelTable } from './vowel-table';
import { toAscii } from '../text/romanize';

export type { Translit, TranslitModel } from './types';

const NISBA_ENDING = /(ي|يه)$/;
const FACULTY = arabicKey('كلية');
const PROCLITIC = /^[وفبل]/;
/** جورج الخامس inside a body's or place's name: a monarch's ordinal is his numeral (George V Street). */
const REGNAL = new Map(
  ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'].map(
    (ar, i) => [arabicKey(ar), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][i]!] as const,
  ),
);
/**
 * مستشفى الملك فيصل, مسجد الشيخ زايد: a title before a name inside a body's or place's name is
 * translated, as English news writes it (King Faisal Hospital, was Al-Mulk Faisal Hospital).
 */
const NAMED_TITLES = new Map(
  [
    ['الملك', 'King'],
    ['الملكة', 'Queen'],
    ['الأمير', 'Prince'],
    ['الأميرة', 'Princess'],
    ['الشيخ', 'Sheikh'],
    ['الشيخة', 'Sheikha'],
    ['السيدة', 'Sayyida'], // السيدة زينب, a district named after the Prophet's granddaughter
    ['السلطان', 'Sultan'],
  ].map(([ar, en]) => [arabicKey(ar!), en!] as const),
);

const TEAM = arabicKey('المنتخب');

/** The name after a village's كفر (كفرنبل → نبل), or null; كفر alone and كفرت are words. */
function kafrVillage(key: string): string | null {
  return key.startsWith('كفر') && key.length >= 6 ? key.slice(3) : null;
}

/**
 * `counts`: the model's tables prebuilt or loaded when first needed (counts-binary.ts), else built
 * from its JSON then.
 */
export function loadTranslit(model: TranslitModel, counts?: CountsSource): Translit {
  const decoder = createDecoder(model, undefined, counts);
  // The neural network, where the model has one, judges the unit model's candidates (rerank.ts).
  const net = model.neural ? createNeural(model.neural) : null;
  const given = givenNames(arabicKey);
  const heads = headNouns(arabicKey);
  const bodyWords = bodyVowelTable(arabicKey);
  const meanings = bodyMeanings(arabicKey);
  // Split when first needed, as the decoder is built: a page of known names never needs it.
  let words: Lexicon | null | undefined;
  const lexicon = () => (words ??= model.lexicon ? createLexicon(model.lexicon) : null);
  let commonNames: CommonNames | null | undefined;
  const common = () => {
    const list = lexicon();
    return (commonNames ??= list && model.common ? createCommonNames(list, model.common) : null);
  };
  // A card guesses a name's English, then romanizes it from the same words' spellings: the second
  // asks for what the first just found.
  const recent = new Map<string, Candidate | undefined>();
  // The model's own best spellings of a key, which both ask for: decoded once, not twice.
  const freeRecent = new Map<string, Candidate[]>();
  const free = (key: string): Candidate[] => {
    let found = freeRecent.get(key);
    if (found) return found;
    found = decoder.decode(key, FREE_BEST);
    if (freeRecent.size >= 256) freeRecent.clear();
    freeRecent.set(key, found);
    return found;
  };
  const best = (key: string): Candidate | undefined => {
    if (recent.has(key)) return recent.get(key);
    const found = net
      ? rerankedSpelling(decoder, net, key, lexicon())
      : bestSpelling(decoder, key, lexicon(), free(key), common());
    if (recent.size >= 256) recent.clear();
    recent.set(key, found);
    return found;
  };

  /**
   * English of a word of a body's name the vowel table lists (vowel-table-bodies.ts), its romanization
   * without marks: "Taswiq al-Naft", not the model's "Tsuik al-Naft"; the model knows names, not words.
   */
  function bodyEnglish(key: string): string | null {
    const stem = hasArticle(key) ? bodyWords.get(key.slice(ARTICLE.length)) : undefined;
    const roman = bodyWords.get(key) ?? (stem && !stem.includes(' ') ? 'al-' + stem : undefined);
    if (!roman) return null;
    return toAscii(roman)
      .replace(/'/g, '')
      .replace(/(^|[\s-])(\p{L})/gu, (m, pre: string, c: string) => pre + c.toUpperCase())
      .replace(/(^|\s)Al-/g, '$1al-');
  }

  /** Lowercase spelling of a key: attested form, else the model, else (never seen letters) letters. */
  function spell(key: string): string {
    const attested = model.table[key];
    if (attested) return attested;
    const known = knownLetters(key);
    return best(known)?.en || letterByLetter(known);
  }

  /** The key with letters the model never saw folded to ones it knows. */
  function knownLetters(key: string): string {
    let known = '';
    for (const ch of key) known += decoder.knows(ch) ? ch : foldLoose(ch);
    return known;
  }

  /**
   * Spelling of an article word as [article, rest]. The data spells such words without the
   * article (الأتاسي → atassi), so 'al' is added back, except where the attested or modelled
   * spelling fuses it into the word (Alaoui, Alberto).
   */
  function splitArticle(key: string): [string, string] {
    // A spelling with the article assimilated (الزين: ezzine, ez-zine) is the article and the rest.
    // Only a sun letter takes the article's sound: الاسد "assad" is al-Assad, not al-Sad.
    const fused = (en: string): [string, string] =>
      /^[ae]([bcdfghjklmnpqrstvwxz])\1/.test(en) && en.length > 4 && SUN_LETTERS.has(key[ARTICLE.length]!)
        ? ['al', en.slice(2)]
        : /^(al|el)/.test(en)
          ? ['', en]
          : ['al', en];
    const attested = model.table[key];
    if (attested) return fused(attested);
    // The bare stem may be attested (أسد: asad) where the article word is not (الأسد).
    const stemAttested = model.table[key.slice(ARTICLE.length)];
    if (stemAttested) return ['al', stemAttested];
    // Unattested: the likelier of the word with its article and its bare stem.
    const likelier = articleSpelling(key, best);
    return likelier && likelier.en ? fused(likelier.en) : ['al', spell(key.slice(ARTICLE.length))];
  }

  function guessToken(normArabicToken: string): string {
    const key = arabicKey(normArabicToken);
    return key ? titleCase(spell(key)) : '';
  }

  function guessName(normTokens: string[], opts: NameOptions = {}): string {
    return guessWords(normTokens, opts, opts.type === 'place' || opts.type === 'organization');
  }

  /** `body`: the words of a body's or place's name, which the vowel table may spell (bodyEnglish). */
  function guessWords(normTokens: string[], opts: NameOptions, body: boolean): string {
    const keyed = normTokens.map((w, i) => [arabicKey(w), opts.hamzaAl?.[i] === true, w] as const).filter(([k]) => k);
    const keys = keyed.map(([k]) => k);
    // ألكاراس: أل as written is the name's own letters, not the article.
    const loanAl = (i: number) => keyed[i]![1];
    const region = regionOf(opts.country);
    // Morocco, Algeria, Tunisia and Mauritania: Abdelkader, Ben, Ould, El.
    const maghreb = frenchPress(opts.country);
    // Given names as the region's press spells them; Libya's press writes them the English way.
    const nameRegion = region === 'maghreb' && !maghreb ? null : region;
    // The model's and the table's spellings, as the region's press writes the letters.
    const local = (en: string, key: string) => maghrebSpelling(en, key, opts.country);
    const article = (key: string): [string, string] => {
      const [al, rest] = splitArticle(key);
      return [al, local(rest, key)];
    };
    // A body or place no list holds: its head noun in English, its name transliterated.
    // The gazetteer is asked about the rest only after a head noun or the definite team.
    const typed = (opts.type === 'place' || opts.type === 'organization') && keys.length >= 2;
    // لإذاعة مقديشو: a head noun with its proclitic is the head (Radio Mogadishu, not Lathaa).
    const headKey = typed && !heads.has(keys[0]!) && PROCLITIC.test(keys[0]!) ? keys[0]!.slice(1) : keys[0]!;
    const head = typed ? heads.get(headKey) : undefined;
    // المنتخب المصري: the team and the country's adjective (الحزب المصري is any Egyptian party).
    const team = typed && !head && keys.length === 2 && keys[0] === TEAM;
    const place = head || team ? opts.placeEnglish?.(normTokens.slice(1)) : null;
    // كلية الهندسة: a faculty is named by its field, as English does (Faculty of Engineering).
    const field = head && headKey === FACULTY ? meanings.field(keys.slice(1)) : null;
    if (field) return `Faculty of ${field}`;
    const meant = head && !place ? meanings.translate(keys.slice(1)) : null;
    if (meant) return withMeaning(meant, head!);
    if (head)
      return withHead(
        place || guessWords(normTokens.slice(1), { country: opts.country, placeEnglish: opts.placeEnglish }, true),
        head,
      );
    if (place) return withHead(place, heads.get(TEAM.slice(2))!);
    // الحزب الديمقراطي الكردستاني, التيار الوطني الحر: a definite head noun is translated with its
    // adjectives only when all of them are (Free Patriotic Movement).
    const definiteHead = typed && hasArticle(keys[0]!) ? heads.get(keys[0]!.slice(ARTICLE.length)) : undefined;
    const definiteMeant = definiteHead ? meanings.translate(keys.slice(1)) : null;
    if (definiteHead && definiteMeant) return withMeaning(definiteMeant, definiteHead);
    // كفرنبل: the Levant's villages open with كفر "village" written as one word with the name
    // (Kafr Nabl; Lebanon's press writes Kfar).
    const kafr = opts.type === 'place' && keys.length === 1 ? kafrVillage(keys[0]!) : null;
    if (kafr)
      return `${opts.country === 'LB' ? 'Kfar' : 'Kafr'} ${guessWords([kafr], { country: opts.country }, true)}`;
    const words: string[] = [];
    // Particles are lowercase inside a name and capitalised when they open it.
    const particle = (w: string) => (words.length === 0 ? titleCase(w) : w);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const next = keys[i + 1];
      const title = body && next !== undefined ? NAMED_TITLES.get(key) : undefined;
      if (title) {
        words.push(title);
        continue;
      }
      // ... after a name, not after a definite noun (التجمع الخامس, the Fifth Settlement)
      const regnal = body && i > 0 && !hasArticle(keys[i - 1]!) ? REGNAL.get(key) : undefined;
      if (regnal) {
        words.push(regnal);
        continue;
      }
      const listed = body ? bodyEnglish(key) : null;
      // مؤسسة كهرباء لبنان: a known place inside a body's name is written as English writes it
      // (Lebanon, not Labanan); a nisba is the body's adjective, not its country.
      const placed = body && !listed && !NISBA_ENDING.test(key) ? opts.placeEnglish?.([keyed[i]![2]]) : null;
      if (placed) {
        words.push(placed);
      } else if (listed) {
        words.push(words.length === 0 ? listed.replace(/^al-/, 'Al-') : listed);
      } else if (next === ALLAH && key !== ARTICLE) {
        // عبد الله → Abdullah, نصر الله → Nasrallah: one word, as news writes it; the family name
        // العبد الله keeps its article apart (al-Abdullah, not Alabedallah).
        const al = hasArticle(key) && !model.table[key + ALLAH];
        const stem = al ? key.slice(ARTICLE.length) : key;
        const fused = model.table[stem + ALLAH];
        const one = titleCase(fused ?? (stem === 'عبد' ? 'abdullah' : spell(stem).replace(/a$/, '') + 'allah'));
        words.push(al ? particle('al') + '-' + one : one);
        i++;
      } else if (key === 'عبد' && next !== undefined && hasArticle(next)) {
        // The data sometimes spells the second word with عبد already in it (المجيد: abdulmajid).
        const [al, spelled] = splitArticle(next);
        const rest = local(al ? spelled : spelled.replace(/^[ae]l-?/, ''), next);
        const abd = abdBeforeArticle(region);
        // The Maghreb writes one word: Abdelkader, Abdelaziz.
        if (maghreb) words.push('Abdel' + local(spelled.replace(/^[ae]l-?/, '').replace(/^abd(e|u)?l/i, ''), next));
        else if (abd) words.push(abd, titleCase(rest.replace(/^abd(e|u)?l/i, '')));
        else words.push(...(/^abd/i.test(rest) ? [titleCase(rest)] : [titleCase(spell(key)), titleCase(rest)]));
        i++;
      } else if (key === 'عبد' + ALLAH) {
        // عبدالله written as one word is the same name as عبد الله (its rest is no article word:
        // read so, الله's letters gave "Abdul Granada").
        words.push(titleCase(model.table['عبد' + ALLAH] ?? 'abdullah'));
      } else if (key.startsWith('عبدال') && key.length > 6 && (maghreb || !model.table[key])) {
        const rest = local(
          splitArticle(key.slice(3))[1]
            .replace(/^[ae]l-?/, '')
            .replace(/^abd(e|u)?l/i, ''),
          key,
        );
        words.push(...(maghreb ? ['Abdel' + rest] : [titleCase(spell('عبد')), titleCase(rest)]));
      } else if (next !== undefined && (key === 'ابو' || key === 'ام' || key === ARTICLE)) {
        words.push(key === 'ابو' ? 'Abu' : key === 'ام' ? 'Umm' : 'Al');
      } else if (maghreb && next !== undefined && maghrebParticle(key)) {
        // Ben Ali, Ould Ghazouani: capitalised wherever they stand.
        words.push(maghrebParticle(key)!);
      } else if (key === 'بن' || key === 'ابن') {
        words.push(particle(key === 'بن' ? 'bin' : 'ibn'));
      } else if (key === ALLAH) {
        words.push('Allah');
      } else if (key === 'الدين' && words.length > 0) {
        // نور الدين: Nour al-Din in most English news, Noureddine in the Maghreb's.
        if (region === 'maghreb') words.push(words.pop()! + 'eddine');
        else words.push('al-Din');
      } else if (body && words.length > 0 && key.startsWith('و') && hasArticle(key.slice(1))) {
        // الإعمار والتنمية: the conjunction is no letter of the name (al-Iamar wal-Tanmiya, not
        // Waltneme); English news writes it "wal-" (Al Adl wal-Ihsan).
        words.push('wal-' + titleCase(article(key.slice(1))[1]));
      } else if (loanAl(i)) {
        // The data drops an article it did not know was none (ألكاراس: karas): put its a-l back.
        const whole = spell(key);
        words.push(titleCase(/^[aeiou]/.test(whole) ? whole : 'al' + whole));
      } else if (hasArticle(key) && givenName(given, key.slice(ARTICLE.length), nameRegion)) {
        // الناصر, الأمين: a given name with the article is spelled as the region spells the name.
        const name = givenName(given, key.slice(ARTICLE.length), nameRegion)!;
        words.push(...(maghreb ? ['El', name] : [particle('al') + '-' + name]));
      } else if (hasArticle(key)) {
        const [al, rest] = article(key);
        // The Maghreb's press writes the article as a word of its own: El Othmani.
        if (al && maghreb) words.push('El', titleCase(rest));
        else words.push(al ? particle(al) + '-' + titleCase(rest) : titleCase(rest));
      } else {
        words.push(givenName(given, key, nameRegion) ?? titleCase(local(spell(key), key)));
      }
    }
    return words.filter((w) => w.length > 0).join(' ');
  }

  /**
   * The spelling guessToken() gives (the attested one, else the word list's or the model's choice),
   * then the model's best few, for reading vowels off (romanize-name.ts). The guess leads: the free
   * decode alone reads إمام as "amam" where the guess is the attested "emam" (Imām).
   */
  function spellings(key: string): string[] {
    if (!key) return [];
    const out = [
      spell(key),
      ...free(knownLetters(key))
        .slice(0, 4)
        .map((c) => c.en),
    ];
    return [...new Set(out.filter((s) => s.length > 0))];
  }

  const romanizeName = createNameRomanizer(vowelTable(arabicKey), spellings);
  return { guessToken, guessName, romanizeName };
}
