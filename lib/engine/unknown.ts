// Names the gazetteer lacks: trigger rules (lib/ner/triggers: titles, place nouns, org nouns,
// foreign surname endings) and the learned tagger (lib/ner/model), which is given the gazetteer's
// findings as features, as it was trained. English comes from the transliteration model.
import type { CueLexicon } from '../ner/cues';
import type { NerInputToken, NerModel } from '../ner/model';
import { clitics } from '../ner/model/stem';
import { ruleSpans } from '../ner/triggers';
import type { EntityType } from '../types';
import type { Candidate, Doc, EngineData } from './types';

const TERMINATORS = new Set(['.', '!', '?', '؟', '؛', '…']);

/** Token ranges [start, end) of sentences: a terminator or a line break ends one. */
export function sentenceRanges(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const { tokens, text } = doc;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(t.end, next.start).includes('\n');
    if (TERMINATORS.has(t.text) || lineBreak || i - start >= 120) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}

/** Proclitics on a name's first token that are not part of the name: only before an article, or a و/ف the lexicon confirms. */
export function namePrefix(norm: string, cues: CueLexicon): { prefix: string; stem: string } {
  const c = clitics(norm);
  if (c.pre) return { prefix: c.pre, stem: c.definite };
  const known = (w: string) => cues.given.has(w) || cues.family.has(w) || cues.names.has(w);
  if (c.alt && !known(norm) && known(c.alt)) return { prefix: norm.slice(0, 1), stem: c.alt };
  return { prefix: '', stem: norm };
}

function bioSpans(tags: readonly string[], offset: number): { start: number; end: number; type: EntityType }[] {
  const spans: { start: number; end: number; type: EntityType }[] = [];
  let open: { start: number; end: number; type: EntityType } | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const type = t === 'O' ? null : (t.slice(2) as EntityType);
    if (open && (t[0] !== 'I' || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (open) open.end = offset + i + 1;
    else if (type) open = { start: offset + i, end: offset + i + 1, type };
  }
  if (open) spans.push(open);
  return spans;
}

function tagged(doc: Doc, ner: NerModel, known: readonly Candidate[]): { start: number; end: number; type: EntityType }[] {
  const gazType: (EntityType | null)[] = new Array(doc.tokens.length).fill(null);
  const gazBegin: boolean[] = new Array(doc.tokens.length).fill(false);
  for (const c of known) {
    if (c.type === 'demonym') continue;
    for (let i = c.start; i < c.end; i++) gazType[i] = c.type;
    gazBegin[c.start] = true;
  }
  const out: { start: number; end: number; type: EntityType }[] = [];
  for (const [s, e] of sentenceRanges(doc)) {
    // A sentence without an Arabic word has no names for this tagger.
    let arabic = false;
    for (let i = s; i < e && !arabic; i++) arabic = doc.tokens[i]!.kind === 'arabic';
    if (!arabic) continue;
    const input: NerInputToken[] = [];
    for (let i = s; i < e; i++) {
      const t = doc.tokens[i]!;
      input.push({ norm: t.norm, kind: t.kind, gazType: gazType[i], gazBegin: gazBegin[i] });
    }
    out.push(...bioSpans(ner.tag(input), s));
  }
  return out;
}

/** Candidates for names not in the gazetteer (english and id are filled in for the survivors). */
export function unknownCandidates(doc: Doc, data: EngineData, cues: CueLexicon, known: readonly Candidate[]): Candidate[] {
  const make = (s: { start: number; end: number; type: EntityType }, source: 'rule' | 'tagger'): Candidate => {
    const { prefix, stem } = namePrefix(doc.tokens[s.start]!.norm, cues);
    return { start: s.start, end: s.end, type: s.type, source, known: false, english: null, id: null, prefix, stem };
  };
  const out: Candidate[] = ruleSpans(doc.tokens, cues).map((s) => make(s, 'rule'));
  if (data.ner) {
    for (const s of tagged(doc, data.ner, known)) {
      // Punctuation or numbers inside a tagged span mean the tagger ran across a boundary.
      if (doc.tokens.slice(s.start, s.end).some((t) => t.kind !== 'arabic' && t.kind !== 'latin')) continue;
      out.push(make(s, 'tagger'));
    }
  }
  return out;
}
