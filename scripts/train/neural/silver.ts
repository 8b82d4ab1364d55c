// Silver sentences: unlabelled Arabic Wikipedia text labelled by the neural teacher
// (scripts/train/neural/teacher.py label), read as extra training for the perceptron. Only ever added
// to training, never scored. A line is {"w": normal forms, "t": BIO tags, "p": the teacher's
// probability of its reading}; scripts/train/silver-rules.ts writes such lines too, labelled by the
// engine without its tagger ("by": "rules", p 1). A sentence is kept when p reaches `minP`, in file
// order, up to `max`.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { TAGS } from '../../../lib/ner/model';
import { tokenize } from '../../../lib/text';
import type { Bio, GoldSentence } from '../../eval/newsfane';
import { flag, numFlag } from '../../cli/args';

export interface SilverOptions {
  /** Keep sentences whose reading the teacher gives at least this probability. */
  minP: number;
  /** Keep at most this many. */
  max: number;
}

const TAG_SET = new Set<string>(TAGS);

function kindOf(norm: string): string {
  return tokenize(norm)[0]?.kind ?? 'punct';
}

/** Parses silver lines; a malformed line stops the reader, naming its line, so no run trains on half a file. */
export function parseSilver(raw: string, opts: SilverOptions, name = 'silver'): GoldSentence[] {
  const out: GoldSentence[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length && out.length < opts.max; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let rec: { w?: unknown; t?: unknown; p?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      throw new Error(`${name}:${i + 1}: not JSON`);
    }
    const { w, t, p } = rec;
    if (
      !Array.isArray(w) ||
      !Array.isArray(t) ||
      w.length !== t.length ||
      !w.length ||
      typeof p !== 'number' ||
      !w.every((x) => typeof x === 'string' && x !== '') ||
      !t.every((x) => typeof x === 'string' && TAG_SET.has(x))
    )
      throw new Error(`${name}:${i + 1}: expected {"w": [forms], "t": [tags of the same length], "p": number}`);
    if (p < opts.minP) continue;
    out.push(
      (w as string[]).map((norm, k) => ({ text: norm, norm, kind: kindOf(norm), fine: 'silver', tag: t[k] as Bio })),
    );
  }
  return out;
}

export interface SilverTraining {
  sentences: GoldSentence[];
  /** Silver sentences mixed into each epoch (the rest of them wait for later epochs). */
  perEpoch: number;
  /** Part of a fold cache key ('' without silver). */
  key: string;
  /** For the model's source note. */
  note: string;
}

/**
 * `--silver FILE [--silver-max N] [--silver-min-p P] [--silver-per-epoch M]`, or for cross-validation
 * `--silver-folds DIR`, which names one file per fold (DIR/silver-fold{F}.jsonl), each labelled by a
 * teacher that never saw that fold. Without either flag: none.
 */
export function silverTraining(fold?: number): SilverTraining | undefined {
  const file = silverFile(fold);
  if (!file) return undefined;
  const raw = readFileSync(file, 'utf8');
  const sentences = parseSilver(raw, silverOptions(), file);
  const perEpoch = Math.min(sentences.length, numFlag('--silver-per-epoch', sentences.length));
  return {
    sentences,
    perEpoch,
    key: silverKey([fold]),
    note:
      ` + ${sentences.length} Arabic Wikipedia sentences (CC BY-SA 4.0) labelled by ${labeller(raw)}, ` +
      `${perEpoch} per epoch`,
  };
}

/** Who labelled a silver file, for the model's source note: the engine's rules mark their lines "by": "rules". */
function labeller(raw: string): string {
  return raw.startsWith('{"by":"rules"')
    ? 'the engine without its tagger (scripts/train/silver-rules.ts)'
    : 'a BiLSTM-CRF teacher (scripts/train/neural/)';
}

const silverOptions = (): SilverOptions => ({
  minP: numFlag('--silver-min-p', 0),
  max: numFlag('--silver-max', Infinity),
});

function silverFile(fold: number | undefined): string | undefined {
  const folds = flag('--silver-folds');
  return fold !== undefined && folds ? join(folds, `silver-fold${fold}.jsonl`) : flag('--silver');
}

/** Part of a fold cache key: the silver files the given folds read and the options ('' without silver). */
export function silverKey(folds: readonly (number | undefined)[]): string {
  const files = folds.map(silverFile);
  if (!files.some(Boolean)) return '';
  const h = createHash('sha256').update(
    JSON.stringify({ ...silverOptions(), max: flag('--silver-max') ?? '', perEpoch: flag('--silver-per-epoch') ?? '' }),
  );
  for (const f of files) if (f) h.update(readFileSync(f));
  return `/silver:${h.digest('hex').slice(0, 12)}`;
}
