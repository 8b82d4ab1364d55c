// A stand-in gazetteer built from annotated spans, used to give the NER model the gazetteer flags
// the engine will give it at run time. Training uses it jackknifed (flags for one fold come from
// the other folds), so the model sees both known names and names the gazetteer lacks, as on a page.

import type { EntityType } from '../../lib/types';
import { clitics } from '../../lib/text/clitics';
import type { NerInputToken } from '../../lib/ner/model';
import { bioToSpans, type GoldSentence } from '../eval/newsfane';

export type SimGazetteer = Map<string, EntityType>;
const MAX_LEN = 5;

/** Clitic-free lookup forms of a span's first token (as a gazetteer lookup tolerates و ب ل ك ف). */
function firstForms(norm: string): string[] {
  const forms = new Set([norm, clitics(norm).definite]);
  let w = norm;
  for (let k = 0; k < 2 && /^[وفبكل]/.test(w) && w.length > 3; k++) {
    w = w.slice(1);
    forms.add(w);
  }
  return [...forms];
}

export function buildSimGazetteer(sentences: readonly GoldSentence[]): SimGazetteer {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of sentences) {
    for (const sp of bioToSpans(s.map((t) => t.tag))) {
      if (sp.end - sp.start > MAX_LEN) continue;
      const rest = s.slice(sp.start + 1, sp.end).map((t) => t.norm);
      const key = [clitics(s[sp.start]!.norm).definite, ...rest].join(' ');
      const v = votes.get(key) ?? new Map<EntityType, number>();
      v.set(sp.type, (v.get(sp.type) ?? 0) + 1);
      votes.set(key, v);
    }
  }
  const gaz: SimGazetteer = new Map();
  for (const [key, v] of votes) {
    const best = [...v].sort((a, b) => b[1] - a[1])[0]!;
    gaz.set(key, best[0]);
  }
  return gaz;
}

/** Model input for a sentence, with flags from a longest-match lookup in `gaz` (or none). */
export function withGazFlags(
  sentence: readonly { norm: string; kind: string }[],
  gaz: SimGazetteer | null,
): NerInputToken[] {
  const out: NerInputToken[] = sentence.map((t) => ({ norm: t.norm, kind: t.kind, gazType: null, gazBegin: false }));
  if (!gaz) return out;
  for (let i = 0; i < out.length;) {
    let matched = 0;
    for (let len = Math.min(MAX_LEN, out.length - i); len >= 1 && !matched; len--) {
      const rest = out.slice(i + 1, i + len).map((t) => t.norm);
      for (const f of firstForms(out[i]!.norm)) {
        const type = gaz.get([f, ...rest].join(' '));
        if (type) {
          for (let k = i; k < i + len; k++) {
            out[k]!.gazType = type;
            out[k]!.gazBegin = k === i;
          }
          matched = len;
          break;
        }
      }
    }
    i += matched || 1;
  }
  return out;
}

/** Training inputs with jackknifed flags: sentence i gets flags from a gazetteer of the other folds. */
export function jackknifeInputs(sentences: readonly GoldSentence[], folds = 5): NerInputToken[][] {
  const gazByFold = Array.from({ length: folds }, (_, f) =>
    buildSimGazetteer(sentences.filter((_, i) => i % folds !== f)),
  );
  return sentences.map((s, i) => withGazFlags(s, gazByFold[i % folds]!));
}
