// Runs the whole engine over NewsFANE sentences as pages: blocks of BLOCK sentences joined by line
// breaks form one document, and each mention maps back to the tokens it covers.

import type { Engine } from '../lib/engine/types';
import { BLOCK, type GoldSentence } from './newsfane';

export function engineTags(engine: Engine, sentences: readonly GoldSentence[]): Map<GoldSentence, string[]> {
  const tags = new Map<GoldSentence, string[]>();
  for (let b = 0; b < sentences.length; b += BLOCK) {
    const block = sentences.slice(b, b + BLOCK);
    let text = '';
    const offsets: { sentence: GoldSentence; starts: number[]; ends: number[] }[] = [];
    for (const s of block) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (const t of s) {
        if (starts.length) text += ' ';
        starts.push(text.length);
        text += t.text;
        ends.push(text.length);
      }
      text += '\n';
      offsets.push({ sentence: s, starts, ends });
    }
    const ents = engine.annotate(text, { published: null }).entities.filter((e) => e.type !== 'demonym');
    for (const { sentence, starts, ends } of offsets) {
      const t = new Array<string>(sentence.length).fill('O');
      for (const e of ents) {
        const first = ends.findIndex((x) => x > e.start);
        if (first < 0 || starts[first]! >= e.end) continue;
        let last = first;
        while (last + 1 < starts.length && starts[last + 1]! < e.end) last++;
        for (let k = first; k <= last; k++) t[k] = (k === first ? 'B-' : 'I-') + e.type;
      }
      tags.set(sentence, t);
    }
  }
  return tags;
}

/** The sentences that differ from gold, one line each: word/gold/predicted where either tags it. */
export function errorLines(sentences: readonly GoldSentence[], tags: Map<GoldSentence, string[]>): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const pred = tags.get(s)!;
    if (s.every((t, i) => t.tag === pred[i])) continue;
    out.push(`  ${s.map((t, i) => (t.tag === 'O' && pred[i] === 'O' ? t.text : `${t.text}/${t.tag}/${pred[i]}`)).join(' ')}`);
  }
  return out;
}
