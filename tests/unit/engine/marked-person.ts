// Test tables write a guessed person between [ and ] in its sentence; this reads one back.
import type { Candidate, Doc } from '@/lib/engine/types';
import { foldLoose } from '@/lib/text/normalize';
import { tokenize } from '@/lib/text/tokens';

/** The sentence without the brackets, and the person candidate the brackets mark. */
export function markedPerson(
  marked: string,
  source: Candidate['source'] = 'tagger',
  known = false,
): { doc: Doc; c: Candidate; words: (c: { start: number; end: number }) => string } {
  const text = marked.replace(/[[\]]/g, '');
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, keys: tokens.map((t) => foldLoose(t.norm)) };
  const from = marked.indexOf('[');
  const to = marked.indexOf(']') - 1;
  const start = tokens.findIndex((t) => t.start === from);
  const end = tokens.findIndex((t) => t.end === to) + 1;
  const c: Candidate = { start, end, type: 'person', source, known, english: null, id: null, prefix: '' };
  return { doc, c, words: (s) => text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end) };
}
