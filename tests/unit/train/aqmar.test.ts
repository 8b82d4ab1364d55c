import { describe, expect, it } from 'vitest';
import { isCommunity, parseAqmar } from '../../../scripts/train/aqmar';
import { bioToSpans } from '../../../scripts/eval/newsfane';

/** "type:surface" spans of each sentence parsed from AQMAR-style lines. */
function spans(lines: string): string[][] {
  return parseAqmar(lines).map((s) =>
    bioToSpans(s.map((t) => t.tag)).map(
      (sp) =>
        `${sp.type}:${s
          .slice(sp.start, sp.end)
          .map((t) => t.text)
          .join(' ')}`,
    ),
  );
}

describe('AQMAR reader', () => {
  // Own sentences in the corpus format: [lines, expected spans per sentence].
  const cases: [string, string[][]][] = [
    ['زار O\nكمال B-PER\nسليمان I-PER\nمدينة O\nحلب B-LOC\n. O\n', [['person:كمال سليمان', 'place:حلب']]],
    // MIS is no type of ours.
    ['صدر O\nنظام O\nلينكس B-MIS\nعام O\n1991 O\n', [[]]],
    // A split proclitic joins the span's first word; a split suffix pronoun joins its word.
    ['و O\nصل O\nإلى O\nل O\nبنان B-LOC\n', [['place:لبنان']]],
    ['سافر O\nو B-ORG\nنادي I-ORG\nالهلال I-ORG\n', [['organization:ونادي الهلال']]],
    // A community tagged PER is O; a definite short name is not a community.
    ['هزم O\nالصليبيين B-PER\nفي O\nحطين B-LOC\n', [['place:حطين']]],
    ['قتل O\nالحسين B-PER\nفي O\nكربلاء B-LOC\n', [['person:الحسين', 'place:كربلاء']]],
    // A span opened by I- (annotation slip) is read as B-; two sentences stay two.
    ['قال O\nرامي I-PER\n. O\n\nفي O\nدمشق B-LOC\n', [['person:رامي'], ['place:دمشق']]],
  ];
  it.each(cases)('%s', (lines, expected) => {
    expect(spans(lines)).toEqual(expected);
  });

  it('rejects a label it does not know', () => {
    expect(() => parseAqmar('زار O\nحلب B-CITY\n')).toThrow(/bad label/);
  });

  const community: [string, boolean][] = [
    ['المسلمين', true],
    ['والفرنسيون', true],
    ['الحسين', false],
    ['المأمون', false],
    ['مسلمين', false],
  ];
  it.each(community)('isCommunity(%s) is %s', (w, expected) => {
    expect(isCommunity(w)).toBe(expected);
  });
});
