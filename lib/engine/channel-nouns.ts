// قناة المحور, لقناة الرسالة الفضائية: a channel no list holds, named by a definite word, keeps its
// noun, as NewsFANE's gold writes it 4 times of 4; a listed channel leaves it out (قناة الجزيرة →
// الجزيرة), and so does a name with no article (لقناة فوكس → فوكس). The earlier stages leave every
// channel's noun out, so this one puts it back once the page's names are settled.
import { keyedSet } from '../ner/lexicon';
import { tokenAnalyses } from './doc';
import type { Candidate, Doc } from './types';

const INSIDE_BEFORE_WORD = keyedSet('nounInsideBeforeWord');
const ARTICLE_ENDING = /ال$/;

export function channelNouns<C extends Candidate>(doc: Doc, cands: readonly C[]): C[] {
  const ends = new Set<number>();
  for (const c of cands) ends.add(c.end);
  return cands.map((c) => {
    if (c.type !== 'organization' || c.known || c.prefix || c.start === 0 || ends.has(c.start)) return c;
    if (doc.tokens[c.start - 1]!.kind !== 'arabic' || !doc.keys[c.start]!.startsWith('ال')) return c;
    const noun = tokenAnalyses(doc, c.start - 1).find(
      (a) => INSIDE_BEFORE_WORD.has(a.stem) && !ARTICLE_ENDING.test(a.prefix),
    );
    if (!noun) return c;
    return { ...c, start: c.start - 1, prefix: noun.prefix, stem: noun.prefix ? noun.stem : undefined };
  });
}
