// How English-language news writes names it has no list for (written for this project):
// the spelling of common given names by the region of the story, and the English order of a
// body or place named by a head noun (بلدية البيرة → "Al-Bireh Municipality").

import type { Meaning } from './body-meanings';

/** Regions whose English press spells Arabic given names alike. */
export type Region = 'levant' | 'egypt' | 'gulf' | 'iraq' | 'maghreb';

const REGION_OF: Record<string, Region> = {
  LB: 'levant',
  SY: 'levant',
  JO: 'levant',
  PS: 'levant',
  EG: 'egypt',
  SD: 'egypt',
  SA: 'gulf',
  AE: 'gulf',
  KW: 'gulf',
  QA: 'gulf',
  BH: 'gulf',
  OM: 'gulf',
  YE: 'gulf',
  IQ: 'iraq',
  MA: 'maghreb',
  DZ: 'maghreb',
  TN: 'maghreb',
  LY: 'maghreb',
  MR: 'maghreb',
};

/** The region of an ISO 3166-1 country code, or null outside the Arabic-speaking press. */
export function regionOf(country: string | null | undefined): Region | null {
  return (country && REGION_OF[country]) || null;
}

/**
 * Common given names as news spells them: [default, then per-region exceptions]. The default is
 * the spelling wire services use most; a region overrides it where its press agrees on another
 * (Egypt's Mohamed, the Gulf's Khalid). Keys are written as news writes them and normalised by
 * the caller.
 */
const GIVEN: Record<string, [string, Partial<Record<Region, string>>?]> = {
  'محمد': ['Mohammed', { egypt: 'Mohamed', maghreb: 'Mohamed', levant: 'Mohammad' }],
  'أحمد': ['Ahmed', { levant: 'Ahmad' }],
  'محمود': ['Mahmoud'],
  'علي': ['Ali'],
  'حسن': ['Hassan'],
  'حسين': ['Hussein'],
  'عمر': ['Omar'],
  'عثمان': ['Osman', { gulf: 'Othman', iraq: 'Othman', maghreb: 'Othmane' }],
  'خالد': ['Khaled', { gulf: 'Khalid', iraq: 'Khalid' }],
  'إبراهيم': ['Ibrahim'],
  'يوسف': ['Youssef', { gulf: 'Yousef', iraq: 'Yousif' }],
  'مصطفى': ['Mustafa', { egypt: 'Mostafa', maghreb: 'Mustapha' }],
  'صالح': ['Saleh'],
  'سالم': ['Salem'],
  'سعيد': ['Saeed', { egypt: 'Said', maghreb: 'Said' }],
  'سعد': ['Saad'],
  'فهد': ['Fahad'],
  'فيصل': ['Faisal'],
  'ناصر': ['Nasser', { maghreb: 'Nacer' }],
  'جمال': ['Jamal', { egypt: 'Gamal' }],
  'أسامة': ['Osama', { egypt: 'Osama', levant: 'Usama' }],
  'طارق': ['Tarek', { gulf: 'Tariq', iraq: 'Tariq' }],
  'هشام': ['Hisham', { egypt: 'Hesham', maghreb: 'Hicham' }],
  'رشيد': ['Rashid', { maghreb: 'Rachid' }],
  'شكيب': ['Shakib', { maghreb: 'Chakib' }],
  'عزيز': ['Aziz'],
  'نجيب': ['Najib'],
  'وليد': ['Walid'],
  'عادل': ['Adel'],
  'كريم': ['Karim'],
  'ماجد': ['Majed', { gulf: 'Majid', iraq: 'Majid' }],
  'راشد': ['Rashid', { gulf: 'Rashed' }],
  'سلطان': ['Sultan'],
  'حمد': ['Hamad'],
  'حامد': ['Hamed', { iraq: 'Hamid' }],
  'ياسر': ['Yasser'],
  'سمير': ['Samir'],
  'يحيى': ['Yahya'],
  'مريم': ['Maryam'],
  'فاطمة': ['Fatima', { egypt: 'Fatma' }],
  'عائشة': ['Aisha'],
  'زينب': ['Zainab', { egypt: 'Zeinab', levant: 'Zeinab' }],
  'خديجة': ['Khadija'],
  'نور': ['Nour'],
  // The name-pair table spells these as one country's press or another language does (Qemali,
  // Lamine, Naceur); the press of each region writes them so:
  'أمين': ['Amin', { maghreb: 'Amine' }],
  'كمال': ['Kamal', { maghreb: 'Kamel' }],
  'لؤي': ['Louay'],
  'طاهر': ['Taher', { maghreb: 'Tahar' }],
  'هادي': ['Hadi', { maghreb: 'Hedi' }],
  'صادق': ['Sadiq', { egypt: 'Sadek', levant: 'Sadek', maghreb: 'Sadok' }],
  'سليمان': ['Suleiman', { egypt: 'Soliman', maghreb: 'Slimane' }],
  'داود': ['Daoud', { gulf: 'Dawood', iraq: 'Dawood' }],
  'أشرف': ['Ashraf', { maghreb: 'Achraf' }],
  'بشار': ['Bashar', { maghreb: 'Bachar' }],
  'منى': ['Mona', { maghreb: 'Mouna' }],
  'سمية': ['Sumaya', { egypt: 'Somaya', maghreb: 'Soumaya' }],
  'أمينة': ['Amina'],
  'رشدي': ['Rushdi', { egypt: 'Roshdy', maghreb: 'Rochdi' }],
  'جودت': ['Jawdat'],
  'إدريس': ['Idris', { maghreb: 'Driss' }],
  'عيسى': ['Issa'],
};

/** The Maghreb countries whose press writes names the French way (Libya's writes them the English way). */
const FRENCH_PRESS = new Set(['MA', 'DZ', 'TN', 'MR']);

export function frenchPress(country: string | null | undefined): boolean {
  return !!country && FRENCH_PRESS.has(country);
}

/**
 * The French-style spelling of the Maghreb's press for a word the table or the model spelled in
 * the English style: ش is ch (Hicham, Chakib), a u is ou (Mourad, Bouteflika), ق is k (Abdelkader),
 * and in Algeria ج is dj (Djamel, Abdelmadjid). Only letters the Arabic word has are respelled, so
 * the sh of س+ه or the q of a foreign name written with ك stays. Elsewhere (Libya too): unchanged.
 */
export function maghrebSpelling(en: string, arKey: string, country: string | null | undefined): string {
  if (!frenchPress(country)) return en;
  let out = en;
  if (arKey.includes('ش')) out = out.replace(/sh/g, 'ch');
  if (arKey.includes('ق')) out = out.replace(/q/g, 'k');
  if (country === 'DZ' && arKey.includes('ج')) out = out.replace(/(^|[^d])j/g, '$1dj');
  return out.replace(/(^|[^o])u/g, '$1ou');
}

/** Particles of names as the Maghreb's press writes them: Ben Ali, Ould Ghazouani, El Othmani. */
export function maghrebParticle(key: string): string | null {
  return key === 'بن' || key === 'ابن' ? 'Ben' : key === 'ولد' ? 'Ould' : null;
}

/**
 * How عبد is written before an article word: Abdel Fattah (Egypt, Levant), Abdul Rahman (Gulf,
 * Iraq); the Maghreb fuses the two (Abdelkader), which guessName() does itself.
 */
export function abdBeforeArticle(region: Region | null): string | null {
  if (region === 'egypt' || region === 'levant' || region === 'maghreb') return 'Abdel';
  if (region === 'gulf' || region === 'iraq') return 'Abdul';
  return null;
}

export type GivenNames = ReadonlyMap<string, [string, Partial<Record<Region, string>>?]>;

export function givenNames(key: (word: string) => string): GivenNames {
  return new Map(Object.entries(GIVEN).map(([ar, v]) => [key(ar), v]));
}

/** The English of a given name in a region, or null when the table does not hold it. */
export function givenName(table: GivenNames, key: string, region: Region | null): string | null {
  const row = table.get(key);
  if (!row) return null;
  return (region && row[1]?.[region]) || row[0];
}

/**
 * Head nouns of bodies and places with their English, and whether English puts the name after
 * the noun ("Mount Hermon", "Lake Tiberias") rather than before it ("Al-Bireh Municipality").
 */
const HEADS: Record<string, [string, 'after' | 'before']> = {
  'بلدية': ['Municipality', 'before'],
  'وزارة': ['Ministry', 'before'],
  'حركة': ['Movement', 'before'],
  'حزب': ['Party', 'before'],
  'جامعة': ['University', 'before'],
  'منتخب': ['national team', 'before'],
  'ملعب': ['Stadium', 'before'],
  'شركة': ['Company', 'before'],
  'مستشفى': ['Hospital', 'before'],
  'حي': ['District', 'before'],
  'قضاء': ['District', 'before'],
  'ناحية': ['Subdistrict', 'before'],
  'منظمة': ['Organization', 'before'],
  'جمعية': ['Association', 'before'],
  'مؤسسة': ['Foundation', 'before'],
  'مجلس': ['Council', 'before'],
  'لجنة': ['Committee', 'before'],
  'اتحاد': ['Union', 'before'],
  'نادي': ['Club', 'before'],
  'مخيم': ['Camp', 'before'],
  'قرية': ['Village', 'before'],
  'بنك': ['Bank', 'before'],
  'مصرف': ['Bank', 'before'],
  'مطار': ['Airport', 'before'],
  'ميناء': ['Port', 'before'],
  'جبهة': ['Front', 'before'],
  'ائتلاف': ['Coalition', 'before'],
  'تحالف': ['Alliance', 'before'],
  'كتائب': ['Brigades', 'before'],
  'لواء': ['Brigade', 'before'],
  'كتيبة': ['Battalion', 'before'], // seen on real pages (session 20), were Katibah, Masjid, Shari
  'فيلق': ['Corps', 'before'],
  'مسجد': ['Mosque', 'before'],
  'شارع': ['Street', 'before'],
  'قوات': ['Forces', 'before'],
  'هيئة': ['Authority', 'before'],
  'وكالة': ['Agency', 'before'],
  'مركز': ['Center', 'before'],
  'معهد': ['Institute', 'before'],
  'محكمة': ['Court', 'before'],
  'سجن': ['Prison', 'before'],
  'مدرسة': ['School', 'before'],
  'كلية': ['College', 'before'],
  'مجموعة': ['Group', 'before'],
  'قناة': ['Channel', 'before'],
  'إذاعة': ['Radio', 'after'],
  'نقابة': ['Syndicate', 'before'],
  'تيار': ['Movement', 'before'],
  'كتلة': ['Bloc', 'before'],
  'محافظة': ['Governorate', 'before'],
  'جزيرة': ['Island', 'before'],
  'سد': ['Dam', 'before'],
  'حقل': ['Field', 'before'],
  'معبر': ['Crossing', 'before'],
  'جبل': ['Mount', 'after'],
  'بحيرة': ['Lake', 'after'],
  'وادي': ['Wadi', 'after'],
  'نهر': ['River', 'before'],
};

export type HeadNouns = ReadonlyMap<string, [string, 'after' | 'before']>;

export function headNouns(key: (word: string) => string): HeadNouns {
  return new Map(Object.entries(HEADS).map(([ar, v]) => [key(ar), v]));
}

/** "Al-Bireh" + Municipality → "Al-Bireh Municipality"; Hermon + Mount → "Mount Hermon". */
export function withHead(name: string, [head, order]: [string, 'after' | 'before']): string {
  const opened = name.replace(/^al-/, 'Al-');
  return order === 'after' ? `${head} ${name}` : `${opened} ${head}`;
}

/**
 * A translated name with its head noun: National Alliance for Reform (adjectives, head, complement),
 * Loyalty to the Resistance Bloc (a noun keeps its complement before the head).
 */
export function withMeaning({ name, tail, adjectivesOnly }: Meaning, head: [string, 'after' | 'before']): string {
  if (!tail) return withHead(name, head);
  if (head[1] === 'after') return `${head[0]} ${name} ${tail}`;
  return adjectivesOnly ? `${name} ${head[0]} ${tail}` : `${name} ${tail} ${head[0]}`;
}
