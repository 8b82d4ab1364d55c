// Tagger readings that the words around them rule out, checked before a tagged span becomes a
// candidate (lib/engine/unknown.ts).
import type { CueLexicon } from '../ner/cues';
import { cueAt } from '../ner/rule-words';
import { pronounEnding } from '../ner/triggers';
import { clitics } from '../text/clitics';
import { tokenAnalyses } from './doc';
import type { Doc } from './types';

// Tanween: fathatan, dammatan, kasratan, with or without the alif that carries fathatan.
const TANWEEN_END = /[\u064B-\u064D]\u0627?$|\u0627\u064B$/;

/**
 * بياناً مشتركاً: a word written with its indefinite case ending (tanween) is a common noun or an
 * adjective; news never declines a name so.
 */
export function declinedIndefinite(written: string): boolean {
  return TANWEEN_END.test(written.replace(/\u0640/g, ''));
}

/**
 * إدلب وريف حلب, شمال سوريا: one guessed word right before a known place with no proclitic is a
 * noun in construct with it (the place's countryside, north or suburbs): no place of its own, and
 * no person either, whose name would go on with more name words.
 */
export function nounBeforePlace(
  span: { start: number; end: number; type: string },
  placeAt: (i: number) => boolean,
): boolean {
  return span.type !== 'organization' && span.end - span.start === 1 && placeAt(span.end);
}

/**
 * A tagged place that opens with a given name is a person where the words around it say so:
 * followed by an indefinite title in construct (فايزة أبو النجا وزيرة التعاون الدولي: a place is
 * not a minister), or after a place noun written with the pronoun's ه, not ة (محافظه أيمن السياري:
 * "its governor"; normalising ة to ه made it one word with محافظة, a governorate).
 */
export function titledPlace(
  doc: Doc,
  cues: CueLexicon,
  span: { start: number; end: number; type: string },
  given: (cues: CueLexicon, norm: string) => boolean,
): boolean {
  if (span.type !== 'place' || !given(cues, doc.tokens[span.start]!.norm)) return false;
  const before = doc.tokens[span.start - 1];
  if (before?.kind === 'arabic' && pronounEnding(before) && cueAt(doc.tokens, span.start - 1, cues)?.type === 'place')
    return true;
  const next = doc.tokens[span.end];
  const after = doc.tokens[span.end + 1];
  if (!next || next.kind !== 'arabic' || clitics(next.norm).article || clitics(next.norm).pre !== '') return false;
  if (!after || after.kind !== 'arabic') return false;
  return cueAt(doc.tokens, span.end, cues)?.type === 'title';
}

const TEAM = 'منتخب';
/** A definite masculine adjective (الإنجليزي, الوطني), the only word a definite team takes here. */
const DEFINITE_ADJECTIVE = /^ال..+ي$/;

/**
 * المنتخب الإنجليزي, والمنتخب الوطني: the national team named by its definite noun and an
 * adjective is described, not named; news gold leaves it unmarked (22 of 23 times in NewsFANE's
 * training split, lib/ner/bodies.ts), and the rules never read it, but the tagger does.
 */
export function describedTeam(doc: Doc, span: { start: number; end: number; type: string }): boolean {
  if (span.type !== 'organization' || span.end - span.start !== 2) return false;
  const adjective = doc.keys[span.start + 1]!;
  if (doc.tokens[span.start + 1]!.kind !== 'arabic' || !DEFINITE_ADJECTIVE.test(adjective)) return false;
  return tokenAnalyses(doc, span.start).some((a) => a.article && a.stem === TEAM);
}
