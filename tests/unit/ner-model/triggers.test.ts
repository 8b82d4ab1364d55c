import { describe, expect, it } from 'vitest';
import { cueAt } from '../../../lib/ner/rule-words';
import { ruleSpanTexts } from './rule-spans';
import { tokenize } from '../../../lib/text';

const spans = (text: string): string[] => ruleSpanTexts(text);

describe('ruleSpans', () => {
  // Own sentences; [text, expected spans as "type:surface"].
  const positive: [string, string[]][] = [
    ['قال الرئيس الكيني ويليام روتو إن البلاد مستعدة', ['person:ويليام روتو']],
    ['وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين', ['person:سيرغي لافروف']],
    ['المتحدث باسم الخارجية الأمريكية نيد برايس', ['person:نيد برايس']],
    ['التقى الشيخ محمد بن زايد وفدا', ['person:محمد بن زايد']],
    ['وصل الجنرال مارك ميلي أمس', ['person:مارك ميلي']],
    ['سقطت قذيفة في مدينة الموصل شمال العراق', ['place:الموصل']],
    ['وصلت القافلة إلى العاصمة الأفغانية كابول', ['place:كابول']],
    ['قتل شاب في مخيم جنين', ['place:جنين']],
    ['أعلنت حركة حماس موقفها', ['organization:حركة حماس']],
    ['وأكدت وزارة الخارجية الروسية ذلك', ['organization:وزارة الخارجية الروسية']],
    ['ذكرت وكالة رويترز أن', ['organization:وكالة رويترز']],
    ['صرح زيلينسكي بأن', ['person:زيلينسكي']],
    ['تحدث ديمتري بيسكوف عن', ['person:ديمتري بيسكوف']],
    ['عن طريق مؤسسة الجريسي للنشر والتوزيع في الرياض', ['organization:مؤسسة الجريسي للنشر والتوزيع']],
    ['وقالت حركة حماس للصحفيين إن', ['organization:حركة حماس']],
    ['وأكد فريق الكوكب جاهزيته للقاء', ['organization:الكوكب']],
    ['وقال حزب الله للصحفيين إن', ['organization:حزب الله']],
    ['حل العداء الكيني بونغي ويلفريد ثالثا', ['person:بونغي ويلفريد']],
    ['وقال الرئيس أنور السادات في خطابه', ['person:أنور السادات']],
    ['وقال نظيره البريطاني ديفيد كاميرون إن', ['person:ديفيد كاميرون']],
    ['وكان الإمبراطور شاو بنج آخر حكام الأسرة', ['person:شاو بنج']],
    // a listed name stays a name before a definite word; so does عبدالله written as one word
    ['واستقبل الرئيس مبارك الوفد الزائر', ['person:مبارك']],
    ['وقال الشيخ عبدالله المنيع إن', ['person:عبدالله']],
    ['وأكد فريق الكوكب جاهزيته', ['organization:الكوكب']],
    // a preposition and a pronoun around the word after the name: the sentence goes on
    ['وتألق الحارس أندري لونين بتصديه لركلتين', ['person:أندري لونين']],
    ['وقال المدرب خالد لعماري إن', ['person:خالد لعماري']],
    // an accusative participle after the name describes the person
    ['وتعهد الرئيس طالباني متضامنا مع الحملة', ['person:طالباني']],
    ['وقال المدرب متولي مدبولي إن', ['person:متولي مدبولي']],
  ];
  it.each(positive)('finds names in: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  // Titles and triggers with no name after them, and words that only look like foreign names.
  const negative: string[] = [
    'قال الرئيس إن الاجتماع انتهى',
    'قال المسؤول إن الاجتماع انتهى',
    'وزير الخارجية أكد ذلك',
    'أكد وزير الخارجية خلال المؤتمر',
    'قال الرئيس للصحفيين',
    'الرئيس يدعو إلى الحوار',
    'أقيمت منطقة عازلة على الحدود',
    'تعمل شركة كبيرة في المجال',
    'شكل فريق عمل جديد',
    'هذا أمر معروف منذ زمن',
    'في ظل ظروف صعبة',
    'تم تصنيف الفندق',
    'وقالت الحركة في بيان',
    'زار الرئيس السابق المدينة',
    'انقطع التيار الكهربائي عن المدينة',
    'ونقلها إلى العاصمة ومحافظات الوسط',
    // a verb or a verbal noun after an organisation noun
    'يستطيع أي فرد أو مؤسسة يستطيع أن يحصل على',
    'عندي شركة تسويق وأنت تملكين شركة إنتاج',
    // a word of bodies and places that is never part of a person's name
    'حذر رئيس كتلة تيار المستقبل من',
    'وقال مدير دائرة الطيران المدني',
    // a past verb or an adverb right after the title
    'وقال إن الرئيس الأميركي امتنع عن التعليق',
    'النجم الأميركي أحرز لقب الدورة',
    'ولم يكن الزعيم العراقي عسكريا',
    'وقرر قيد اللاعب استنادا إلى فتوى',
    'هذا الإمبراطور اتحدت الصين في عهده',
    // the title's office in construct, not a name after it
    'وقال رئيس قسم الجراحة في المستشفى',
    'وقال رئيس مصلحة الضرائب إن',
    'وقال مدير جهاز الرقابة إن',
    // a word with its own و after the name the title announced
    'وجرى لقاء بين الرئيس الفرنسي ووفد الحكومة',
    // a team named by its task, an ordinal after a body noun
    'وشكر المدير أعضاء فريق العمل',
    'وأشاد بجهود فريق الإنقاذ',
    'واحتفلت بذكرى ميلاد مؤسسه الخامسة',
  ];
  it.each(negative)('finds nothing in: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('cueAt', () => {
  const cases: [string, number, string | null, number][] = [
    ['والرئيس', 0, 'title', 1],
    ['رئيس الوزراء', 0, 'title', 2],
    ['المتحدث باسم الجيش', 0, 'title', 2],
    ['لحركة', 0, 'organization', 1],
    ['بمدينة', 0, 'place', 1],
    ['الحركة', 0, null, 0],
    ['المسؤول', 0, null, 0],
  ];
  it.each(cases)('%s', (text, i, type, length) => {
    const cue = cueAt(tokenize(text), i);
    expect(cue ? [cue.type, cue.length] : [null, 0]).toEqual([type, length]);
  });
});

describe('ruleSpans: a country adjective standing for a person', () => {
  const nisbas = new Set(
    tokenize('الروسي الإسباني الأميركي الإيطالية الفرنسي السويسري الفرنسية السويسرية البرازيلي المصري الكويتي').map(
      (t) => t.norm,
    ),
  );
  const find = (text: string): string[] => ruleSpanTexts(text, (w) => nisbas.has(w));
  const cases: [string, string[]][] = [
    ['فاز على الروسي مارات سافين اليوم', ['person:مارات سافين']],
    ['وتغلب الأميركي أندي روديك على منافسه', ['person:أندي روديك']],
    // two name-shaped words need no name list; a list's و may ride on the adjective
    ['كما تأهل السويسري روجيه فيدرر إلى الدور الثاني', ['person:روجيه فيدرر']],
    ['وتأهل الروسي مارات سافين والفرنسي ريشار غاسكيه', ['person:مارات سافين', 'person:ريشار غاسكيه']],
    // ... or a preposition
    ['وفاز الفريق بثلاثة أهداف للبرازيلي روبرتو كارلوس', ['person:روبرتو كارلوس']],
    ['ومرر الكرة بالروسي مارات سافين', ['person:مارات سافين']],
    ['وقدم الدعم للبرازيلي الذي وصل أمس', []],
    ['وقال للجيش الروسي إن', []],
    ['قال الأميركي موقفه الثابت من القضية', []],
    ['وأكد الروسي أن الاتفاق قائم', []],
    // agreeing with a definite noun, a name, or in the feminine: an adjective, not a person
    ['قال الجانب الأميركي إن', []],
    ['وقع عقدا مع إيني الإيطالية لتطوير حقول غاز', []],
    ['حقق سسكا موسكو الروسي فوزا صعبا', []],
    ['ضرب الفريق الفرنسي بقوة', []],
    // the feminine stands for a woman after a preposition, a verb of hers or a list's و
    ['وتأهلت بفوزها على الفرنسية أميلي لوا', ['person:أميلي لوا']],
    ['وخرجت السويسرية مارتينا هينغيس من الدور الثاني', ['person:مارتينا هينغيس']],
    ['ضمت القائمة الروسية ماريا والفرنسية أميلي موريسمو', ['person:أميلي موريسمو']],
    ['وقال رفعت الفرنسية إنها', []],
    ['ووقعت شركة إيني الإيطالية اتفاقا', []],
    // after a role of two words, or a feminine noun a masculine adjective cannot agree with
    ['وقال رجل الأعمال المصري نجيب ساويرس إن', ['person:نجيب ساويرس']],
    ['وسيكتب القصة الكويتي سامي فرج', ['person:سامي فرج']],
    ['وتراجعت قيمة العملة الأميركي بنسبة كبيرة', []],
    ['وقال رجل الأعمال المصري إن السوق تراجعت', []],
    // one unlisted name-shaped word, closed by a preposition or a mark
    ['قبل أن يمررها الإسباني فابريغاس إلى زميله', ['person:فابريغاس']],
    ['وشارك البرازيلي كاكا ، ثم خرج', ['person:كاكا']],
    ['وسجل البرازيلي ديكو في الدقيقة العاشرة', ['person:ديكو']],
    ['حقق الروسي فوزا على منافسه', []],
    ['وتفوق الإسباني بوضوح على منافسه', []],
    ['وتفوق الإسباني يوميا على منافسه', []],
    ['فاز الفريق الإسباني مدريد في المباراة', []],
    ['وأعلنت الحكومة الفرنسية ماريان لوران وزيرة', []],
    ['وقال عبد الله المصري طالب الدوسري', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('ruleSpans: a long body name (definite noun, adjectives, a لـ complement)', () => {
  // Own sentences; names made up or of the kind news prints, never from a test set.
  const cases: [string, string[]][] = [
    ['أعلنت الجماعة السلفية للدعوة والقتال مسؤوليتها', ['organization:الجماعة السلفية للدعوة والقتال']],
    ['وقالت الحركة الشعبية لتحرير الأزواد إن قواتها انسحبت', ['organization:الحركة الشعبية لتحرير الأزواد']],
    ['وقال رئيس الهيئة العامة للاستثمار والمناطق الحرة إن', ['organization:الهيئة العامة للاستثمار والمناطق الحرة']],
    ['أصدرت المنظمة العربية لحقوق الإنسان بيانا', ['organization:المنظمة العربية لحقوق الإنسان']],
    ['ودعت النقابة الوطنية للصحافة المغربية إلى الإضراب', ['organization:النقابة الوطنية للصحافة المغربية']],
    ['وطالب الاتحاد الوطني لطلبة المغرب بالإفراج عنهم', ['organization:الاتحاد الوطني لطلبة المغرب']],
    // a second body joined by و is a name of its own; a bare noun after the complement is the sentence's object
    [
      'أكدت الجمعية المغربية لحقوق الإنسان والنقابة الوطنية للتعليم موقفهما',
      ['organization:الجمعية المغربية لحقوق الإنسان', 'organization:والنقابة الوطنية للتعليم'],
    ],
    ['واتهمت المنظمة العربية لحقوق الإنسان السلطات بالتقصير', ['organization:المنظمة العربية لحقوق الإنسان']],
    // must not match: no complement, an addressee or a time after the adjectives, an indefinite head
    ['وقال المجلس الأعلى إن القرار نهائي', []],
    ['وقالت المنظمة الدولية للصحفيين إن الوضع صعب', []],
    ['وأعلنت اللجنة الوطنية للمرة الثانية تأجيل الاقتراع', []],
    ['وقالت منظمة دولية لحقوق الإنسان إن', []],
    ['وقال المجلس الوطني لهذا السبب إنه يرفض', []],
    ['ورصد الهلال الفلكي لحظة الاقتران', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
