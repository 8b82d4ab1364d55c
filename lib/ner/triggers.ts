// Rule-based recognition of names that are not in the gazetteer, from the cue words in ./cues.ts:
//   title  + (complement/nisba)* + 1–3 name-like tokens → person   (./person-triggers.ts)
//   place noun + 1–2 name tokens                          → place    (./place-triggers.ts)
//   org noun + name tokens (the noun kept unless news leaves it out) → organization
//                                                          (./org-triggers.ts)
//   national teams, parties and blocs, quoted names        → organization (./bodies.ts)
//   a foreign surname ending (-وف -يف -سكي -ينكو ...)     → person   (./person-triggers.ts)
// Spans are over token indexes, end exclusive, and cover whole tokens (clitics included).

import type { EntityType } from '../types';
import { cueLexicon, type CueLexicon } from './cues';
import { armedGroupAt, blocAt, longBodyAt, shareAt, teamAt } from './bodies';
import { orgAfterCueAt, ruleOrgHeadAt } from './org-triggers';
import {
  adjectiveAfterTitle,
  aliAfterTitle,
  feminineTitleAt,
  foreignSurnameAt,
  personAfterHeadedBy,
  personAfterNisba,
  personAfterTitle,
  quotedAfterTitle,
} from './person-triggers';
import { placeAfterCue } from './place-triggers';
import { cueAt, type RuleToken } from './rule-words';

// ه with any vowel marks after it, at a word's end: the pronoun "his/its", never ة.
const PRONOUN_HA_END = /\u0647[\u064B-\u0652]*$/;

/**
 * Is the word written with the pronoun's ه at its end (محافظه: "its governor", not محافظة)? ة and
 * the pronoun's ه are one letter once a word is normalised; the written form tells them apart.
 */
export function pronounEnding(t: RuleToken & { text?: string }): boolean {
  return t.text !== undefined && PRONOUN_HA_END.test(t.text);
}

export interface RuleSpan {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Rule spans over `tokens`, sorted, non-overlapping (earlier and longer spans win). `isCountryNisba`
 * tells a country's adjective (الروسي) from another (الصدري); without it every nisba names.
 * `knownEnd(i)` is the end of a known place or person starting at token i with no proclitic (i when
 * none): an organisation noun before one is named by it (مستشفى مصر الدولي).
 */
export function ruleSpans(
  tokens: readonly RuleToken[],
  lex: CueLexicon = cueLexicon(),
  isCountryNisba: (w: string) => boolean = () => false,
  knownEnd: (i: number) => number = (i) => i,
): RuleSpan[] {
  const found: RuleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'arabic') continue;
    const cue = cueAt(tokens, i, lex);
    if (cue) {
      const j = i + cue.length;
      if (cue.type !== 'organization') {
        const span =
          cue.type === 'title'
            ? (personAfterTitle(tokens, j, lex, isCountryNisba) ??
              quotedAfterTitle(tokens, i, j, lex) ??
              aliAfterTitle(tokens, i, j))
            : pronounEnding(tokens[j - 1]!)
              ? null // محافظه أيمن السياري: "its governor", no place noun
              : placeAfterCue(tokens, t, j, lex);
        const adjective = span && cue.type === 'title' && adjectiveAfterTitle(tokens, i, cue.length, span, lex);
        if (span && !adjective)
          found.push({ start: span[0], end: span[1], type: cue.type === 'title' ? 'person' : 'place' });
      } else {
        const span = orgAfterCueAt(tokens, i, j, lex, knownEnd, isCountryNisba);
        if (span) found.push({ start: span[0], end: span[1], type: 'organization' });
      }
    } else if (feminineTitleAt(tokens, i, lex)) {
      const span = personAfterTitle(tokens, i + 1, lex);
      if (span) found.push({ start: span[0], end: span[1], type: 'person' });
    } else if (ruleOrgHeadAt(tokens, i)) {
      const span = orgAfterCueAt(tokens, i, i + 1, lex, knownEnd, isCountryNisba);
      if (span) found.push({ start: span[0], end: span[1], type: 'organization' });
    }
    const headed = personAfterHeadedBy(tokens, i, lex);
    if (headed) found.push({ start: headed[0], end: headed[1], type: 'person' });
    const nisbaName = personAfterNisba(tokens, i, lex, isCountryNisba);
    if (nisbaName) found.push({ start: nisbaName[0], end: nisbaName[1], type: 'person' });
    const team = teamAt(tokens, i, lex);
    if (team > i) found.push({ start: i, end: team, type: 'organization' });
    const bloc = blocAt(tokens, i, lex, isCountryNisba);
    if (bloc > i) found.push({ start: i, end: bloc, type: 'organization' });
    // سهم دبي للاستثمار: a known place after the share is the company's name (the engine's rule).
    const share = knownEnd(i + 1) > i + 1 ? i : shareAt(tokens, i, lex);
    if (share > i) found.push({ start: i + 1, end: share, type: 'organization' });
    const armed = armedGroupAt(tokens, i, lex);
    if (armed > i) found.push({ start: i, end: armed, type: 'organization' });
    const long = longBodyAt(tokens, i, lex, knownEnd);
    if (long > i) found.push({ start: i, end: long, type: 'organization' });
    const foreign = foreignSurnameAt(tokens, i, lex);
    if (foreign) found.push({ start: foreign[0], end: foreign[1], type: 'person' });
  }
  return resolveOverlaps(found);
}

function resolveOverlaps(spans: RuleSpan[]): RuleSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuleSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
