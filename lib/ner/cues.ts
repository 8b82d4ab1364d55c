// Cue words for recognising names that are not in the gazetteer. Written unnormalised (as news
// writes them) and normalised once at load. Used as features by the learned model and as triggers
// by the rules in ./triggers.ts.

import { normalizeText } from '../text/normalize';
import common from './common-words.generated.json';
import names from './given-names.generated.json';

export type CueType = 'title' | 'place' | 'organization';

/** Titles and roles that precede a person's name (the title is not part of the span). */
export const TITLE_CUES = [
  'الرئيس', 'رئيس', 'الرئيسة', 'رئيسة', 'الجنرال', 'وزير', 'وزيرة', 'الوزير', 'الوزيرة', 'رئيس الوزراء',
  'رئيسة الوزراء', 'نائب الرئيس', 'المتحدث باسم', 'المتحدثة باسم', 'الناطق باسم', 'الناطقة باسم', 'الناطق الرسمي باسم', 'الناطقة الرسمية باسم',
  'المتحدث الرسمي باسم', 'المتحدثة الرسمية باسم', 'متحدث باسم', 'متحدثة باسم', 'ناطق باسم', 'متحدث رسمي باسم', 'المتحدث',
  'الناطق', 'المحلل', 'الشيخ', 'الأمير', 'الأميرة', 'الملك', 'الملكة', 'العاهل', 'السفير', 'سفير', 'النائب',
  'نائب', 'القائد', 'قائد', 'المبعوث', 'مبعوث', 'المدير', 'مدير', 'الزعيم', 'زعيم', 'المستشار', 'مستشار',
  'الأمين العام', 'أمين عام', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'البروفيسور', 'اللواء', 'العميد',
  'العقيد', 'المشير', 'الأدميرال', 'الإمام', 'البابا', 'آية الله', 'الحاخام', 'القس', 'المرشح', 'المرشحة',
  'اللاعب', 'اللاعبة', 'المدرب', 'المهاجم', 'الحارس', 'النجم', 'النجمة', 'الفنان', 'الفنانة', 'الممثل',
  'الممثلة', 'المخرج', 'المغني', 'المطرب', 'المطربة', 'الكاتب', 'الكاتبة', 'الروائي', 'الشاعر', 'الصحفي',
  'الصحفية', 'المراسل', 'الباحث', 'الأستاذ', 'الخبير', 'المفوض', 'الحاكم', 'المحافظ', 'رئيس الحكومة',
  'رئيس الأركان', 'ولي العهد', 'السلطان', 'الجنرال المتقاعد', 'المدعي العام', 'القاضي', 'المحامي',
  'النائبة', 'السفيرة', 'المستشارة', 'ممثل', 'مندوب', 'المندوب', 'الكاردينال', 'المطران', 'البطريرك',
  'الحاج', 'الحاجة',
  // sport, letters and the arts, religion, the ranks
  'العداء', 'العداءة', 'الملاكم', 'المصارع', 'الدراج', 'البطل', 'البطلة', 'لاعب', 'لاعبة', 'مدرب', 'مهاجم', 'المدافع',
  'الإمبراطور', 'الإمبراطورة', 'الشاه', 'الأسقف', 'المفتي', 'الداعية', 'الرسام', 'الموسيقار', 'الملحن', 'المؤرخ',
  'الفيلسوف', 'المغنية', 'المصور', 'الناشط', 'الناشطة', 'القيادي', 'الرقيب', 'النقيب', 'الملازم', 'المفتش', 'الجندي',
  'الأسير', 'الأسيرة', 'الراحل', 'الراحلة', 'الأديب', 'الأديبة',
  // kin and peers, with the pronoun that ties them to someone just named
  'نظيره', 'نظيرها', 'زميله', 'زميلها', 'مواطنه', 'مواطنها', 'نجل', 'نجلة', 'ابنه', 'ابنته', 'ابنها', 'ابنتها',
  'زوجته', 'زوجها', 'زوجة', 'أرملة', 'شقيقه', 'شقيقها', 'شقيقته', 'شقيق', 'شقيقة', 'والده', 'والدته', 'والدها',
];

/** Nouns that precede a place name (the noun is not part of the span). */
export const PLACE_CUES = [
  'مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'منطقة', 'مخيم', 'العاصمة', 'إقليم', 'مقاطعة', 'جزيرة',
  'ميناء', 'حي', 'ضاحية', 'بلدية', 'قضاء', 'ناحية', 'نهر', 'جبل', 'بحيرة', 'صحراء',
  // duals and plurals before the first of a list: مدينتي الهرمل وبعلبك, بلدات بيت لاهيا وجباليا
  'مدينتي', 'مدينتا', 'بلدتي', 'بلدتا', 'قريتي', 'قريتا', 'محافظتي', 'محافظتا', 'مدن', 'بلدات', 'قرى', 'محافظات',
];

/** Nouns that announce an organisation name; triggers.ts says which stay in the span (حزب العمال) and which not (صحيفة الأهرام). */
export const ORG_CUES = [
  'حركة', 'وكالة', 'شركة', 'جامعة', 'حزب', 'جماعة', 'منظمة', 'مؤسسة', 'جمعية', 'مجلس', 'هيئة', 'وزارة',
  'صحيفة', 'قناة', 'نادي', 'فريق', 'بنك', 'تنظيم', 'مصرف', 'اتحاد', 'رابطة', 'لجنة', 'محكمة', 'مجموعة',
  'مركز', 'معهد', 'جبهة', 'ائتلاف', 'تحالف', 'كتائب', 'ميليشيا', 'إذاعة', 'مجلة', 'مستشفى', 'أكاديمية',
  'جريدة', 'تلفزيون', 'فضائية',
];

/**
 * Words of today's news that the 2006 corpus behind common-words.generated.json rarely has, and
 * that look like foreign names to the tagger: events, diseases, platforms and borrowed nouns.
 */
export const NEWS_WORDS = [
  'ديربي', 'الديربي', 'كلاسيكو', 'الكلاسيكو', 'مونديال', 'المونديال', 'كورونا', 'كوفيد', 'إيبولا', 'الإنترنت',
  'إنترنت', 'أولمبياد', 'الأولمبياد', 'بلاي', 'أوف', 'الفار', 'بودكاست', 'فيديو', 'الفيديو', 'درون',
  'مسيرة', 'تريند', 'أونلاين', 'بيتكوين', 'البيتكوين', 'الميتافيرس', 'الذكاء', 'ماراثون', 'الماراثون', 'رالي',
];

/** Words that are never part of a name and stop a rule's span (function words, reporting verbs, time words). */
export const STOP_WORDS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'إن', 'أن', 'ان', 'أنه', 'إنه', 'لا', 'لم', 'لن', 'قد', 'ما',
  'هو', 'هي', 'هم', 'الذي', 'التي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'يكون', 'قال',
  'قالت', 'يقول', 'تقول', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أشار', 'يوم', 'أمس',
  'اليوم', 'خلال', 'بعد', 'قبل', 'منذ', 'حتى', 'أو', 'ثم', 'بل', 'كل', 'بين', 'عند', 'نفسه', 'نفسها',
  'أيضا', 'حيث', 'لكن', 'غير', 'عبر', 'وفق', 'ضد', 'حول', 'نحو', 'دون', 'كما', 'إذ', 'إذا', 'لو', 'فقط',
  'يزور', 'زار', 'التقى', 'يلتقي', 'استقبل', 'دعا', 'طالب', 'وصل', 'غادر', 'بحث', 'ناقش', 'أجرى', 'وقع',
  'يرى', 'أمر', 'رفض', 'حذر', 'شدد', 'اعتبر', 'أشاد', 'هنأ', 'وعد', 'تعهد', 'أمام', 'لدى', 'عقب', 'إثر',
  'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الماضي', 'المقبل', 'الجاري',
  'الحالي', 'السابق', 'الأسبق', 'الجديد', 'إنها', 'أنها', 'بأن', 'لأن', 'كيف', 'متى', 'أين', 'هل', 'سوف',
  'وقال', 'وأضاف', 'وأكد', 'ليس', 'ليست', 'عام', 'جميع', 'بعض', 'أحد', 'إحدى', 'عدة', 'عدد',
];

/** Foreign name endings that mark a person (لافروف, ميدفيديف, زيلينسكي, تيموشينكو, ميلوسيفيتش). */
export const FOREIGN_PERSON_ENDINGS: readonly { suffix: string; minLength: number }[] = [
  { suffix: 'وف', minLength: 6 },
  { suffix: 'وفا', minLength: 6 },
  { suffix: 'يف', minLength: 6 },
  { suffix: 'يفا', minLength: 6 },
  { suffix: 'سكي', minLength: 5 },
  { suffix: 'سكايا', minLength: 6 },
  { suffix: 'ينكو', minLength: 6 },
  { suffix: 'يتش', minLength: 6 },
  { suffix: 'شفيلي', minLength: 6 },
];
/** Arabic words with those endings (passive participles, broken plurals). */
export const FOREIGN_ENDING_EXCEPTIONS = [
  'معروف', 'مصروف', 'مكشوف', 'مخطوف', 'محذوف', 'مألوف', 'موقوف', 'الوقوف', 'ظروف', 'صفوف', 'حروف',
  'ضيوف', 'سيوف', 'كهوف', 'ألوف', 'خروف', 'تصنيف', 'تكييف', 'توظيف', 'تخفيف', 'تعريف', 'تكاليف',
  'ضعيف', 'لطيف', 'نظيف', 'شريف', 'رغيف', 'طفيف', 'عنيف', 'تأليف', 'مصاريف', 'وظيف',
];

const norm = (list: readonly string[]): string[] => list.map(normalizeText);

export interface CueLexicon {
  /** Single-token cues by their definite/bare form (see stem.ts), e.g. 'الرييس' → title. */
  single: Map<string, CueType>;
  /** Multi-token cues: first token → list of full token sequences with their type. */
  phrases: Map<string, { tokens: string[]; type: CueType }[]>;
  stop: Set<string>;
  /** Frequent words that are almost never inside a name (from news data): rules stop a person or place at them. */
  common: Set<string>;
  given: Set<string>;
  family: Set<string>;
  names: Set<string>;
  foreignEndings: readonly { suffix: string; minLength: number }[];
  foreignExceptions: Set<string>;
}

export function buildCueLexicon(): CueLexicon {
  const newsWords = new Set(norm(NEWS_WORDS));
  const single = new Map<string, CueType>();
  const phrases = new Map<string, { tokens: string[]; type: CueType }[]>();
  const add = (list: readonly string[], type: CueType): void => {
    for (const cue of norm(list)) {
      const tokens = cue.split(' ');
      if (tokens.length === 1) single.set(cue, type);
      else {
        const l = phrases.get(tokens[0]!) ?? [];
        l.push({ tokens, type });
        phrases.set(tokens[0]!, l);
      }
    }
  };
  add(TITLE_CUES, 'title');
  add(PLACE_CUES, 'place');
  add(ORG_CUES, 'organization');
  for (const l of phrases.values()) l.sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    single,
    phrases,
    stop: new Set(norm(STOP_WORDS)),
    common: new Set([...common.words, ...newsWords]),
    given: new Set(names.given),
    family: new Set(names.family),
    // كورونا is also a surname in the name-pair data; on a news page it is the virus.
    names: new Set(names.names.filter((w) => !newsWords.has(w))),
    foreignEndings: FOREIGN_PERSON_ENDINGS.map((e) => ({ suffix: normalizeText(e.suffix), minLength: e.minLength })),
    foreignExceptions: new Set(norm(FOREIGN_ENDING_EXCEPTIONS)),
  };
}

let shared: CueLexicon | null = null;
/** The lexicon built from the lists above (built once). */
export function cueLexicon(): CueLexicon {
  shared ??= buildCueLexicon();
  return shared;
}

/**
 * A per-word answer about a lexicon, remembered per lexicon and word (news repeats its words);
 * each lexicon's memory is emptied once it holds 50,000 words.
 */
export function memoPerWord<T>(compute: (lex: CueLexicon, word: string) => T): (lex: CueLexicon, word: string) => T {
  const memo = new WeakMap<CueLexicon, Map<string, T>>();
  return (lex, word) => {
    let m = memo.get(lex);
    if (!m) memo.set(lex, (m = new Map()));
    let v = m.get(word);
    if (v === undefined) {
      if (m.size > 50_000) m.clear();
      v = compute(lex, word);
      m.set(word, v);
    }
    return v;
  };
}
