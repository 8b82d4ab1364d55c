// Hand-curated date vocabulary that CLDR lacks: news spellings of month names and the small words
// the finder's grammar needs. Written as news writes them; the lexicon normalises every entry
// (so أغسطس, اغسطس and أغسطُس are one key, and ة/ه, ى/ي are folded).

/** Extra Gregorian month spellings, index 0 = January. */
export const EXTRA_GREGORIAN_MONTHS: readonly (readonly string[])[] = [
  ['كانون ثاني', 'ينايِر'],
  ['فبرير', 'فبرایر'],
  ['مارِس'],
  ['ابريل', 'إبريل'],
  ['مايُو'],
  ['يونيه', 'يونية'],
  ['يوليه', 'يولية', 'جويليه'],
  ['اغسطس', 'أغسطُس', 'آوت'],
  ['سيبتمبر', 'ايلول'],
  ['اكتوبر', 'تشرين أول', 'أكتوبَر'],
  ['تشرين ثاني', 'نوڤمبر', 'نوفمبَر'],
  ['كانون أول', 'ديسيمبر'],
];

/** Extra Hijri month spellings, index 0 = Muharram. */
export const EXTRA_HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['المحرم'],
  ['صفر الخير'],
  ['ربيع أول', 'ربيع الاول'],
  ['ربيع الثاني', 'ربيع ثاني', 'ربيع الآخِر'],
  ['جمادى الأول', 'جمادى أولى'],
  ['جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني', 'جمادى ثانية'],
  ['رجب الفرد'],
  ['شعبان المعظم'],
  ['رمضان المبارك'],
  ['شوّال'],
  ['ذي القعدة', 'ذا القعدة'],
  ['ذي الحجة', 'ذا الحجة'],
];

/**
 * Month spellings that are also ordinary words once normalised (آب and أب "father" both become
 * اب; مارس is also the verb "practised"): they count only with a day, a year, a pair or a modifier.
 */
export const AMBIGUOUS_MONTHS: readonly string[] = ['آب'];
// Other month names that are also words (مارس "practised", نيسان the car maker, تموز in حرب تموز)
// are safe enough under the general rule: a bare month needs a context word (في مارس).
// Hijri month names are also given names or words (رمضان قديروف, رجب طيب أردوغان, صفر "zero"):
// the grammar never takes a bare Hijri month, only with a day, a year, شهر or a modifier.

/** Weekday extras, index 0 = Sunday. */
export const EXTRA_WEEKDAYS: readonly (readonly string[])[] = [[], ['الإثنين', 'الأثنين'], [], [], [], [], []];

/** Weekdays that are also common words: الاثنين "the two" (كلا الاثنين) needs يوم, a time word or a modifier. */
export const AMBIGUOUS_WEEKDAYS: readonly number[] = [1];

/** Words after a month, week, month or year noun, with the offset they give. */
export const MODIFIERS: readonly { text: string; offset: number }[] = [
  ...['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'المنقضي', 'المنقضية'].map((text) => ({
    text,
    offset: -1,
  })),
  ...['المقبل', 'المقبلة', 'القادم', 'القادمة'].map((text) => ({ text, offset: 1 })),
  ...['الجاري', 'الجارية', 'الحالي', 'الحالية'].map((text) => ({ text, offset: 0 })),
];

/** Nouns of relative units (الأسبوع الماضي, العام المقبل). */
export const UNIT_NOUNS: readonly { text: string; unit: 'week' | 'month' | 'year' }[] = [
  { text: 'الأسبوع', unit: 'week' },
  { text: 'الشهر', unit: 'month' },
  { text: 'العام', unit: 'year' },
  { text: 'السنة', unit: 'year' },
];

/** هذا الشهر, هذه السنة = offset 0. */
export const DEMONSTRATIVES: readonly string[] = ['هذا', 'هذه'];

/** Fixed day-relative phrases (CLDR has أمس, أول أمس, اليوم, غدًا, بعد الغد). */
export const EXTRA_DAY_RELATIVE: readonly { text: string; offset: number }[] = [
  { text: 'الأمس', offset: -1 },
  { text: 'أمس الأول', offset: -2 },
  { text: 'أول من أمس', offset: -2 },
  { text: 'غداً', offset: 1 },
  { text: 'بعد غد', offset: 2 },
];

/** Words before a year number that make it a year mention and belong to its span. */
export const YEAR_NOUNS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي'];

/** Prepositions that belong to the span (the project's gold writes منذ 2019 as one mention). */
export const SPAN_PREPOSITIONS: readonly string[] = ['منذ'];

/**
 * Words before a bare year or a bare month name that make it a date; they stay outside the span.
 * A year needs one of these (or a year noun, منذ, or an era marker): "2019 صاروخا" is a count.
 */
export const CONTEXT_WORDS: readonly string[] = [
  'في',
  'خلال',
  'حتى',
  'بحلول',
  'قبل',
  'بعد',
  'مطلع',
  'أوائل',
  'أواخر',
  'أواسط',
  'منتصف',
  'نهاية',
  'بداية',
  'مستهل',
  'ابتداء',
  'اعتبارا',
  'حلول',
  'غضون',
  'طيلة',
  'طوال',
  'منذ',
  'فترة',
  'الفترة',
];

/** Month noun before a month name (شهر أغسطس): part of the span, and enough context on its own. */
export const MONTH_NOUNS: readonly string[] = ['شهر', 'شهري'];

/** Era markers after a year: هـ (tatweel is removed by normalisation, leaving ه), م. */
export const HIJRI_MARKERS: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'الهجري', 'الهجرية', 'للهجرة'];
export const GREGORIAN_MARKERS: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'الميلادي', 'الميلادية', 'للميلاد'];

/** Words before a weekday that make even an ambiguous weekday a day; يوم also belongs to the span. */
export const WEEKDAY_CUES: readonly string[] = [
  'يوم',
  'صباح',
  'مساء',
  'ليلة',
  'ليل',
  'فجر',
  'ظهر',
  'عصر',
  'نهار',
  'منذ',
];

/** Words before اليوم that make it "that day" / "the same day", not today. */
export const NOT_TODAY_BEFORE: readonly string[] = ['ذلك', 'نفس', 'ذات', 'هذا', 'مثل', 'طوال', 'طيلة'];

/** Connectors between two years (عامي 2019 و2020, بين 2010 و2015). */
export const YEAR_CONNECTORS: readonly string[] = ['و', 'الى', 'إلى', 'حتى', 'او', 'أو', '-', '–', '/'];

/** Counted-noun endings in ا that are adverbs, not tamyiz: "في 2019 أيضا" is still a year. */
export const ADVERBS_IN_ALIF: readonly string[] = [
  'أيضا',
  'تقريبا',
  'مثلا',
  'تحديدا',
  'أساسا',
  'مجددا',
  'مجدداً',
  'أيضاً',
  'لاحقا',
  'سابقا',
  'رسميا',
  'فعليا',
  'تماما',
];

/** Nouns counted by a number (قبل 2000 عام, 2019 شخص): the number before them is not a year. */
export const COUNT_NOUNS: readonly string[] = [
  'عام',
  'سنة',
  'يوم',
  'شهر',
  'أسبوع',
  'ساعة',
  'دقيقة',
  'مرة',
  'شخص',
  'نسمة',
  'جندي',
  'قتيل',
  'جريح',
  'لاجئ',
  'دولار',
  'يورو',
  'جنيه',
  'ريال',
  'درهم',
  'دينار',
  'ليرة',
  'ألف',
  'مليون',
  'مليار',
  'كيلومتر',
  'كلم',
  'متر',
  'طن',
  'برميل',
  'صاروخ',
  'طائرة',
  'منزل',
  'وحدة',
  'عنصر',
  'مقاتل',
  'طفل',
  'امرأة',
  'رجل',
];
