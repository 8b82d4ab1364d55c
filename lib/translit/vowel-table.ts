// Common words of names with their vowels, in the scheme of lib/text/romanization.md (written for
// this project). Arabic news does not write short vowels: for these words the table gives them
// where no English spelling of the name is at hand. Keys are written as news writes them; the
// lookup normalises them (lib/translit/key.ts). Words with the article carry it (al-).

import { bodyWords } from './vowel-table-bodies';

/** The table's words, built when called (see bodyWords). */
function words(): Record<string, string> {
  return {
    ...bodyWords(),
    // Name parts
    'محمد': 'muḥammad',
    'أحمد': 'aḥmad',
    'محمود': 'maḥmūd',
    'مصطفى': 'muṣṭafā',
    'عبد': 'ʿabd',
    'الله': 'allāh',
    'عبدالله': 'ʿabd allāh',
    'الإله': 'al-ilāh', // عبد الإله
    'ولد': 'walad', // the Maghreb's and Mauritania's "son of" (Ould)
    'علي': 'ʿalī',
    'عمر': 'ʿumar',
    'عثمان': 'ʿuthmān',
    'حسن': 'ḥasan',
    'حسين': 'ḥusayn',
    'خالد': 'khālid',
    'إبراهيم': 'ibrāhīm',
    'إسماعيل': 'ismāʿīl',
    'يوسف': 'yūsuf',
    'يونس': 'yūnus',
    'موسى': 'mūsā',
    'عيسى': 'ʿīsā',
    'يحيى': 'yaḥyā',
    'سليمان': 'sulaymān',
    'سلمان': 'salmān',
    'فهد': 'fahd',
    'فيصل': 'fayṣal',
    'سعود': 'saʿūd',
    'سعيد': 'saʿīd',
    'سعد': 'saʿd',
    'ناصر': 'nāṣir',
    'نصر': 'naṣr',
    'جمال': 'jamāl',
    'كمال': 'kamāl',
    'طارق': 'ṭāriq',
    'هشام': 'hishām',
    'وليد': 'walīd',
    'زياد': 'ziyād',
    'رامي': 'rāmī',
    'سامي': 'sāmī',
    'هاني': 'hānī',
    'هادي': 'hādī',
    'عادل': 'ʿādil',
    'صالح': 'ṣāliḥ',
    'فاطمة': 'fāṭimah',
    'عائشة': 'ʿāʾishah',
    'مريم': 'maryam',
    'زينب': 'zaynab',
    'خديجة': 'khadījah',
    'نور': 'nūr',
    'الدين': 'al-dīn',
    'الرحمن': 'al-raḥmān',
    'الرحيم': 'al-raḥīm',
    'العزيز': 'al-ʿazīz',
    'الكريم': 'al-karīm',
    'المجيد': 'al-majīd',
    'الحميد': 'al-ḥamīd',
    'اللطيف': 'al-laṭīf',
    'الفتاح': 'al-fattāḥ',
    'القادر': 'al-qādir',
    'الناصر': 'al-nāṣir',
    'أبو': 'abū',
    'أبي': 'abī',
    'أم': 'umm',
    'بن': 'bin',
    'ابن': 'ibn',
    'بنت': 'bint',
    'آل': 'āl',
    'حمد': 'ḥamad',
    'حامد': 'ḥāmid',
    'راشد': 'rāshid',
    'منصور': 'manṣūr',
    'مجيد': 'majīd',
    'كريم': 'karīm',
    'رشيد': 'rashīd',
    'سالم': 'sālim',
    'سلطان': 'sulṭān',
    'نعيمة': 'naʿīmah', // was Nʿaymah
    'سيدة': 'sayyidah', // السيدة زينب (was al-Sīdah)
    'ملك': 'malik', // the title (الملك فهد, عبد الملك); the model read al-Malak, "the angel"
    'زايد': 'zāyid',
    'تميم': 'tamīm',
    'بشار': 'bashshār',
    'الأسد': 'al-asad',
    'نبيه': 'nabīh',
    'بري': 'barrī',
    'ميشال': 'mīshāl',
    'عون': 'ʿawn',
    'نجيب': 'najīb',
    'ميقاتي': 'mīqātī',
    'برهان': 'burhān',
    'البرهان': 'al-burhān',
    'أيمن': 'ayman',
    'الصفدي': 'al-ṣafadī',
    'عباس': 'ʿabbās',
    'هنية': 'haniyah',
    // Places English names do not vowel
    'مصر': 'miṣr',
    'العراق': 'al-ʿirāq',
    'سوريا': 'sūriyā',
    'لبنان': 'lubnān',
    'الأردن': 'al-urdun',
    'فلسطين': 'filasṭīn',
    'إسرائيل': 'isrāʾīl',
    'غزة': 'ghazzah',
    'القدس': 'al-quds',
    'اليمن': 'al-yaman',
    'ليبيا': 'lībiyā',
    'تونس': 'tūnis',
    'الجزائر': 'al-jazāʾir',
    'المغرب': 'al-maghrib',
    'السودان': 'al-sūdān',
    'الكويت': 'al-kuwayt',
    'قطر': 'qaṭar',
    'البحرين': 'al-baḥrayn',
    'الإمارات': 'al-imārāt',
    'إيران': 'īrān',
    'تركيا': 'turkiyā',
    'روسيا': 'rūsiyā',
    'أوكرانيا': 'ūkrāniyā',
    'ألمانيا': 'almāniyā',
    'فرنسا': 'faransā',
    'بريطانيا': 'barīṭāniyā',
    'أمريكا': 'amrīkā',
    'الصومال': 'al-ṣūmāl',
    'واشنطن': 'wāshinṭun',
    'موسكو': 'mūskū',
    'بيروت': 'bayrūt',
    'دمشق': 'dimashq',
    'بغداد': 'baghdād',
    'القاهرة': 'al-qāhirah',
    'الرياض': 'al-riyāḍ',
    'طهران': 'ṭihrān',
    'عدن': 'ʿadan',
    'الخرطوم': 'al-kharṭūm',
    'الفاشر': 'al-fāshir',
    'دارفور': 'dārfūr',
    'أفغانستان': 'afghānistān',
    'باكستان': 'bākistān',
    'بكين': 'bikīn',
    'طرابلس': 'ṭarābulus',
    'المتوسط': 'al-mutawassiṭ',
    'الدار': 'al-dār',
    'البيضاء': 'al-bayḍāʾ',
    'اللاذقية': 'al-lādhiqīyah',
    'الميت': 'al-mayyit',
    'وادي': 'wādī',
    'أبوظبي': 'abū ẓabī',
    'نيويورك': 'nyūyūrk',
    'مضيق': 'maḍīq',
    'ساحل': 'sāḥil',
    'العاج': 'al-ʿāj',
    'نيودلهي': 'nyūdilhī',
    'كردستان': 'kurdistān',
    'كوريا': 'kūriyā',
    'النيل': 'al-nīl',
    'الأزرق': 'al-azraq',
    'مكة': 'makkah',
    'المكرمة': 'al-mukarramah',
    'المدينة': 'al-madīnah',
    'المنورة': 'al-munawwarah',
    'صعيد': 'ṣaʿīd',
    'عرفات': 'ʿarafāt',
    'رأس': 'raʾs',
    'أفريقيا': 'afrīqiyā',
    'برنامج': 'barnāmaj',
    'الأغذية': 'al-aghdhiyah',
    'العالمي': 'al-ʿālamī',
    'السوداني': 'al-sūdānī',
    'شؤون': 'shuʾūn',
    'لشؤون': 'li-shuʾūn',
    'الكونغرس': 'al-kūnghris',
    'رويترز': 'rūytirz',
  };
}

/** A word's reading by its key; the table is built at the first lookup, not when made. */
export interface VowelTable {
  get(key: string): string | undefined;
}

/** A table of `entries()`, keyed by the caller's key function, built at its first lookup. */
function lazyTable(entries: () => Record<string, string>, key: (word: string) => string): VowelTable {
  let map: Map<string, string> | undefined;
  const built = () => (map ??= new Map(Object.entries(entries()).map(([ar, roman]) => [key(ar), roman])));
  return { get: (k) => built().get(k) };
}

/** The words of bodies' and places' names alone (guess.ts spells their English from them). */
export function bodyVowelTable(key: (word: string) => string): VowelTable {
  return lazyTable(bodyWords, key);
}

/** The table keyed by normalised letters (the caller's key function: lib/translit/key.ts). */
export function vowelTable(key: (word: string) => string): VowelTable {
  return lazyTable(words, key);
}
