// Runs the whole engine over NewsFANE sentences as pages: blocks of BLOCK sentences joined by line
// breaks form one document, and each mention maps back to the tokens it covers.

import type { Engine } from '../../lib/engine/types';
import type { Gazetteer } from '../../lib/gazetteer/load';
import { clitics } from '../../lib/text/clitics';
import { BLOCK, bioToSpans, type GoldSentence } from './newsfane';

/** `guessed`, when given, receives the sentences holding a mention the gazetteer does not know (known: false). */
export function engineTags(
  engine: Engine,
  sentences: readonly GoldSentence[],
  guessed?: Set<GoldSentence>,
): Map<GoldSentence, string[]> {
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
        if (!e.known) guessed?.add(sentence);
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
    out.push(
      `  ${s.map((t, i) => (t.tag === 'O' && pred[i] === 'O' ? t.text : `${t.text}/${t.tag}/${pred[i]}`)).join(' ')}`,
    );
  }
  return out;
}

/**
 * Recall of person names that no list holds: gold person spans whose words, as written or with a
 * proclitic off the first word (وبوتين → بوتين), are no gazetteer form. These are the long tail
 * (local officials, athletes, victims) the rules and the tagger must find on their own.
 */
export function unlistedPersonRecall(
  sentences: readonly GoldSentence[],
  tags: Map<GoldSentence, string[]>,
  gazetteer: Gazetteer,
): { found: number; total: number } {
  let found = 0;
  let total = 0;
  for (const s of sentences) {
    const pred = bioToSpans(tags.get(s)!);
    for (const g of bioToSpans(s.map((t) => t.tag))) {
      if (g.type !== 'person') continue;
      const words = s.slice(g.start, g.end).map((t) => t.norm);
      const c = clitics(words[0]!);
      const firsts = new Set([words[0]!, c.definite, c.bare, ...(c.alt ? [c.alt] : [])]);
      const listed = [...firsts].some((f) =>
        gazetteer.lookup([f, ...words.slice(1)], 0).some((m) => m.length === words.length),
      );
      if (listed) continue;
      total++;
      if (pred.some((p) => p.type === 'person' && p.start === g.start && p.end === g.end)) found++;
    }
  }
  return { found, total };
}
