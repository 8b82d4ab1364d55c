// Hand-kept corrections and additions applied by gen-gazetteer-open.ts to the open sources.
// Facts only (names, spellings, codes); each table says why it exists.

/** English names as English-language news writes them, where Natural Earth's NAME_EN is formal or odd. */
export const COUNTRY_EN: Record<string, string> = {
  US: 'United States',
  CN: 'China',
  BS: 'Bahamas',
  GM: 'Gambia',
  FM: 'Micronesia',
  CZ: 'Czech Republic',
  CD: 'Democratic Republic of the Congo',
  TL: 'East Timor',
  TR: 'Turkey',
  Q23681: 'Northern Cyprus',
};

/** Natural Earth marks a few countries with ISO_A2 -99; these are their codes (by Wikidata id). */
export const NE_ISO_FIX: Record<string, string> = { Q142: 'FR', Q20: 'NO', Q1246: 'XK' };

/**
 * Arabic spellings news uses for countries, beyond the sources' own names. Where a source is
 * wrong (world-countries swaps Angola's names and misspells Afghanistan and Serbia), the wrong
 * form is listed in COUNTRY_AR_DROP and the right one here.
 */
export const COUNTRY_AR: Record<string, string[]> = {
  US: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'],
  GB: ['المملكة المتحدة', 'بريطانيا', 'بريطانيا العظمى'],
  AE: ['الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات'],
  SA: ['السعودية', 'المملكة العربية السعودية', 'المملكة السعودية'],
  SY: ['سوريا', 'سورية', 'الجمهورية العربية السورية'],
  RU: ['روسيا', 'روسيا الاتحادية'],
  IR: ['إيران', 'الجمهورية الإسلامية الإيرانية'],
  IL: ['إسرائيل'],
  PS: ['فلسطين', 'دولة فلسطين', 'الأراضي الفلسطينية'],
  EG: ['مصر', 'جمهورية مصر العربية'],
  JO: ['الأردن', 'المملكة الأردنية الهاشمية'],
  LB: ['لبنان'],
  IQ: ['العراق'],
  YE: ['اليمن'],
  KW: ['الكويت', 'دولة الكويت'],
  QA: ['قطر', 'دولة قطر'],
  BH: ['البحرين', 'مملكة البحرين'],
  OM: ['عمان', 'عُمان', 'سلطنة عمان'],
  LY: ['ليبيا'],
  TN: ['تونس'],
  DZ: ['الجزائر'],
  MA: ['المغرب', 'المملكة المغربية'],
  MR: ['موريتانيا'],
  SD: ['السودان'],
  SO: ['الصومال'],
  TR: ['تركيا'],
  UA: ['أوكرانيا'],
  ES: ['إسبانيا', 'اسبانيا'],
  AF: ['أفغانستان', 'جمهورية أفغانستان الإسلامية'],
  AO: ['أنغولا', 'جمهورية أنغولا'],
  RS: ['صربيا', 'جمهورية صربيا'],
  CZ: ['التشيك', 'جمهورية التشيك', 'تشيكيا'],
  BY: ['بيلاروسيا', 'بيلاروس', 'روسيا البيضاء'],
  MD: ['مولدوفا', 'مولدافيا'],
  CD: ['الكونغو الديمقراطية', 'جمهورية الكونغو الديمقراطية'],
  CG: ['الكونغو برازافيل'],
  IE: ['أيرلندا', 'ايرلندا'],
  HU: ['المجر', 'هنغاريا'],
  MM: ['ميانمار', 'بورما'],
  CI: ['ساحل العاج', 'كوت ديفوار'],
  VN: ['فيتنام', 'فييتنام'],
  TH: ['تايلاند', 'تايلند'],
  NZ: ['نيوزيلندا', 'نيوزيلاندا'],
  AU: ['أستراليا', 'استراليا'],
  MK: ['مقدونيا الشمالية', 'مقدونيا'],
  DK: ['الدنمارك', 'الدانمارك'],
  ZA: ['جنوب أفريقيا', 'جنوب إفريقيا'],
  XK: ['كوسوفو'],
  BA: ['البوسنة والهرسك', 'البوسنة'],
  ME: ['الجبل الأسود', 'مونتينيغرو'],
  NL: ['هولندا', 'مملكة هولندا'],
  SV: ['السلفادور'],
  PA: ['بنما', 'باناما'],
  KP: ['كوريا الشمالية'],
  KR: ['كوريا الجنوبية'],
  TW: ['تايوان'],
  VA: ['الفاتيكان', 'مدينة الفاتيكان'],
  TM: ['تركمانستان', 'تركمانيا'],
  GI: ['جبل طارق'],
  UZ: ['أوزبكستان'],
  KG: ['قيرغيزستان', 'قرغيزستان'],
  ET: ['إثيوبيا', 'اثيوبيا'],
  PH: ['الفلبين'],
};

/** Source forms that are wrong for the country they are listed under. */
export const COUNTRY_AR_DROP = new Set([
  'جمهورية أففانستان الإسلامية',
  'صيربيا',
  'جمهورية صيربيا',
  'أوزباكستان',
  'جمهورية أوزباكستان',
  'الكونغو',
  'غويانا',
  'جزر العذراء',
  'المسكيك',
]);

/** Country forms that are also common words (مالي "financial", بنين "boys", المغرب "sunset prayer"). */
export const COUNTRY_AMBIGUOUS: Record<string, string[]> = { ML: ['مالي'], BJ: ['بنين'], MA: ['المغرب'], TG: ['توغو'] };

/** Newsmap terms (not patterns) that are country names; its other bare terms are cities. */
export const NEWSMAP_COUNTRY_TERMS = new Set([
  'كوت ديفوار',
  'جزر العذراء التابعة للولايات المتحدة',
  'باناما',
  'تركمانيا',
  'جمهورية لاو الديمقراطية الشعبية',
  'بورما',
  'فييت نام',
  'بيلاروس',
  'هنغاريا',
  'جزر آلاند',
  'مملكة الدانمارك',
  'جزر فاروس',
  'بريطانيا',
  'جزر سفالبارد وجان ماين',
  'البوسنة',
  'جبرلتار',
  'مونتينيغرو',
  'مقدونيا',
  'مملكة الأراضي المنخفضة',
  'جزر واليس وفوتونا',
]);

/**
 * Demonym bases that newsmap lacks or derives wrongly (its `بوليفياي*` style patterns are
 * dropped by the generator); masculine singular, without the article.
 */
export const DEMONYM_EXTRA: Record<string, string[]> = {
  US: ['أميركي', 'أمريكي'],
  AM: ['أرمني'],
  HU: ['مجري'],
  KZ: ['كازاخي', 'كازاخستاني'],
  UZ: ['أوزبكي'],
  MD: ['مولدوفي'],
  CU: ['كوبي'],
  VE: ['فنزويلي'],
  CO: ['كولومبي'],
  CL: ['تشيلي'],
  PE: ['بيروفي'],
  BO: ['بوليفي'],
  NZ: ['نيوزيلندي'],
  ID: ['إندونيسي'],
  VN: ['فيتنامي'],
  CD: ['كونغولي'],
  ET: ['إثيوبي'],
  SS: ['جنوب سوداني'],
  KR: ['كوري جنوبي'],
  KP: ['كوري شمالي'],
  MX: ['مكسيكي'],
  BR: ['برازيلي'],
  AR: ['أرجنتيني'],
  SO: ['صومالي'],
  MA: ['مغربي'],
  DZ: ['جزائري'],
  JO: ['أردني'],
  IQ: ['عراقي'],
  SA: ['سعودي'],
  AE: ['إماراتي'],
  QA: ['قطري'],
  KW: ['كويتي'],
  BH: ['بحريني'],
  YE: ['يمني'],
  SD: ['سوداني'],
  CN: ['صيني'],
  JP: ['ياباني'],
  IN: ['هندي'],
  PH: ['فلبيني'],
  EC: ['إكوادوري'],
  AT: ['نمساوي'],
  DK: ['دنماركي'],
  NO: ['نرويجي'],
  SE: ['سويدي'],
  GR: ['يوناني'],
  PT: ['برتغالي'],
  CZ: ['تشيكي'],
  SN: ['سنغالي'],
  NE: ['نيجري'],
  CM: ['كاميروني'],
  GA: ['غابوني'],
  UY: ['أوروغوياني'],
  TH: ['تايلاندي'],
};

/** Newsmap demonym bases that are common words (مالي "financial") or misspelt. */
export const DEMONYM_DROP = new Set(['مالي', 'بيروي', 'تشيليي', 'باراغواي', 'براهماديشي']);

/** Natural Earth rows whose English name does not match their Wikidata id and Arabic name. */
export const NE_PLACE_FIX: Record<string, { en?: string; country?: string; ar?: string[] }> = {
  Q193802: { en: 'Oujda' },
  Q47837: { en: 'Laayoune', country: 'EH' },
  Q28587: { ar: ['همدان'] },
  Q239: { ar: ['بروكسل'] },
};

/** English names news uses for organisations whose formal name it rarely writes. */
export const IGO_EN: Record<string, string> = {
  Q7184: 'NATO',
  Q7795: 'OPEC',
  Q740308: 'UNICEF',
  Q7809: 'UNESCO',
  Q8475: 'Interpol',
  Q7768: 'ASEAN',
  Q846656: 'UNRWA',
  Q7172: 'Arab League',
};

/** Arabic forms news uses for the same organisations, beyond the source's one name. */
export const IGO_AR: Record<string, string[]> = {
  Q7184: ['الناتو', 'حلف الناتو', 'حلف شمال الأطلسي', 'حلف الأطلسي', 'الحلف الأطلسي', 'منظمة حلف شمال الأطلسي'],
  Q7795: ['أوبك', 'منظمة أوبك', 'منظمة الدول المصدرة للنفط', 'منظمة البلدان المصدرة للنفط'],
  Q740308: ['يونيسف', 'اليونيسف', 'يونيسيف', 'اليونيسيف', 'منظمة الأمم المتحدة للطفولة'],
  Q7809: ['يونسكو', 'اليونسكو', 'منظمة الأمم المتحدة للتربية والعلم والثقافة'],
  Q8475: ['الإنتربول', 'الانتربول'],
  Q7768: ['آسيان', 'رابطة دول جنوب شرق آسيا'],
  Q846656: ['الأونروا', 'أونروا'],
  Q7172: ['الجامعة العربية'],
  Q7804: ['صندوق النقد الدولي'],
  Q7817: ['منظمة الصحة العالمية'],
  Q7801: ['محكمة العدل الدولية'],
  Q8880: ['المفوضية الأوروبية'],
  Q8889: ['البرلمان الأوروبي'],
};

/** Org_family values of the supraverden list, as a short English description. */
export const IGO_FAMILY_DESC: Record<string, string> = {
  'EU institutions and bodies': 'European Union institution',
  'UN and affiliates': 'United Nations body',
  'African Union entities': 'African Union body',
  'Arab League entities': 'Regional organisation of Arab states',
};

/** Descriptions for places whose status the sources' flags get wrong or leave out. */
export const COUNTRY_DESC: Record<string, string> = {
  PS: 'State in Western Asia',
  AQ: 'Continent around the South Pole',
  TW: 'Self-governing island state in Eastern Asia',
  XK: 'Partially recognised country in Southern Europe',
  EH: 'Disputed territory in Northern Africa',
  HK: 'Special administrative region of China',
  MO: 'Special administrative region of China',
  Q34754: 'Self-declared state in Eastern Africa',
  Q23681: 'Self-declared state in Western Asia',
};
