// Organisation nouns as the rules alone read them: heads the tagger does not know as cues (صندوق,
// مجمع, كلية) name a body only before a definite word; movement, organising and centre nouns before
// one definite word are traffic, an act, a place or a body's own committee.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('bodies headed by a noun the rules alone read', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال إن عجز صندوق المقاصة سيتراوح', ['organization:صندوق المقاصة']],
    ['كما حذر صندوق الطبيعة العالمي من', ['organization:صندوق الطبيعة العالمي']],
    ['بمساهمة صندوق الإيداع والتدبير بنسبة', ['organization:صندوق الإيداع والتدبير']],
    ['وجائزة مجمع اللغة العربية عام 1946', ['organization:مجمع اللغة العربية']],
    ['وكان طالبا بكلية الحقوق ، وطبعه', ['organization:بكلية الحقوق']],
    ['وهو طالب في كلية الطب في القاهرة', ['organization:كلية الطب']],
    ['وقال تليفزيون السودان الرسمي إن', ['organization:تليفزيون السودان الرسمي']],
    ['وقال رئيس كتلة اللقاء الديمقراطي إن', ['organization:كتلة اللقاء الديمقراطي']],
    ['وأكد نائب عن كتلة الوفاء للمقاومة أن', ['organization:كتلة الوفاء للمقاومة']],
    // after a word joined by و, an adjective goes on with the name and a bare noun does not
    ['وانتقدت كتلة التنمية والتحرير القرار', ['organization:كتلة التنمية والتحرير']],
    ['وفاز حزب العدالة والتنمية التركي بالانتخابات', ['organization:حزب العدالة والتنمية التركي']],
    ['وقال رئيس صندوق التنمية والتطوير الزراعي إن', ['organization:صندوق التنمية والتطوير الزراعي']],
    ['وأيدت كتلة الإصلاح والتغيير المشروع', ['organization:كتلة الإصلاح والتغيير']],
    ['وأعلنت نقابة الصحفيين الفلسطينيين أن', ['organization:نقابة الصحفيين الفلسطينيين']],
    ['وقال رئيس نقابة المحامين إن', ['organization:نقابة المحامين']],
    // must not match: a bare complement, an adjective, the definite noun alone, common nouns only
    ['وتقدمت النقابة بشكوى إلى الوزارة', []],
    ['وأسس العمال نقابة جديدة في المصنع', []],
    ['وتلقى رسالة على صندوق بريد في', []],
    ['ويقيم في مجمع سكني جديد قرب', []],
    ['وافتتحت كلية جديدة في المدينة', []],
    ['وقال الصندوق في بيانه إن', []],
    ['وضع الحقيبة في صندوق السيارة قبل', []],
    ['وفرز الأصوات في صندوق الاقتراع', []],
    ['وظهر على شاشة التليفزيون أمس', []],
    ['وقدم برنامجا على تليفزيون محلي', []],
    // a bloc noun before one definite word or an adjective is a mass (the wage bill, an air mass)
    ['وارتفعت كتلة الأجور في الموازنة', []],
    ['وتقدمت كتلة هوائية باردة نحو', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});

describe('movement, organising, centre, committee and panel nouns before one definite word', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['ونظمت حركة المقاومة الشعبية مسيرة', ['organization:حركة المقاومة الشعبية']],
    ['وقالت حركة التوحيد والإصلاح في بيان', ['organization:حركة التوحيد والإصلاح']],
    ['وقال زعيم حركة المهاجرون السابق', ['organization:حركة المهاجرون']],
    ['وأصدر مركز الخليج للأبحاث تقريرا', ['organization:مركز الخليج للأبحاث']],
    ['وقال مدير مركز التعاون الياباني إن', ['organization:مركز التعاون الياباني']],
    ['وأعلنت لجنة الانتخابات الهندية أن', ['organization:لجنة الانتخابات الهندية']],
    ['وذكرت هيئة تنمية الصادرات البرازيلية أن', ['organization:هيئة تنمية الصادرات البرازيلية']],
    ['وأعلنت هيئة الأوراق المالية والسلع أن', ['organization:هيئة الأوراق المالية والسلع']],
    ['وقالت جمعية تربية النحل إن', ['organization:جمعية تربية النحل']],
    // must not match: traffic, trading, an event, a place to go, organising as an act
    ['وأدى الحادث إلى توقف حركة المرور بالمنطقة', []],
    ['السيولة التي تدفقت نحو حركة التداول في السوق', []],
    ['وقالت مسؤولة تنظيم الفعاليات في الشركة', []],
    ['حتى نستطيع الذهاب إلى مركز الإجلاء ، البركان', []],
    ['بتهم التزوير والنصب وتنظيم الهجرة السرية .', []],
    ['وقام بتنظيم الري والصرف حتى أصبح', []],
    ['وقال عضو لجنة الكرة بالنادي إن', []],
    ['وتقدم النادي بشكوى إلى لجنة التظلمات أملا', []],
    ['من جانبها أكدت هيئة الدفاع أن المحاكمة سياسية', []],
    ['احتجاجا على رفض هيئة المحكمة تلبية مطالبهم', []],
    // an adjective before a definite word is no verbal noun in construct
    ['وشكلت الحكومة لجنة فنية الأسبوع الماضي', []],
    ['وأسست شركة تجارية العام الماضي', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
