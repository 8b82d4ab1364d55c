// The proclitic و on a name's first word: the conjunction before a word no list holds whole
// (وجومانا: Jumana), the name's own letter before a vowel letter (ويليامز) or in a listed name (وليد).
import { describe, expect, it } from 'vitest';
import { namePrefix } from '@/lib/engine/name-words';
import { cueLexicon } from '@/lib/ner/cues';
import { normalizeText } from '@/lib/text/normalize';

const cues = cueLexicon();

describe('namePrefix', () => {
  it.each([
    ['وجومانا', 'و', 'جومانا'], // no list holds جومانا nor وجومانا
    ['وكلية', 'و', 'كليه'],
    ['وشيرين', 'و', 'شيرين'],
    ['والرئيس', 'و', 'الرئيس'], // before the article, as before
    // must keep the و: a W-name's vowel letter after it, a listed name, too short a rest
    ['ويليامز', '', 'ويليامز'],
    ['واشنطن', '', 'واشنطن'],
    ['وليد', '', 'وليد'],
    ['وجدي', '', 'وجدي'],
    ['وسام', '', 'وسام'],
  ])('%s → %j + %s', (word, prefix, stem) => {
    expect(namePrefix(normalizeText(word), cues)).toEqual({ prefix, stem: normalizeText(stem) });
  });
});
