// The English of the common words that name parties, coalitions, movements and councils, for a
// body no list holds: English news translates such names (ائتلاف الإعمار والتنمية: the
// "Reconstruction and Development Coalition") rather than spelling them ("Al-Iamar Waltneme").
// Written for this project. A name is translated only when every word of it is here; otherwise
// it is transliterated as before, since half a translation reads worse than none.

/** Definite nouns as they name a body's cause, with their English. */
const NOUNS: Record<string, string> = {
  'العدالة': 'Justice',
  'العدل': 'Justice',
  'التنمية': 'Development',
  'الإعمار': 'Reconstruction',
  'البناء': 'Construction',
  'الحرية': 'Freedom',
  'الإصلاح': 'Reform',
  'التغيير': 'Change',
  'المستقبل': 'Future',
  'الكرامة': 'Dignity',
  'السلام': 'Peace',
  'الأمل': 'Hope',
  'الوحدة': 'Unity',
  'التقدم': 'Progress',
  'الشعب': 'People',
  'الوفاق': 'Accord',
  'الفضيلة': 'Virtue',
  'الأمة': 'Nation',
  'الوطن': 'Homeland',
  'المساواة': 'Equality',
  'الديمقراطية': 'Democracy',
  'التضامن': 'Solidarity',
  'الاستقلال': 'Independence',
  'التحرير': 'Liberation',
  'الأصالة': 'Authenticity',
  'المعاصرة': 'Modernity',
  'الصمود': 'Steadfastness',
  'العودة': 'Return',
  'الثورة': 'Revolution',
  'الدستور': 'Constitution',
  'القانون': 'Law',
  'الحكمة': 'Wisdom',
  'النهوض': 'Advancement',
  'الازدهار': 'Prosperity',
  'الرخاء': 'Prosperity',
  'الإنقاذ': 'Salvation',
  'الخلاص': 'Salvation',
  'التجديد': 'Renewal',
  'التحالف': 'Alliance',
  'المقاومة': 'Resistance',
  'السيادة': 'Sovereignty',
  'الحوار': 'Dialogue',
  'المواطنة': 'Citizenship',
  'التوافق': 'Consensus',
  'الشباب': 'Youth',
  'المرأة': 'Women',
  'العمال': 'Workers',
  'الفلاحين': 'Farmers',
  'البيئة': 'Environment',
  'الخضر': 'Greens',
  'الوفاء': 'Loyalty',
  'الأبحاث': 'Research', // منظمة الأبحاث والإبداع (was Al-Abahath wal-Abd Organization)
  'البحوث': 'Research',
  'الإبداع': 'Innovation',
  'الابتكار': 'Innovation',
  'الحريات': 'Freedoms',
  // Professions, as their unions are named (نقابة الصحفيين: Journalists Syndicate)
  'الصحفيين': 'Journalists',
  'المحامين': 'Lawyers',
  'الأطباء': 'Doctors',
  'المهندسين': 'Engineers',
  'المعلمين': 'Teachers',
  'الصيادلة': 'Pharmacists',
  'الفنانين': 'Artists',
};

/** A faculty's field, as English names the faculty: كلية الهندسة → Faculty of Engineering. */
const FIELDS: Record<string, string> = {
  'الهندسة': 'Engineering',
  'الطب': 'Medicine',
  'الحقوق': 'Law',
  'الآداب': 'Arts',
  'العلوم': 'Science',
  'التجارة': 'Commerce',
  'الزراعة': 'Agriculture',
  'الصيدلة': 'Pharmacy',
  'التربية': 'Education',
  'الشريعة': 'Sharia',
  'الاقتصاد': 'Economics',
  'التمريض': 'Nursing',
  'الإعلام': 'Mass Communication',
  'اللغات': 'Languages',
  'الفنون الجميلة': 'Fine Arts',
  'طب الأسنان': 'Dentistry',
  'الطب البيطري': 'Veterinary Medicine',
  'الاقتصاد والعلوم السياسية': 'Economics and Political Science',
};

/** Cause nouns that English names with "the" after a preposition (Loyalty to the Resistance). */
const DEFINITE_IN_ENGLISH = new Set(['Resistance', 'Homeland', 'Nation', 'People', 'Revolution']);

/**
 * Adjectives (both genders) with their English, which goes before its noun. English orders stacked
 * adjectives by kind, not as Arabic does: rank and state first (Supreme, Free, Transitional),
 * then a people or faith (Kurdish, Shia), then a cause (National, Democratic), each kind in the
 * Arabic order: Free Patriotic Movement, Kurdish Democratic Party, National Democratic Party.
 */
/** Rank and state. */
const RANK_ADJECTIVES: Record<string, string> = {
  'الحر': 'Free',
  'الحرة': 'Free',
  'الجديد': 'New',
  'الجديدة': 'New',
  'المستقل': 'Independent',
  'المستقلة': 'Independent',
  'الموحد': 'Unified',
  'الموحدة': 'Unified',
  'المتحد': 'United',
  'المتحدة': 'United',
  'الأعلى': 'Supreme',
  'العليا': 'Supreme',
  'المركزي': 'Central',
  'المركزية': 'Central',
  'الدولي': 'International',
  'الدولية': 'International',
  'العام': 'General',
  'العامة': 'General',
  'الشامل': 'Comprehensive',
  'الشاملة': 'Comprehensive',
  'الكبرى': 'Grand',
  'الانتقالي': 'Transitional',
  'الانتقالية': 'Transitional',
};

/** A people or a faith. */
const PEOPLE_ADJECTIVES: Record<string, string> = {
  'العربي': 'Arab',
  'العربية': 'Arab',
  'الشيعي': 'Shia',
  'الشيعية': 'Shia',
  'السني': 'Sunni',
  'السنية': 'Sunni',
  'الكردي': 'Kurdish',
  'الكردية': 'Kurdish',
  'المسيحي': 'Christian',
  'المسيحية': 'Christian',
  'الدرزي': 'Druze',
  'العلوي': 'Alawite',
  'الأمازيغي': 'Amazigh',
  'الأمازيغية': 'Amazigh',
  'التركماني': 'Turkmen',
  'التركمانية': 'Turkmen',
};

/** A cause. */
const CAUSE_ADJECTIVES: Record<string, string> = {
  'الوطني': 'National',
  'الوطنية': 'National',
  'القومي': 'National',
  'القومية': 'National',
  'الديمقراطي': 'Democratic',
  'الديمقراطية': 'Democratic',
  'الشعبي': 'Popular',
  'الشعبية': 'Popular',
  'الاشتراكي': 'Socialist',
  'الاشتراكية': 'Socialist',
  'الإسلامي': 'Islamic',
  'الإسلامية': 'Islamic',
  'الجمهوري': 'Republican',
  'الجمهورية': 'Republican',
  'الليبرالي': 'Liberal',
  'الليبرالية': 'Liberal',
  'الدستوري': 'Constitutional',
  'الدستورية': 'Constitutional',
  'التقدمي': 'Progressive',
  'التقدمية': 'Progressive',
  'الاجتماعي': 'Social',
  'الاجتماعية': 'Social',
  'الثوري': 'Revolutionary',
  'الثورية': 'Revolutionary',
  'المدني': 'Civil',
  'المدنية': 'Civil',
  'الشيوعي': 'Communist',
  'الشيوعية': 'Communist',
  'الأخضر': 'Green',
  'الخضراء': 'Green',
};

/**
 * A translated name: `name` goes before a head noun written after it (National Construction Party),
 * `tail` after both (National Alliance for Reform), or between them when the name is a noun
 * (Loyalty to the Resistance Bloc).
 */
export interface Meaning {
  name: string;
  tail: string;
  adjectivesOnly: boolean;
}

export interface BodyMeanings {
  /**
   * The English of a name's words after its head noun, or null unless every word is listed:
   * conjuncts joined by و, each a noun and its adjectives (البناء الوطني: National Construction),
   * or adjectives alone (the head's own: الوطني الحر → Free National), and at most one closing
   * complement لل + a listed noun (للإصلاح: for Reform).
   */
  translate(keys: readonly string[]): Meaning | null;
  /** Is the word one of the listed adjectives (الموحد, الأعلى, الكردي), not a cause noun? */
  adjective(key: string): boolean;
  /** The English of a faculty's field (الهندسة: Engineering), or null. */
  field(keys: readonly string[]): string | null;
}

export function bodyMeanings(key: (word: string) => string): BodyMeanings {
  const nouns = new Map(Object.entries(NOUNS).map(([ar, en]) => [key(ar), en]));
  // The English of an adjective and the rank of its kind in English order.
  const adjectives = new Map<string, [string, number]>();
  [RANK_ADJECTIVES, PEOPLE_ADJECTIVES, CAUSE_ADJECTIVES].forEach((table, rank) => {
    for (const [ar, en] of Object.entries(table)) adjectives.set(key(ar), [en, rank]);
  });
  const AND = key('و');
  const FOR_THE = key('لل');
  const THE = key('ال');

  /** للمقاومة → "the Resistance"; null unless the word is لل + a listed noun. */
  function complement(k: string): string | null {
    const noun = k.startsWith(FOR_THE) ? nouns.get(THE + k.slice(FOR_THE.length)) : undefined;
    if (!noun) return null;
    return DEFINITE_IN_ENGLISH.has(noun) ? `the ${noun}` : noun;
  }

  function translate(keys: readonly string[]): Meaning | null {
    const last = keys.length > 1 ? complement(keys[keys.length - 1]!) : null;
    const body = last ? keys.slice(0, -1) : keys;
    const name = translateBody(body);
    if (name === null) return null;
    const adjectivesOnly = body.every((k) => adjectives.has(k));
    // English is loyal "to" a cause and stands "for" one (National Alliance for Reform).
    const tail = last ? `${name.endsWith('Loyalty') ? 'to' : 'for'} ${last}` : '';
    return { name, tail, adjectivesOnly };
  }

  function translateBody(keys: readonly string[]): string | null {
    if (keys.length === 0) return null;
    const conjuncts: string[] = [];
    let noun: string | null = null;
    let adjs: [string, number][] = [];
    const close = () => {
      // sort() is stable: each kind keeps the Arabic order.
      const ordered = [...adjs].sort((a, b) => a[1] - b[1]).map(([en]) => en);
      conjuncts.push([...ordered, ...(noun ? [noun] : [])].join(' '));
    };
    for (let i = 0; i < keys.length; i++) {
      let k = keys[i]!;
      // والتنمية: و opens a new conjunct (a listed word that itself opens with و stays whole).
      const joined = i > 0 && k.startsWith(AND) && !nouns.has(k) && !adjectives.has(k);
      if (joined) k = k.slice(AND.length);
      const n = nouns.get(k);
      const a = n ? undefined : adjectives.get(k);
      if (!n && !a) return null;
      if (joined) {
        // Each conjunct opens with its noun: والتنمية, not والوطني.
        if (!n) return null;
        close();
        noun = null;
        adjs = [];
      } else if (n && (noun || adjs.length > 0)) {
        // Two nouns without و are a genitive (دولة القانون), which English orders otherwise.
        return null;
      }
      if (n) noun = n;
      else adjs.push(a!);
    }
    close();
    return conjuncts.join(' and ');
  }
  const fields = new Map(Object.entries(FIELDS).map(([ar, en]) => [ar.split(' ').map(key).join(' '), en]));
  return { translate, adjective: (k) => adjectives.has(k), field: (keys) => fields.get(keys.join(' ')) ?? null };
}
