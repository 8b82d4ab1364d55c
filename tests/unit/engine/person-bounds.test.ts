// The edges of a guessed person: a form of address, a common noun before it, a post in apposition
// and a verb with its و or ف after it stay outside; a preposition on a kunya or on a given name
// before عبد joins it.
import { describe, expect, it } from 'vitest';
import { personBounds } from '@/lib/engine/person-bounds';
import { cueLexicon } from '@/lib/ner/cues';
import { markedPerson } from './marked-person';

const cues = cueLexicon();

/** The words between [ and ] are a guessed person (the tagger's); returns its words after the stage. */
function bounds(marked: string, source: 'tagger' | 'rule' = 'tagger'): string | null {
  const { doc, c, words } = markedPerson(marked, source);
  const out = personBounds(doc, cues, c, () => true);
  return out && words(out);
}

describe('personBounds', () => {
  const changed: [string, string, string | null][] = [
    ['a form of address with its و', 'وزير الداخلية [ومعالي عباس الفاسي] وزير الدولة', 'عباس الفاسي'],
    ['a form of address alone', 'الوزير الأول [ومعالي] محمد بن عيسى', null],
    ['a post in construct after the name', 'وقال [محمد حجازي مساعد] وزير الخارجية', 'محمد حجازي'],
    ['a title in construct after the name', 'وقال [ديفد فرانكلين أمين] المتحف إن', 'ديفد فرانكلين'],
    ['a past verb of a derived form with ف', 'كرة من [بيكهام فانفرد] بالحارس', 'بيكهام'],
    ['a common noun before the name', 'وبحث [خطة سيباستيان] أمس', 'سيباستيان'],
    ['a future verb with و before the name', '[وسيغيب إيتو] أيضا عن اللقاء', 'إيتو'],
    ['a definite word with لـ after the name', 'لم يصل [عدنان للخور] أمس', 'عدنان'],
    ['a definite descriptor before a listed name', 'مع [الإعلامي عمرو أديب] على قناة', 'عمرو أديب'],
    ['a feminine descriptor before a listed name', 'وقالت [الفنانة نادية الجندي] إن', 'نادية الجندي'],
    // must not change: a name the lists hold with its article
    ['a given name with the article', 'وقال [الحبيب بورقيبة] إن', 'الحبيب بورقيبة'],
    ['a given name with the article before a given name', 'وقال [الصادق المهدي] إن', 'الصادق المهدي'],
  ];
  it.each(changed)('%s', (_, marked, expected) => {
    expect(bounds(marked)).toBe(expected);
  });

  it('a preposition joins the name read after it', () => {
    expect(bounds('تابعون لعمر [عبد الرحمن] ،')).toBe('لعمر عبد الرحمن');
    expect(bounds('لمروج الذهب لأبي [الحسن المسعودي] ،')).toBe('لأبي الحسن المسعودي');
  });

  // والمغربي عبد الرحيم: و on a country's adjective describes the athlete after it; a given name
  // with the article (والحسن بن علي) still opens the name.
  const nisba = (key: string) => key === 'المغربي' || key === 'المصري';
  const nisbaCases: [string, string, string][] = [
    ['a country adjective with و', 'ثانيا والمغربي [عبد الرحيم الحسناوي] ثالثا', 'عبد الرحيم الحسناوي'],
    ['another country adjective with و', 'وقال والمصري [عبد الله السعيد] إن', 'عبد الله السعيد'],
    ['a definite given name with و', 'وكان والحسن [بن علي] هناك', 'والحسن بن علي'],
    ['a preposition on a given name', 'تابعون لعمر [عبد الرحمن] ،', 'لعمر عبد الرحمن'],
  ];
  it.each(nisbaCases)('%s', (_, marked, expected) => {
    const { doc, c, words } = markedPerson(marked, 'tagger');
    const out = personBounds(doc, cues, c, () => true, nisba);
    expect(out && words(out)).toBe(expected);
  });

  const sentenceWords: [string, string][] = [
    ['an accusative of a common word', 'وقدم الفريق أداء [جديدا] في المباراة'],
    ['an accusative verbal noun', 'وسحر الأساطير [تعريفا] بعظمة العرب'],
    ['a future verb with ف', 'إذا اختار التعاون [فسيجد] فينا شريكا'],
    ['a past verb of a derived form with ف', 'تزوجها ملك المملكة [فأنجبت] له تسعة أبناء'],
    ['a noun with its pronoun and و', 'يقودها شقيقها [وأمها] إلى بيت العرس'],
    ['a preposition with its pronoun', 'واستغرب أن نطرح [عليه] سؤالا'],
    ['a participle in the accusative', 'لكنه كان [معروفا] في جنوب الصحراء'],
    ['a participle of form V in the accusative', 'عاش مجاهدا [متصوفا] ( بتعبير'],
  ];
  it.each(sentenceWords)('a word of the sentence: %s', (_, marked) => {
    expect(bounds(marked)).toBeNull();
  });

  const kept: [string, string][] = [
    ['a foreign name in ين with ف', 'لعب بها [فيرسلاين] بمستوياتها'],
    ['a foreign surname opening with وال', 'الممثل [كريستوفر والكين] ، وهذه'],
    ['a foreign surname opening with كال', 'السيدة [دين كالثروب] زوجة القس'],
    ['a listed name with ا', 'وقال [رضا] إن'],
    ['a listed foreign name shaped like a participle', 'وقالت [مونيكا] إنها'],
    ['an unlisted foreign name in يا', 'بينما سجل [امبيديا] الهدف'],
    ['the name علية written with ة', 'وقالت [علية] إن'],
    ['a listed name with و', 'وقال [وليد] إن'],
    ['a foreign surname shaped like an imperfect with ف', 'تأهل السويسري [روجيه فيدرر] المصنف أول'],
    ['a post as the second of two words', 'وصل [سعيد مساعد] إلى المطار'],
    ['a post at the end of the text', 'وصل [محمد حجازي مساعد]'],
    ['a common noun opening a rule person', 'وبحث [خطة سيباستيان] أمس'],
    ['a name word opening the name', 'وقال [حسن نصر الله] إن'],
  ];
  it.each(kept)('kept: %s', (_, marked) => {
    const source = marked.includes('خطة') ? 'rule' : 'tagger';
    expect(bounds(marked, source)).toBe(marked.slice(marked.indexOf('[') + 1, marked.indexOf(']')));
  });

  const notJoined: [string, string][] = [
    ['a son with و is kin', 'وابن [آية الله الطبسي] المسؤول'],
    ['a function word with و', 'واما [ابو خليل القباني] فهو'],
    ['a preposition on a word no name list holds', 'بكتاب [عبد الرحمن] ،'],
  ];
  it.each(notJoined)('not joined: %s', (_, marked) => {
    expect(bounds(marked)).toBe(marked.slice(marked.indexOf('[') + 1, marked.indexOf(']')));
  });

  const coordinated: [string, string, string][] = [
    ['a common word with و', 'صورتين للأميرة الراحلة [ديانا ورجل] الأعمال المصري', 'ديانا'],
    ['a word never in a name with و', 'الأمير [مولاي رشيد ودولة إدريس جطو] الوزير الأول', 'مولاي رشيد'],
    ['a second adjective with و', 'إيجاد حل [عادل ودائم] للصراع', 'عادل'],
  ];
  it.each(coordinated)('a name ends before و and %s', (_, marked, expected) => {
    expect(bounds(marked)).toBe(expected);
  });

  const notCoordinated: [string, string][] = [
    ['a name opening with و', 'وقال [محمد وليد] إن'],
    ['a given name with و', 'بمشاركة [فتحي وجومانا] في'],
    ['a foreign surname opening with وال', 'الممثل [كريستوفر والكين] ، وهذه'],
  ];
  it.each(notCoordinated)('not cut at و: %s', (_, marked) => {
    expect(bounds(marked)).toBe(marked.slice(marked.indexOf('[') + 1, marked.indexOf(']')));
  });
  it('a rule person is not cut at و', () => {
    expect(bounds('الأمير [مولاي رشيد ودولة] الوزير', 'rule')).toBe('مولاي رشيد ودولة');
  });

  const linkEnds: [string, string, string][] = [
    ['علي, which reads as على', 'فأخذ البيعة لابنه [الحسن بن] علي ثم خرج', 'الحسن بن علي'],
    ['a name with و', 'أبناؤه الحسن بن علي [والحسين بن] علي .', 'والحسين بن علي'],
    ['عبد', 'وقال [محمد عبد] الله إن', 'محمد عبد الله'],
    // بن alone is no name: the family name Ben Ali (was the person "Bin")
    ['a link word alone', 'وصل [بن] علي', 'بن علي'],
  ];
  it.each(linkEnds)('a link word at the end takes the next word: %s', (_, marked, expected) => {
    expect(bounds(marked)).toBe(expected);
  });

  const linkKept: [string, string][] = [
    ['before a number', 'وسجل [الحسن بن] 3 أهداف'],
    ['before a preposition', 'ووصل [محمد بن] في الصباح'],
    ['before a mark', 'وقال [محمد بن] ، إن'],
    ['at the end of the text', 'وصل [محمد بن]'],
    ['عبد alone', 'وصل [عبد] علي'],
  ];
  it.each(linkKept)('a link word at the end stays: %s', (_, marked) => {
    expect(bounds(marked)).toBe(marked.slice(marked.indexOf('[') + 1, marked.indexOf(']')));
  });

  const ranks: [string, string, string][] = [
    ['before على', 'وكان ترتيب [محفوظ الثاني] على زملائه', 'محفوظ'],
    ['a teen before على', '، والتشيكي [توماس برديتش الثاني] عشر على الألماني', 'توماس برديتش'],
    ['a teen taken with its ordinal', '، والتشيكي [توماس برديتش الثاني عشر] على الألماني', 'توماس برديتش'],
    [
      'before بـ and a verbal noun with its pronoun',
      'التشيلي [فرناندو غونزاليز الثالث] بتغلبه على مولر',
      'فرناندو غونزاليز',
    ],
  ];
  it.each(ranks)('an ordinal is the rank: %s', (_, marked, expected) => {
    expect(bounds(marked)).toBe(expected);
  });

  const rulers: [string, string][] = [
    ['before a verb', 'وتولى [فرناندو الثالث] حكم قشتالة'],
    ['before a mark', 'في عهد [خايمي الأول] ، ملك أراجون'],
    ['before بـ and a word with no pronoun', 'واحتفل [لويس الرابع] بالنصر'],
    ['an ordinal alone', 'وجاء [الثاني] على القائمة'],
    ['with its teen, before a verb', 'وتولى [لويس الرابع عشر] حكم فرنسا'],
  ];
  it.each(rulers)("an ordinal stays a ruler's number: %s", (_, marked) => {
    expect(bounds(marked)).toBe(marked.slice(marked.indexOf('[') + 1, marked.indexOf(']')));
  });
});

describe('the epithet of the Prophet (a noun in construct with God or the faith)', () => {
  const cut: [string, string, string | null][] = [
    ['after a name', 'أول من صدق [محمد رسول] الله', 'محمد'],
    ['after a name, with the faith', 'بالتعيين من [محمد رسول] الإسلام ،', 'محمد'],
    ['alone', 'أن يمحو جملة " [رسول] الله " من', null],
    ['the prophet of the faith', 'وقال [نبي] الإسلام', null],
  ];
  it.each(cut)('%s', (_, marked, expected) => {
    expect(bounds(marked)).toBe(expected);
  });

  const kept: [string, string][] = [
    ['the given name before another word', 'وقال [رسول حمزاتوف] إن'],
    ['the given name at the end of the name', 'وقال [غلام رسول] إن'],
    ['a compound name with الله', 'وقال [محمد نصر] الله إن'],
  ];
  it.each(kept)('kept: %s', (_, marked) => {
    expect(bounds(marked)).toBe(marked.slice(marked.indexOf('[') + 1, marked.indexOf(']')));
  });
});
