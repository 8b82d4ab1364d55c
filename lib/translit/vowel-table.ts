// Common words of names with their vowels, in the scheme of lib/text/romanization.md (written for
// this project). Arabic news does not write short vowels: for these words the table gives them
// where no English spelling of the name is at hand. Keys are written as news writes them; the
// lookup normalises them (lib/translit/key.ts). Words with the article carry it (al-).

const WORDS: Record<string, string> = {
  // Name parts
  'محمد': 'muḥammad', 'أحمد': 'aḥmad', 'محمود': 'maḥmūd', 'مصطفى': 'muṣṭafā', 'عبد': 'ʿabd',
  'الله': 'allāh', 'عبدالله': 'ʿabd allāh', 'علي': 'ʿalī', 'عمر': 'ʿumar', 'عثمان': 'ʿuthmān',
  'حسن': 'ḥasan', 'حسين': 'ḥusayn', 'خالد': 'khālid', 'إبراهيم': 'ibrāhīm', 'إسماعيل': 'ismāʿīl',
  'يوسف': 'yūsuf', 'يونس': 'yūnus', 'موسى': 'mūsā', 'عيسى': 'ʿīsā', 'يحيى': 'yaḥyā', 'سليمان': 'sulaymān',
  'سلمان': 'salmān', 'فهد': 'fahd', 'فيصل': 'fayṣal', 'سعود': 'saʿūd', 'سعيد': 'saʿīd', 'سعد': 'saʿd',
  'ناصر': 'nāṣir', 'نصر': 'naṣr', 'جمال': 'jamāl', 'كمال': 'kamāl', 'طارق': 'ṭāriq', 'هشام': 'hishām',
  'وليد': 'walīd', 'زياد': 'ziyād', 'رامي': 'rāmī', 'سامي': 'sāmī', 'هاني': 'hānī', 'هادي': 'hādī',
  'عادل': 'ʿādil', 'صالح': 'ṣāliḥ', 'فاطمة': 'fāṭimah', 'عائشة': 'ʿāʾishah', 'مريم': 'maryam',
  'زينب': 'zaynab', 'خديجة': 'khadījah', 'نور': 'nūr', 'الدين': 'al-dīn', 'الرحمن': 'al-raḥmān',
  'الرحيم': 'al-raḥīm', 'العزيز': 'al-ʿazīz', 'الكريم': 'al-karīm', 'المجيد': 'al-majīd',
  'الحميد': 'al-ḥamīd', 'اللطيف': 'al-laṭīf', 'الفتاح': 'al-fattāḥ', 'القادر': 'al-qādir',
  'الناصر': 'al-nāṣir', 'أبو': 'abū', 'أبي': 'abī', 'أم': 'umm', 'بن': 'bin', 'ابن': 'ibn', 'بنت': 'bint',
  'آل': 'āl', 'حمد': 'ḥamad', 'حامد': 'ḥāmid', 'راشد': 'rāshid', 'منصور': 'manṣūr', 'مجيد': 'majīd',
  'كريم': 'karīm', 'رشيد': 'rashīd', 'سالم': 'sālim', 'سلطان': 'sulṭān', 'زايد': 'zāyid', 'تميم': 'tamīm',
  'بشار': 'bashshār', 'الأسد': 'al-asad', 'نبيه': 'nabīh', 'بري': 'barrī', 'ميشال': 'mīshāl', 'عون': 'ʿawn',
  'نجيب': 'najīb', 'ميقاتي': 'mīqātī', 'برهان': 'burhān', 'البرهان': 'al-burhān',
  'أيمن': 'ayman', 'الصفدي': 'al-ṣafadī', 'عباس': 'ʿabbās', 'هنية': 'haniyah',
  // Heads of bodies and places
  'وزارة': 'wizārah', 'وزير': 'wazīr', 'رئيس': 'raʾīs', 'رئاسة': 'riʾāsah', 'حكومة': 'ḥukūmah',
  'مجلس': 'majlis', 'الأمن': 'al-amn', 'جامعة': 'jāmiʿah', 'الجامعة': 'al-jāmiʿah', 'الدول': 'al-duwal',
  'حركة': 'ḥarakah', 'حزب': 'ḥizb', 'منظمة': 'munaẓẓamah', 'هيئة': 'hayʾah', 'وكالة': 'wakālah',
  'شركة': 'sharikah', 'بنك': 'bank', 'البنك': 'al-bank', 'مصرف': 'maṣrif', 'بلدية': 'baladīyah',
  'محافظة': 'muḥāfaẓah', 'مدينة': 'madīnah', 'ولاية': 'wilāyah', 'الولايات': 'al-wilāyāt',
  'جمهورية': 'jumhūrīyah', 'الجمهورية': 'al-jumhūrīyah', 'مملكة': 'mamlakah', 'المملكة': 'al-mamlakah',
  'جبهة': 'jabhah', 'قوات': 'quwwāt', 'القوات': 'al-quwwāt', 'الجيش': 'al-jaysh', 'جيش': 'jaysh',
  'الحرس': 'al-ḥaras', 'محكمة': 'maḥkamah', 'المحكمة': 'al-maḥkamah', 'مؤسسة': 'muʾassasah',
  'صندوق': 'ṣundūq', 'الصندوق': 'al-ṣundūq', 'اتحاد': 'ittiḥād', 'الاتحاد': 'al-ittiḥād', 'نادي': 'nādī',
  'النادي': 'al-nādī', 'لجنة': 'lajnah', 'اللجنة': 'al-lajnah', 'مفوضية': 'mufawwaḍīyah',
  'المفوضية': 'al-mufawwaḍīyah', 'مركز': 'markaz', 'معهد': 'maʿhad', 'مستشفى': 'mustashfā', 'مطار': 'maṭār',
  'ميناء': 'mīnāʾ', 'جزيرة': 'jazīrah', 'الجزيرة': 'al-jazīrah', 'شبه': 'shibh', 'بحر': 'baḥr', 'البحر': 'al-baḥr',
  'نهر': 'nahr', 'جبل': 'jabal', 'خليج': 'khalīj', 'الخليج': 'al-khalīj', 'قطاع': 'qiṭāʿ', 'الضفة': 'al-ḍiffah',
  'الغربية': 'al-gharbīyah', 'الشرقية': 'al-sharqīyah', 'جنوب': 'janūb', 'شمال': 'shamāl', 'شرق': 'sharq',
  'غرب': 'gharb', 'الشرق': 'al-sharq', 'الأوسط': 'al-awsaṭ', 'الأدنى': 'al-adnā', 'وسط': 'wasaṭ',
  // Adjectives and genitives of bodies
  'الخارجية': 'al-khārijīyah', 'الداخلية': 'al-dākhilīyah', 'الدفاع': 'al-difāʿ', 'المالية': 'al-mālīyah',
  'الصحة': 'al-ṣiḥḥah', 'التعليم': 'al-taʿlīm', 'العدل': 'al-ʿadl', 'العمل': 'al-ʿamal', 'النفط': 'al-nafṭ',
  'الطاقة': 'al-ṭāqah', 'الإعلام': 'al-iʿlām', 'الأنباء': 'al-anbāʾ', 'الأمم': 'al-umam', 'المتحدة': 'al-muttaḥidah',
  'العالمية': 'al-ʿālamīyah', 'الدولي': 'al-dawlī', 'الدولية': 'al-dawlīyah', 'العربية': 'al-ʿarabīyah',
  'العربي': 'al-ʿarabī', 'الإسلامية': 'al-islāmīyah', 'الإسلامي': 'al-islāmī', 'الوطني': 'al-waṭanī',
  'الوطنية': 'al-waṭanīyah', 'الشعبية': 'al-shaʿbīyah', 'الشعب': 'al-shaʿb', 'الثوري': 'al-thawrī',
  'المركزي': 'al-markazī', 'الأعلى': 'al-aʿlā', 'العليا': 'al-ʿulyā', 'الأوروبي': 'al-ūrūbbī',
  'الأركان': 'al-arkān', 'المشتركة': 'al-mushtarakah', 'السامية': 'al-sāmiyah', 'اللاجئين': 'al-lājiʾīn',
  'الدعم': 'al-daʿm', 'السريع': 'al-sarīʿ', 'التحرير': 'al-taḥrīr', 'الحرية': 'al-ḥurrīyah',
  'العدالة': 'al-ʿadālah', 'التنمية': 'al-tanmiyah', 'الروسية': 'al-rūsīyah', 'الأمريكية': 'al-amrīkīyah',
  'الأميركية': 'al-amīrkīyah', 'الأمريكي': 'al-amrīkī', 'الفرنسية': 'al-faransīyah', 'البريطانية': 'al-barīṭānīyah',
  'السعودية': 'al-suʿūdīyah', 'المصرية': 'al-miṣrīyah', 'اللبنانية': 'al-lubnānīyah', 'اللبناني': 'al-lubnānī',
  'السورية': 'al-sūrīyah', 'العراقية': 'al-ʿirāqīyah', 'الإيرانية': 'al-īrānīyah', 'التركية': 'al-turkīyah',
  'الفلسطينية': 'al-filasṭīnīyah', 'الإسرائيلية': 'al-isrāʾīlīyah', 'الكورية': 'al-kūrīyah',
  'النواب': 'al-nuwwāb', 'الشورى': 'al-shūrā', 'الوزراء': 'al-wuzarāʾ', 'الرئاسة': 'al-riʾāsah',
  'الأحمر': 'al-aḥmar', 'الهلال': 'al-hilāl', 'الصليب': 'al-ṣalīb', 'الصين': 'al-ṣīn', 'الهند': 'al-hind',
  // Places English names do not vowel
  'مصر': 'miṣr', 'العراق': 'al-ʿirāq', 'سوريا': 'sūriyā', 'لبنان': 'lubnān', 'الأردن': 'al-urdun',
  'فلسطين': 'filasṭīn', 'إسرائيل': 'isrāʾīl', 'غزة': 'ghazzah', 'القدس': 'al-quds', 'اليمن': 'al-yaman',
  'ليبيا': 'lībiyā', 'تونس': 'tūnis', 'الجزائر': 'al-jazāʾir', 'المغرب': 'al-maghrib', 'السودان': 'al-sūdān',
  'الكويت': 'al-kuwayt', 'قطر': 'qaṭar', 'البحرين': 'al-baḥrayn', 'الإمارات': 'al-imārāt',
  'إيران': 'īrān', 'تركيا': 'turkiyā', 'روسيا': 'rūsiyā', 'أوكرانيا': 'ūkrāniyā', 'ألمانيا': 'almāniyā',
  'فرنسا': 'faransā', 'بريطانيا': 'barīṭāniyā', 'أمريكا': 'amrīkā', 'الصومال': 'al-ṣūmāl',
  'واشنطن': 'wāshinṭun', 'موسكو': 'mūskū', 'بيروت': 'bayrūt', 'دمشق': 'dimashq', 'بغداد': 'baghdād',
  'القاهرة': 'al-qāhirah', 'الرياض': 'al-riyāḍ', 'طهران': 'ṭihrān', 'عدن': 'ʿadan', 'الخرطوم': 'al-kharṭūm',
  'الفاشر': 'al-fāshir', 'دارفور': 'dārfūr', 'أفغانستان': 'afghānistān', 'باكستان': 'bākistān',
  'برنامج': 'barnāmaj', 'الأغذية': 'al-aghdhiyah', 'العالمي': 'al-ʿālamī', 'السوداني': 'al-sūdānī',
  'شؤون': 'shuʾūn', 'لشؤون': 'li-shuʾūn', 'الكونغرس': 'al-kūnghris', 'رويترز': 'rūytirz',
};

export type VowelTable = ReadonlyMap<string, string>;

/** The table keyed by normalised letters (the caller's key function: lib/translit/key.ts). */
export function vowelTable(key: (word: string) => string): VowelTable {
  const out = new Map<string, string>();
  for (const [ar, roman] of Object.entries(WORDS)) {
    out.set(key(ar), roman);
  }
  return out;
}
