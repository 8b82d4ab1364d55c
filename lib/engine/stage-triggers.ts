// A stage whose every finding needs one of a few words is not run on a page without them: the
// session's first page then compiles neither the stage nor its helpers, and no page walks its
// tokens for nothing. The lists are the stages' own, compared as the page's keys (foldLoose of the
// normal form: a page with the form has its key, so a stage is never skipped where it could find).
import { foldLoose } from '../text/normalize';
import { FIRST_WORDS } from './executive-bodies';
import { HYPHENS } from './hyphenated-names';
import { CHANNEL } from './ordinal-channels';
import type { Doc } from './types';

export const ORDINAL_CHANNELS = 1;
export const EXECUTIVE_BODIES = 2;
export const HYPHENATED_NAMES = 4;

/** A trigger word's key to the stages (bits above) it lets run, built once. */
const TRIGGERS = new Map<string, number>();
for (const [words, bit] of [
  [[CHANNEL], ORDINAL_CHANNELS],
  [FIRST_WORDS, EXECUTIVE_BODIES],
  [HYPHENS, HYPHENATED_NAMES],
] as const) {
  for (const w of words) TRIGGERS.set(foldLoose(w), (TRIGGERS.get(foldLoose(w)) ?? 0) | bit);
}

/** The stages (bits above) whose trigger words the page has: one question per distinct word. */
export function stagesTriggered(doc: Doc): number {
  const { keys, words } = doc;
  let mask = 0;
  // Word ids are given in order of first occurrence: token i is its word's first when its id is next.
  let next = 0;
  for (let i = 0; i < keys.length; i++) {
    if (words && words.ids[i] !== next) continue;
    next++;
    mask |= TRIGGERS.get(keys[i]!) ?? 0;
  }
  return mask;
}
