import { describe, expect, it } from 'vitest';
import { guessLanguage } from '@/lib/detect';

const arabic =
  'أعلنت وزارة الخارجية في بيان صدر اليوم أن الوزير سيتوجه إلى العاصمة لبحث العلاقات الثنائية ' +
  'والتطورات الإقليمية مع نظيره، في زيارة هي الأولى منذ سنوات.';
const arabicWithForeignName = `${arabic} وقال المحلل غريغوري پاول إن الزيارة مهمة.`;
const persian =
  'وزارت امور خارجه ایران روز یکشنبه اعلام کرد که وزیر برای گفتگو درباره روابط دوجانبه به پایتخت ' +
  'سفر می‌کند و این نخستین سفر او در چند سال گذشته است.';
const urdu =
  'وزارت خارجہ نے آج ایک بیان میں کہا ہے کہ وزیر دو طرفہ تعلقات پر بات چیت کے لیے دارالحکومت ' +
  'کا دورہ کریں گے اور یہ کئی برسوں میں ان کا پہلا دورہ ہے۔';
const english = 'The town council voted on Tuesday to extend the opening hours of the central library until nine.';

describe('guessLanguage', () => {
  it.each([
    ['Arabic news text', arabic, '', 'ar'],
    ['Arabic with a foreign name in Persian letters', arabicWithForeignName, 'ar', 'ar'],
    ['Persian', persian, '', 'fa'],
    ['Persian declared fa', persian, 'fa', 'fa'],
    ['Urdu declared ur', urdu, 'ur', 'ur'],
    ['English', english, 'en', 'other'],
    ['English page quoting one Arabic word', `${english} (قال)`, 'en', 'other'],
    ['too little text', 'قال', 'ar', 'other'],
  ])('%s', (_name, sample, declared, want) => {
    expect(guessLanguage(sample, declared).lang).toBe(want);
  });
});
