import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/engine/doc';
import {
  EXECUTIVE_BODIES,
  HYPHENATED_NAMES,
  ORDINAL_CHANNELS,
  stagesTriggered,
} from '../../../lib/engine/stage-triggers';
import type { Doc } from '../../../lib/engine/types';
import { tokenTable, wordTokens } from '../../../lib/text/tokens';

const docOf = (text: string): Doc => {
  const table = tokenTable(text);
  return makeDoc(text, wordTokens(table), table);
};

describe('stagesTriggered', () => {
  it.each([
    ['ذكرت القناة الثانية الإسرائيلية', ORDINAL_CHANNELS],
    ['قال الرئيس التنفيذي لشركة سامسونغ', EXECUTIVE_BODIES],
    ['التقى كيم جونغ - ايل بالوفد', HYPHENATED_NAMES],
    ['القناة الأولى، قال الرئيس التنفيذي لأبل وكيم جونغ – ايل', ORDINAL_CHANNELS | EXECUTIVE_BODIES | HYPHENATED_NAMES],
    // Must not trigger: no trigger word, or one only inside another word.
    ['قال وزير الخارجية إن الوزير بالقاهرة', 0],
    ['القنوات الفضائية والرئاسة وقناة الجزيرة', 0],
    // The stage reads the title as the token's whole form: with و glued it is not one.
    ['والرئيس التنفيذي لأبل', 0],
    ['', 0],
  ])('%s', (text, bits) => {
    expect(stagesTriggered(docOf(text))).toBe(bits);
  });

  it('is the same without word ids (a Doc built by hand)', () => {
    const doc = docOf('الرئيس التنفيذي للقناة الثانية - القناة');
    const bare: Doc = { text: doc.text, tokens: doc.tokens, keys: doc.keys };
    expect(stagesTriggered(bare)).toBe(stagesTriggered(doc));
    expect(stagesTriggered(bare)).toBe(ORDINAL_CHANNELS | EXECUTIVE_BODIES | HYPHENATED_NAMES);
  });
});
