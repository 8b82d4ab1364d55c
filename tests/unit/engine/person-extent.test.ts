// A guessed person grows over the name words the tagger or a rule left out, and no further.
import { describe, expect, it } from 'vitest';
import { withOrdinals } from '@/lib/engine/conventions';
import { extendPerson } from '@/lib/engine/person-extension';
import { prepositionOnWord } from '@/lib/engine/unknown';
import type { Candidate, Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();

/** The sentence with the words between [ and ] as a person candidate of `source`. */
function marked(sentence: string, source: 'tagger' | 'gazetteer'): { doc: Doc; c: Candidate } {
  const text = sentence.replace(/[[\]]/g, '');
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const start = tokens.findIndex((t) => t.start >= sentence.indexOf('['));
  const end = tokens.findIndex((t) => t.start >= sentence.indexOf(']') - 1);
  const known = source === 'gazetteer';
  const c: Candidate = {
    start,
    end: end < 0 ? tokens.length : end,
    type: 'person',
    source,
    known,
    english: known ? 'X' : null,
    id: known ? 'Q1' : null,
    prefix: '',
  };
  return { doc, c };
}
const words = (doc: Doc, c: Candidate): string =>
  doc.tokens
    .slice(c.start, c.end)
    .map((t) => t.text)
    .join(' ');

/** Runs extendPerson on the guess written between [ and ] in the sentence; returns the grown span's words. */
function grow(sentence: string, taken: string[] = []): string {
  const { doc, c } = marked(sentence, 'tagger');
  const tokens = doc.tokens;
  const isTaken = new Set(taken);
  return words(
    doc,
    extendPerson(
      doc,
      cues,
      c,
      (i) => !isTaken.has(tokens[i]!.text),
      (k) => k === 'البحريني',
      (k) => k === 'حامد',
    ),
  );
}

const CASES: [string, string, string, string[]?][] = [
  ['given name before the guess', 'وقال ممثل قطر جمال [ناصر البدر] إن', 'جمال ناصر البدر'],
  ['compound عبد before the guess', 'قال الناطق عبد الرحمن [مودي] إن', 'عبد الرحمن مودي'],
  ['link word at the end', 'قال [أبو] القاسم إن', 'أبو القاسم'],
  ['الله after the guess', 'وقال اللواء [وديعة] الله إن', 'وديعة الله'],
  ['a lone first name takes an unlisted family name', 'وانطلق [عثمان] عبيدات من الميمنة', 'عثمان عبيدات'],
  ['a lone first name takes a name in ة as its family name', 'وقال [محمد] علية إن', 'محمد علية'],
  ['a lone first name takes a definite family name', 'تمريرة البديل [محمد] الطاهات وهو على', 'محمد الطاهات'],
  ['the first name of a known person takes a family name', 'ويرى الأستاذ [حامد] المري أن', 'حامد المري'],
  [
    'علي after a first name on a page that writes على with ى',
    'وقال اللواء [محمد] علي إن القوات على الحدود',
    'محمد علي',
  ],
  ['علي after a known first name', 'وأكد [حامد] علي أمام الصحفيين وقوفه إلى جانبهم', 'حامد علي'],
  [
    'a compound given name takes a family name',
    'أوضح الخبير في الطاقة [علاء الدين] بلقاسمي في تصريح',
    'علاء الدين بلقاسمي',
  ],
  ['a lone first name takes رسول as a family name', 'وقال [محمد] رسول إن', 'محمد رسول'],
  ['a compound with عبد takes a family name', 'وقال الناطق [عبد الرحمن] الشريدة إن', 'عبد الرحمن الشريدة'],
  [
    'a listed name that is also a common word before a kunya',
    'وقال وزير المياه والري رائد [أبو السعود] إن',
    'رائد أبو السعود',
  ],
  ['a foreign first name the name lists hold', 'وقالت الممثلة أنجلينا [جولي] إن', 'أنجلينا جولي'],
  ['a foreign first name before a surname', 'وكان ابوه هيرمان [اينشتاين] يعمل', 'هيرمان اينشتاين'],
  ['a foreign given name without its final ه', 'وقال خوسي [ثاباتيرو] إن', 'خوسي ثاباتيرو'],
  ['a foreign given name with ا before its س', 'وقال المدرب استيوارت [بيرس] إن', 'استيوارت بيرس'],
  ['علي after a title on a page that writes على with ي', 'وقال الدكتور علي [جمعة] ان القوات علي الحدود', 'علي جمعة'],
  ['علي after a country adjective with لـ', 'عادت الميدالية للبحريني علي [بلال منصور] بعد', 'علي بلال منصور'],
  ['علي before a name on a page that writes على with ى', 'وقال علي [جمعة] إن القوات على الحدود', 'علي جمعة'],
  [
    'an unlisted first name after a country adjective',
    'وكذلك البحريني سفتلانا [كوزنتسوفا] المصنفة',
    'سفتلانا كوزنتسوفا',
  ],
  // Must not grow:
  ['a preposition with its pronoun before', 'وكان المشرف عليه [يوسف شاهين] قد اختاره', 'يوسف شاهين'],
  ['a preposition with its pronoun after a participle', 'والمعتمد عليه [كارل رينكه] الذي جاء', 'كارل رينكه'],
  ['a noun with و after a country adjective', 'وجه الثورة البحريني وقائدها [عبد الناصر] .', 'عبد الناصر'],
  ['a verb after a country adjective', 'وقال البحريني يتوقع [محمد حسن] إن', 'محمد حسن'],
  ['an unlisted word after a plain word', 'وكذلك المصنفة سفتلانا [كوزنتسوفا] إن', 'كوزنتسوفا'],
  ['علي after a verb on a page that writes على with ي', 'وحصل علي [محمد] ان القوات علي الحدود', 'محمد'],
  ['علي after a plain noun on a page that writes على with ي', 'القبض علي [محمد حسن] ان', 'محمد حسن'],
  ['على with its ى after a title', 'وافق الرئيس على [محمد حسن] إن', 'محمد حسن'],
  ['a past verb the name lists hold as a name', 'وحين عاد [فرويد] إلى فيينا', 'فرويد'],
  ['a noun in ة the name lists hold', 'لاشك ان عودة [ديدييه دروغبا] الى الفريق', 'ديدييه دروغبا'],
  ['a first name after another name word', 'سيغموند فرويد سيغموند [فرويد] عالم', 'فرويد'],
  ['a foreign first name with its own و', 'مع ديفيد وجوليا [روبرتس] في', 'روبرتس'],
  ['a preposition with its pronoun after a lone first name', 'عن النبي [محمد] عليه الصلاة', 'محمد'],
  ['a preposition with its pronoun after a compound name', 'قال [عبد الله] إليه إن', 'عبد الله'],
  ['a foreign given name after another name word', 'قال ديفيد خوسي [ثاباتيرو] إن', 'ثاباتيرو'],
  ['an unlisted foreign word before a name', 'وقال المدرب استوارد [بيرس] إن', 'بيرس'],
  ['a common word before a kunya', 'وقال الشاعر [أبو القاسم] إن', 'أبو القاسم'],
  ['a definite title before a compound with عبد', 'وقال الحاج [عبد الله يوسف] إن', 'عبد الله يوسف'],
  ['a compound given name before a common word', 'وقال [علاء الدين] الأسبوع الماضي', 'علاء الدين'],
  ['two words that are no compound given name', 'وقال [محمد عدنان] الشريدة إن', 'محمد عدنان'],
  ['علي on a page that writes على with ي too', 'وقال اللواء [محمد] علي ان القوات علي الحدود', 'محمد'],
  ['على with its ى after a first name', 'وأكد [محمد] على ضرورة الحوار', 'محمد'],
  ['علي after a word no list holds as a first name', 'وقال [زيباري] علي هامش المؤتمر', 'زيباري'],
  ['علي when another name holds it', 'وقال [محمد] علي بابا على الحدود', 'محمد', ['علي']],
  ['a lone first name before a word with its own و', 'ابنه الأكبر [حامد] وأمته', 'حامد'],
  ['a lone first name before the next name of a list', 'وابنة [خالد] وريم', 'خالد'],
  ['a lone first name before a common word', 'وقال [محمد] الأسبوع الماضي', 'محمد'],
  ['a lone first name before a verb', 'وقال [محمد] يدعو إلى', 'محمد'],
  ['a lone first name before a title', 'وقال [محمد] الرئيس السابق', 'محمد'],
  ['a lone first name before a title in the accusative', 'وتم تعيين [سامي] مدربا للمنتخب', 'سامي'],
  ['a lone first name before رئيسا', 'واختير [وليد] رئيسا للجنة', 'وليد'],
  ['a verb with و before the name is not taken', 'وروى [خالد الحمود] القصة', 'خالد الحمود'],
  ['a list: the guess opens with its own و', 'جمال [وبسام شراب] وصلا', 'وبسام شراب'],
  ['a common word before the name', 'قال [محمد عدنان] إن', 'محمد عدنان'],
  ['a country adjective after the name', 'اللاعب [محمد عدنان] البحريني', 'محمد عدنان'],
  ['a word another name holds', 'ممثل جمال [ناصر البدر] إن', 'ناصر البدر', ['جمال']],
  ['a lone first name before the epithet of the Prophet', 'بالتعيين من [محمد] رسول الإسلام ،', 'محمد'],
];

describe('extendPerson', () => {
  it.each(CASES)('%s: %s', (_label, marked, expected, taken) => {
    expect(grow(marked, taken)).toBe(expected);
  });
});

describe('prepositionOnWord', () => {
  const CASES: [string, boolean][] = [
    ['بقذائف', true],
    ['لبلوغ', true],
    ['باجراء', true],
    // must not match: a listed name with or without its preposition, the article, short words
    ['لخافيير', false],
    ['بسام', false],
    ['لمحمد', false],
    ['البرادعي', false],
    ['بلد', false],
    ['كنزو', false],
  ];
  it.each(CASES)('%s → %s', (word, expected) => {
    expect(prepositionOnWord(cues, word)).toBe(expected);
  });
});

describe('withOrdinals', () => {
  const CASES: [string, string][] = [
    ['استقبل الملك [عبد الله] الثاني الوفد', 'عبد الله الثاني'],
    ['وصل الشيخ [حمد بن خليفة] الثاني إلى', 'حمد بن خليفة الثاني'],
    // must not grow: the ordinal counts something of a person named without a royal title or بن
    ['سجل هدف [ميسي] الثاني في المباراة', 'ميسي'],
    ['وقال [محمد علي] الثاني في الترتيب', 'محمد علي'],
  ];
  it.each(CASES)('%s → %s', (sentence, expected) => {
    const { doc, c } = marked(sentence, 'gazetteer');
    const [out] = withOrdinals(doc, [c]);
    expect(words(doc, out!)).toBe(expected);
  });

  const BARE: [string, boolean][] = [
    ['خلفه ابنه تحتمس [الثاني] ، وشقيقته', false],
    ['ولويس الثامن [عشر] وشارل', false],
    ['خطاب البابا [الرابع عشر] أمس', false],
    // must stay: a name with its ordinal, a name word alone
    ['استقبل الملك [عبد الله الثاني] الوفد', true],
    ['خلفه ابنه [تحتمس] الأول', true],
  ];
  it.each(BARE)('an ordinal alone is no guessed person: %s → kept %s', (sentence, kept) => {
    const { doc, c } = marked(sentence, 'tagger');
    expect(withOrdinals(doc, [c])).toHaveLength(kept ? 1 : 0);
  });
});
