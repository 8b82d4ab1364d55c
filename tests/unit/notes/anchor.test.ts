import { describe, expect, it } from 'vitest';
import { anchor, describeQuote, distance } from '@/lib/notes/anchor';

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
    expect(placed.score).toBeLessThan(0.5);
  });

  it.each([
    ['a passage that is gone', 'هذا نص لم يعد في الصفحة على الإطلاق'],
    ['an empty quote', ''],
    ['a short quote that is gone', 'غائب'],
  ])('returns null (an orphan) for %s', (_name, exact) => {
    expect(anchor(page, { exact, prefix: '', suffix: '' }, null)).toBeNull();
  });
});

describe('distance', () => {
  it.each([
    ['قريب', 'قريب', 0],
    ['قريب', 'قريبا', 1],
    ['abc', 'xyz', 3],
  ])('%s vs %s = %i', (a, b, d) => expect(distance(a, b, 10)).toBe(d));
  it('gives up past the bound', () => expect(distance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3));
});
