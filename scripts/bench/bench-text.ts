// The bench's text: about N bytes of generated Arabic news-like sentences (people, places,
// organisations, titles, dates in several calendars and forms), the same for a given seed, so every
// bench and the engine-output check read the same words. Written for this project.
// Deterministic pseudo-random numbers (mulberry32), so every run reads the same text.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + Math.imul(t ^ (t >>> 14), 71 | t));
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  'فلاديمير بوتين',
  'جو بايدن',
  'أولاف شولتس',
  'رجب طيب أردوغان',
  'عبد الفتاح السيسي',
  'إيمانويل ماكرون',
  'سامح شكري',
  'خالد العبيدي',
  'ليلى المنصوري',
  'يوسف الحداد',
  'مارك روته',
  'أنطونيو غوتيريش',
];
const PLACES = [
  'القاهرة',
  'بغداد',
  'دمشق',
  'الرياض',
  'موسكو',
  'واشنطن',
  'باريس',
  'غزة',
  'الخرطوم',
  'طرابلس',
  'كييف',
  'بيروت',
  'عمّان',
  'الدوحة',
  'أنقرة',
  'طهران',
];
const ORGS = [
  'الأمم المتحدة',
  'حلف شمال الأطلسي',
  'الاتحاد الأوروبي',
  'صندوق النقد الدولي',
  'منظمة الصحة العالمية',
  'جامعة الدول العربية',
  'حركة حماس',
  'وكالة رويترز',
];
const NISBA = ['الروسية', 'الأميركية', 'المصرية', 'التركية', 'الفرنسية', 'السعودية'];
const TITLES = ['الرئيس', 'وزير الخارجية', 'رئيس الوزراء', 'المتحدث باسم الحكومة', 'السفير', 'الجنرال'];
const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
];
const DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];

type Pick = <T>(xs: readonly T[]) => T;
const TEMPLATES: ((p: Pick, n: () => number) => string)[] = [
  (p) => `قال ${p(TITLES)} ${p(PEOPLE)} في ${p(PLACES)} يوم ${p(DAYS)} إن المحادثات مع ${p(ORGS)} كانت بناءة.`,
  (p, n) =>
    `أعلنت الخارجية ${p(NISBA)} في بيان صدر في ${(n() % 28) + 1} ${p(MONTHS)} ${2000 + (n() % 25)} ` +
    `أن الوفد سيزور ${p(PLACES)} الأسبوع المقبل.`,
  (p, n) => `وأضاف ${p(PEOPLE)} أن ${(n() % 900) + 100} شخص على الأقل قتلوا في القصف على ${p(PLACES)} منذ مطلع العام.`,
  (p) =>
    `وذكرت ${p(ORGS)} أن الوضع الإنساني في ${p(PLACES)} وبـ${p(PLACES)} يزداد سوءا، داعية إلى وقف فوري لإطلاق النار.`,
  (p, n) =>
    `وفي ${p(MONTHS)} الماضي، التقى ${p(PEOPLE)} نظيره ${p(PEOPLE)} على هامش قمة ${p(ORGS)} ` +
    `التي عقدت في ${p(PLACES)} عام ${1990 + (n() % 34)}.`,
  (p, n) => `ارتفع سعر برميل النفط بنسبة ${n() % 9}.${n() % 10} بالمئة، بحسب بيانات نشرتها ${p(ORGS)} أمس.`,
  (p) =>
    `ونقلت وكالة الأنباء ${p(NISBA)} عن مصدر مسؤول قوله إن ${p(TITLES)} ${p(PEOPLE)} ` +
    `سيتوجه إلى ${p(PLACES)} للمشاركة في المؤتمر.`,
  (p, n) =>
    `وكان ${p(PEOPLE)} قد صرح في ${(n() % 28) + 1}/${(n() % 12) + 1}/${2010 + (n() % 14)} ` +
    `بأن العلاقات بين ${p(PLACES)} و${p(PLACES)} تمر بمرحلة صعبة.`,
  (p) => `من جهته، أكد المحلل السياسي ${p(PEOPLE)} أن ${p(ORGS)} لا تملك أدوات ضغط كافية على الأطراف المتحاربة.`,
  (p) =>
    `وتظاهر آلاف في شوارع ${p(PLACES)} احتجاجا على غلاء المعيشة، ` +
    `فيما انتشرت قوات الأمن ${p(NISBA)} في الساحات الرئيسية.`,
];

export function generateText(bytes: number, seed = 42): string {
  const r = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const n = () => Math.floor(r() * 1_000_000);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const para: string[] = [];
    for (let k = 0; k < 4; k++) para.push(pick(TEMPLATES)(pick, n));
    const s = para.join(' ') + '\n\n';
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}
