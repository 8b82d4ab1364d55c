import { describe, expect, it } from 'vitest';
import { anchor, describeQuote } from '@/lib/notes/anchor';

const page = 'قال الوزير إن المحادثات مستمرة. وقال الوزير إن الاتفاق قريب جدا. ثم غادر الوزير القاعة.';

describe('anchor', () => {
  const second = page.indexOf('الوزير', 20);
  const { quote, position } = describeQuote(page, second, second + 'الوزير'.length);

  it('uses the position when the quote is still there', () => {
    expect(anchor(page, quote, position)).toEqual({ start: second, end: second + 6, score: 1 });
  });

  it('picks the occurrence whose prefix and suffix match when the text moved', () => {
    const moved = `مقدمة جديدة أضيفت. ${page}`;
    const placed = anchor(moved, quote, position)!;
    expect(placed.start).toBe(moved.indexOf('الوزير إن الاتفاق'));
  });

  it('places a passage that changed a little (fuzzy)', () => {
    const s = page.indexOf('إن الاتفاق قريب جدا');
    const q = describeQuote(page, s, s + 'إن الاتفاق قريب جدا'.length);
    const edited = page.replace('إن الاتفاق', 'إن الإتفاق');
    const placed = anchor(edited, q.quote, null)!;
    expect(edited.slice(placed.start, placed.end)).toContain('الإتفاق قريب جدا');
    expect(placed.score).toBeLessThan(anchor(page, q.quote, null)!.score);
  });

  it.each([
    ['a passage that is gone', 'هذا نص لم يعد في الصفحة على الإطلاق'],
    ['an empty quote', ''],
    ['a short quote that is gone', 'غائب'],
  ])('returns null (an orphan) for %s', (_name, exact) => {
    expect(anchor(page, { exact, prefix: '', suffix: '' }, null)).toBeNull();
  });
});

describe('anchor after edits, moves and copies', () => {
  const story =
    'أعلنت الحكومة صباح اليوم خطة جديدة للمياه. ' +
    'وقال وزير المياه في مؤتمر صحفي إن المشروع سيبدأ في الربيع الآتي بتمويل عربي. ' +
    'ورحبت البلديات بالخطة وطالبت بمشاركة أوسع.';
  const exact = 'قال وزير المياه في مؤتمر صحفي إن المشروع سيبدأ في الربيع الآتي';
  const start = story.indexOf(exact);
  const { quote, position } = describeQuote(story, start, start + exact.length);

  it('re-attaches a 62-character quote whose first and last words were edited, below a new paragraph', () => {
    expect(exact.length).toBe(62);
    const edited = `فقرة جديدة أضيفت في أعلى المقال بعد النشر بساعات. ${story}`
      .replace('وقال وزير', 'وأكد وزير')
      .replace('الربيع الآتي', 'الربيع المقبل');
    const placed = anchor(edited, quote, position);
    expect(placed).not.toBeNull();
    const found = edited.slice(placed!.start, placed!.end);
    expect(found).toContain('وزير المياه في مؤتمر صحفي إن المشروع سيبدأ في الربيع');
    expect(Math.abs(placed!.start - edited.indexOf('أكد وزير'))).toBeLessThanOrEqual(3);
    expect(Math.abs(placed!.end - (edited.indexOf('المقبل') + 'المقبل'.length))).toBeLessThanOrEqual(3);
  });

  it('follows a quote moved to the end of the article', () => {
    const moved = story.replace(`${exact} بتمويل عربي. `, '') + ` ${exact} بتمويل عربي.`;
    const placed = anchor(moved, quote, position)!;
    expect(moved.slice(placed.start, placed.end)).toBe(exact);
  });

  it(
    'chooses, among copies of a quote, the one with the old prefix and suffix, ' + 'then the one nearest the old place',
    () => {
      const copy = 'إن المشروع سيبدأ';
      const text = `قال الوزير ${copy} غدا. وقال المتحدث ${copy} قريبا. وقال الوزير ${copy} غدا.`;
      const second = text.indexOf(copy, text.indexOf('المتحدث'));
      const q = describeQuote(text, second, second + copy.length);
      const shifted = `سطر جديد. ${text}`;
      expect(anchor(shifted, q.quote, q.position)!.start).toBe(shifted.indexOf(copy, shifted.indexOf('المتحدث')));
      const third = text.lastIndexOf(copy);
      const q3 = describeQuote(text, third, third + copy.length);
      // The first and third copies have the same context: the old position decides.
      expect(anchor(shifted, q3.quote, q3.position)!.start).toBe(shifted.lastIndexOf(copy));
    },
  );

  it.each([
    ['the passage was removed', story.replace(exact, 'ورفض المسؤولون التعليق على تفاصيل الخطة')],
    [
      'more than a quarter of it was rewritten',
      story.replace('في مؤتمر صحفي إن المشروع سيبدأ', 'لوكالة الأنباء إن العمل ينطلق'),
    ],
    ['an unrelated article', 'فاز الفريق المحلي في المباراة النهائية بهدفين مقابل هدف واحد وسط حضور جماهيري كبير.'],
  ])('stays an orphan when %s', (_name, text) => {
    expect(anchor(text, quote, position)).toBeNull();
  });

  it('places a short quote only where it occurs exactly', () => {
    const short = describeQuote(story, story.indexOf('الحكومة'), story.indexOf('الحكومة') + 7);
    expect(anchor(story.replace('الحكومة', 'الحكومه'), short.quote, null)).toBeNull();
  });
});
