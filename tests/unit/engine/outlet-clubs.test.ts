// A club that shares a news outlet's one-word name (الجزيرة): on a sports page that names the club
// once (فريق الجزيرة, مباراة الجزيرة), its other bare mentions are the club, not the channel; a
// credit, a thing told to the outlet, a reporting verb or a page with no club mention keeps the outlet.
import { describe, expect, it } from 'vitest';
import { foundBy, smallEngine } from './fixture';

const found = foundBy(smallEngine);
const SPORT = 'وقال المدرب بعد المباراة إن الفوز في الدوري يحتاج إلى أهداف ونقاط في الشوط الثاني. ';
const CLUB = 'وسجل مهاجم فريق الجزيرة هدفا. ';

describe('a club named like a news outlet', () => {
  const CASES: [input: string, expected: string[]][] = [
    [SPORT + CLUB + 'ليؤكد الجزيرة تفوقه في المجموعة', ['organization:الجزيرة', 'organization:الجزيرة']],
    [SPORT + CLUB + 'وجاءت أخطر فرصة للجزيرة في الشوط الأول', ['organization:الجزيرة', 'organization:للجزيرة']],
    [SPORT + 'وحقق الفريق الفوز في مباراة الجزيرة أمس', ['organization:الجزيرة']],
    // must not match: told to the outlet, credited to it, a reporting verb, no club on the page,
    // no sports page, or an adjective after it (the island)
    [SPORT + CLUB + 'وقال المدرب للجزيرة إن الفريق جاهز', ['organization:الجزيرة', 'organization:للجزيرة']],
    [SPORT + 'ليؤكد الجزيرة تفوقه', []],
    ['وقال الوزير إن الحكومة تدعم الجزيرة في التعليم', []],
    [SPORT + CLUB + 'وزار اللاعبون الجزيرة العربية', ['organization:الجزيرة']],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });

  it('names the club without the channel’s English', () => {
    const names = smallEngine.annotate(SPORT + CLUB + 'ليؤكد الجزيرة تفوقه').entities;
    const club = names.filter((m) => m.text === 'الجزيرة').at(-1)!;
    expect(club.type).toBe('organization');
    expect(club.english).not.toBe('Al Jazeera');
  });

  it('keeps the channel for a reporting verb on the same page', () => {
    const names = smallEngine.annotate(SPORT + CLUB + 'وذكرت الجزيرة أن المدرب استقال').entities;
    expect(names.filter((m) => m.text === 'الجزيرة').at(-1)!.english).toBe('Al Jazeera');
  });
});
