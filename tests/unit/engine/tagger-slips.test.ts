// The engine's guards on the tagger's output, with a stub tagger that reads every word marked with
// a leading * as the start or continuation of a person's name.
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/engine';
import type { NerModel, NerTag } from '@/lib/ner/model';
import { normalizeText } from '@/lib/text';
import { smallData } from './fixture';

function stubEngine(marked: string) {
  const starred = new Set(marked.split(/\s+/).filter((w) => w.startsWith('*')).map((w) => normalizeText(w.slice(1))));
  const ner: NerModel = {
    tag: (tokens) => tokens.map((t, i): NerTag => (starred.has(t.norm) ? (i > 0 && starred.has(tokens[i - 1]!.norm) ? 'I-person' : 'B-person') : 'O')),
  };
  return createEngine(smallData({ ner }));
}

const CASES: [string, string[]][] = [
  ['وقال *كنزو *أوشيما إن الوضع هادئ', ['كنزو أوشيما']],
  ['وقال اللواء *وديعة الله إن الفيضان كبير', ['وديعة الله']],
  // must not stand: a count before the word, a preposition on an unlisted word, an imperfect verb
  ['يعيش 300 *أسد في المنطقة', []],
  ['وقصفت المواقع *بقذائف الهاون', []],
  ['وقال إن المدينة *تستضيف البطولة', []],
];

describe('tagger output guards', () => {
  it.each(CASES)('%s → %j', (marked, expected) => {
    const text = marked.replace(/\*/g, '');
    const engine = stubEngine(marked);
    expect(engine.annotate(text).entities.filter((e) => e.type === 'person').map((e) => e.text)).toEqual(expected);
  });
});
