// A one-word person guessed by the tagger stays only with a person context on the page.
import { describe, expect, it } from 'vitest';
import { personsWithEvidence } from '@/lib/engine/person-evidence';
import type { Candidate, Doc } from '@/lib/engine/types';
import { cueLexicon } from '@/lib/ner/cues';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

const cues = cueLexicon();

/** Each [word] and each [[two words]] of the text is a tagger person; returns the words kept. */
function kept(marked: string): string[] {
  const text = marked.replace(/[[\]]/g, '');
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const names: Candidate[] = [];
  let shift = 0;
  for (const m of marked.matchAll(/\[\[([^\]]+)\]\]|\[([^\]]+)\]/g)) {
    const from = m.index - shift;
    const inner = m[1] ?? m[2]!;
    shift += m[0].length - inner.length;
    const start = tokens.findIndex((t) => t.start === from);
    const end = tokens.findIndex((t) => t.end === from + inner.length) + 1;
    names.push({ start, end, type: 'person', source: 'tagger', known: false, english: null, id: null, prefix: '' });
  }
  return personsWithEvidence(doc, cues, names).map((c) => text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end));
}

describe('personsWithEvidence', () => {
  const cases: [string, string, string[]][] = [
    ['a speech verb after the name', 'وقال [غوارديولا] إن الفريق جاهز', ['غوارديولا']],
    ['a person verb with its و before the name', 'وأعرب [إيبرمان] عن سعادته', ['إيبرمان']],
    ['a title before the name, over an adjective', 'وصل المدرب الهولندي [فيرسلاين] أمس', ['فيرسلاين']],
    ['a listed given name', 'وجاء [سمير] إلى المدينة', ['سمير']],
    [
      'the surname of a full name on the page',
      'وصل [[ناجينا شوذري]] أمس ، وبقيت [شوذري] هناك',
      ['ناجينا شوذري', 'شوذري'],
    ],
    [
      'one mention with evidence vouches for the others',
      'وقال [كوبرتين] إن . ولم يكن [كوبرتين] هناك',
      ['كوبرتين', 'كوبرتين'],
    ],
    ['a longer guess needs no more evidence', 'زار [[كاترينا سوليفان]] المدينة', ['كاترينا سوليفان']],
    // Shape alone: a song, a museum, a church are left unmarked.
    ['not: a title of a song', 'فغنى أغنية " [ماندوليرا] " الشهيرة', []],
    ['not: a museum', 'وزرنا متحف [لوفرينو] في الصيف الماضي', []],
    ['not: a speech verb too far from the name', 'وقال المدير إن الفريق سيزور [لوفرينو] في الصيف', []],
    ['not: a building', 'وبرج الساعة وكنيسة [أوزبينسكي] التي أعيد بناؤها', []],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(kept(text)).toEqual(expected);
  });
});
