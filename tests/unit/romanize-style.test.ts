import { describe, expect, it } from 'vitest';
import { showRomanization } from '@/lib/romanize-style';

describe('showRomanization', () => {
  it.each([
    ['flādīmīr būtīn', 'ascii', 'fladimir butin'],
    ['al-ṣfdī', 'ascii', 'al-sfdi'],
    ['ʿabd al-fattāḥ', 'ascii', 'abd al-fattah'],
    ['Wakālat al-ʾʿlām', 'ascii', "Wakalat al-'lam"],
    ['Saʿd ʿAbd', 'ascii', "Sa'd Abd"],
    ['Ḥusayn ʿĪsā', 'ascii', 'Husayn Isa'],
    ['madīnat ghazza', 'ascii', 'madinat ghazza'],
    ['flādīmīr būtīn', 'strict', 'flādīmīr būtīn'],
    ['Gaza 2024', 'ascii', 'Gaza 2024'],
  ] as const)('%s (%s) → %s', (input, style, want) => expect(showRomanization(input, style)).toBe(want));
});
