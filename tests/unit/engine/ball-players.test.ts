// Players named by what they do with the ball on a sports page: مرر ديارا كرة, كرة عرضية من دياكيه.
import { describe, expect, it } from 'vitest';
import { ballPlayers } from '@/lib/engine/ball-players';
import type { Doc } from '@/lib/engine/types';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const COMMON = ['كرة', 'عرضية', 'امس', 'المؤشر', 'الفريق'];
const GIVEN = ['محمد'];

/** The players found; words of `taken` stand for names other stages found. */
function found(text: string, sports = true, taken: string[] = []): string[] {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const is = (list: string[]) => (i: number) => list.includes(tokens[i]!.text);
  return ballPlayers(doc, sports, (i) => !COMMON.includes(tokens[i]!.text), is(GIVEN), is(taken)).map((c) =>
    text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end),
  );
}

describe('ballPlayers', () => {
  const CASES: [text: string, sports: boolean, taken: string[], expected: string[]][] = [
    ['عندما مرر ديارا كرة عرضية داخل المنطقة', true, [], ['ديارا']],
    ['وسجل امبيديا الهدف الوحيد لبوروندي', true, [], ['امبيديا']],
    ['عندما تلقى كرة عرضية من دياكيه ولكن تسديدته', true, [], ['دياكيه']],
    ['وأنقذ محمد صقر مرماه من هدف محقق', true, [], ['محمد صقر']],
    // must not match: off a sports page, what was scored (in any case), a definite word, a pronoun
    // ending, a preposition, a match word, a name another stage knows
    ['عندما مرر ديارا كرة عرضية داخل المنطقة', false, [], []],
    ['وسجل هدفا في الدقيقة 20', true, [], []],
    ['وسجل هدفي الفريق الباقيين', true, [], []],
    ['وسجل المؤشر ارتفاعا امس', true, [], []],
    ['التي سجل فيها ثلاثة انتصارات', true, [], []],
    ['وسددها بيمناه بين يدي الحارس', true, [], []],
    ['انقذ حارس الفريق مرماه', true, [], []],
    ['بعد تمريرة من رونالدينيو في الدقيقة', true, ['رونالدينيو'], []],
  ];
  it.each(CASES)('%s', (text, sports, taken, expected) => {
    expect(found(text, sports, taken)).toEqual(expected);
  });
});
