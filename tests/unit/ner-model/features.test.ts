import { describe, expect, it } from 'vitest';
import { FeatureExtractor, F, staticParts } from '../../../lib/ner/model/features';
import { cueLexicon } from '../../../lib/ner/cues';
import { tokenize } from '../../../lib/text';

function featuresOf(text: string): number[][] {
  const fx = new FeatureExtractor(cueLexicon());
  const tokens = tokenize(text);
  const { feats, offsets, words } = fx.sentence(tokens);
  return tokens.map((_, i) => [
    ...feats.slice(offsets[i]!, offsets[i + 1]!),
    ...staticParts(words, i).flatMap((p) => [...p]),
    ...words[i]!.trans,
  ]);
}

describe('feature extraction', () => {
  const sentences = ['قال الرئيس الكيني ويليام روتو', 'وأعلنت حركة حماس في غزة', 'Reuters قالت 2021'];
  it.each(sentences)('is deterministic across extractors: %s', (s) => {
    expect(featuresOf(s)).toEqual(featuresOf(s));
  });

  it('gives the same word different features in a different context', () => {
    const a = featuresOf('قال الرئيس روتو')[2]!;
    const b = featuresOf('قال المسؤول روتو')[2]!;
    expect(a).not.toEqual(b);
  });

  it('passes gazetteer flags through as features', () => {
    const fx = new FeatureExtractor(cueLexicon());
    const plain = [{ norm: 'روتو', kind: 'arabic' }];
    const gaz = [{ norm: 'روتو', kind: 'arabic', gazType: 'person' as const, gazBegin: true }];
    const n1 = fx.sentence(plain).offsets[1]!;
    const n2 = fx.sentence(gaz).offsets[1]!;
    expect(n2).toBe(n1 + 1);
  });

  // [word, flag that must be set, flag that must NOT be set]
  const flags: [string, number, number][] = [
    ['أحمد', F.given, F.article],
    ['والرئيس', F.cueTitle, F.cueOrg],
    ['حركة', F.cueOrg, F.cueTitle],
    ['مدينة', F.cuePlace, F.given],
    ['لافروف', F.foreign, F.article],
    ['معروف', 0, F.foreign],
    ['الروسية', F.nisba, F.given],
    ['Reuters', F.latin, F.digit],
  ];
  it.each(flags)('flags %s', (word, must, mustNot) => {
    const fx = new FeatureExtractor(cueLexicon());
    const info = fx.word(tokenize(word)[0]!.norm);
    if (must) expect(info.flags & must).toBe(must);
    expect(info.flags & mustNot).toBe(0);
  });
});

describe('word dropout (training only)', () => {
  const fx = new FeatureExtractor(cueLexicon());
  // [word, another word]: hidden, both lose their identity; visible, they keep it.
  const pairs: [string, string][] = [
    ['روتو', 'زيدون'],
    ['والرئيس', 'بالعراق'],
  ];
  const norm = (w: string): string => tokenize(w)[0]!.norm;
  it.each(pairs)('hides the identity of %s but not its letters', (w1, w2) => {
    const [a, b] = [norm(w1), norm(w2)];
    expect(fx.word(a, true).word).toBe(fx.word(b, true).word);
    expect(fx.word(a, false).word).not.toBe(fx.word(b, false).word);
    expect(fx.word(a, true).word).not.toBe(fx.word(a, false).word);
    // Affix and shape features stay, so the two hidden words still differ.
    expect([...fx.word(a, true).feats]).not.toEqual([...fx.word(b, true).feats]);
  });

  it('keeps the list flags of a hidden word', () => {
    expect(fx.word(norm('أحمد'), true).flags & F.given).toBe(F.given);
  });

  it('gives a hidden token and a visible one of the same word different features in a sentence', () => {
    const visible = fx.sentence([{ norm: 'روتو', kind: 'arabic' }]).words[0]!;
    const hidden = fx.sentence([{ norm: 'روتو', kind: 'arabic', hidden: true }]).words[0]!;
    expect(hidden).not.toBe(visible);
    expect(fx.sentence([{ norm: 'روتو', kind: 'arabic' }]).words[0]).toBe(visible);
  });
});
