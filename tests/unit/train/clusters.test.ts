import { describe, expect, it } from 'vitest';
import { learnClusters } from '../../../scripts/train/clusters';
import { parseClusters } from '../../../lib/ner/model/clusters';
import { tokenize } from '../../../lib/text';
import { clitics } from '../../../lib/text/clitics';

const norm = (w: string): string => tokenize(w)[0]!.norm;
/** The table's key of a word: its normal form with clitics off. */
const key = (w: string): string => clitics(norm(w)).bare;

// A tiny corpus where towns and verbs of saying each share their neighbours.
const towns = ['بيروت', 'دمشق', 'عمان', 'القاهرة'];
const verbs = ['قال', 'اعلن', 'اكد', 'صرح'];
const people = ['زيد', 'عمرو', 'خالد', 'سعيد'];
const corpus: string[][] = [];
for (let r = 0; r < 3; r++)
  for (const t of towns)
    for (const v of verbs)
      for (const p of people) {
        corpus.push(['وصل', 'الوفد', 'الى', t, 'امس'].map(norm));
        corpus.push(['ثم', v, 'المتحدث', p, 'ان', 'الوضع', 'هادئ'].map(norm));
      }

describe('learnClusters', () => {
  const json = learnClusters(corpus, { depth: 3, minCount: 3, contexts: 50 });
  const c = parseClusters(json);
  const leaf = (w: string): number => c.leafOf.get(key(w))!;

  it('puts every frequent form in the table', () => {
    for (const w of [...towns, ...verbs, ...people]) expect(c.leafOf.has(key(w))).toBe(true);
    expect(c.leafOf.has('قاهره')).toBe(true); // clitics off, normal form
    expect(c.leafOf.has('القاهرة')).toBe(false);
  });

  it('keeps words used alike together and apart from words used otherwise', () => {
    const sameSide = (ws: string[], depth: number): boolean =>
      new Set(ws.map((w) => leaf(w) >>> (c.depth - depth))).size === 1;
    expect(sameSide(towns, 2)).toBe(true);
    expect(sameSide(verbs, 2)).toBe(true);
    expect(sameSide(people, 2)).toBe(true);
    expect(sameSide(['بيروت', 'قال'], 2)).toBe(false);
    expect(sameSide(['زيد', 'قال'], 2)).toBe(false);
  });

  it('leaves out forms seen fewer than minCount times', () => {
    const rare = ['نادرة', 'الوفد'].map(norm);
    const once = learnClusters([...corpus, rare, rare], { depth: 3, minCount: 3, contexts: 50 });
    expect(parseClusters(once).leafOf.has(key('نادرة'))).toBe(false);
    const thrice = learnClusters([...corpus, rare, rare, rare], { depth: 3, minCount: 3, contexts: 50 });
    expect(parseClusters(thrice).leafOf.has(key('نادرة'))).toBe(true);
  });

  it('keeps only the maxWords most frequent forms', () => {
    // The frame words are in every sentence of their kind, four times as often as a town, verb or person.
    const frame = ['وصل', 'الوفد', 'الى', 'امس', 'ثم', 'المتحدث', 'ان', 'الوضع', 'هادئ'];
    const few = parseClusters(learnClusters(corpus, { depth: 3, minCount: 3, contexts: 50, maxWords: frame.length }));
    expect(few.leafOf.size).toBe(frame.length);
    for (const w of frame) expect(few.leafOf.has(key(w))).toBe(true);
    for (const w of [...towns, ...verbs, ...people]) expect(few.leafOf.has(key(w))).toBe(false);
  });

  it('is deterministic', () => {
    expect(learnClusters(corpus, { depth: 3, minCount: 3, contexts: 50 })).toEqual(json);
  });
});
