// Which attested spelling the table keeps for an Arabic word (training only: scripts/data/gen-translit.ts).

import { topSpelling } from './pairs';

export type TableChoice = { kind: 'model' } | { kind: 'table'; en: string };

/**
 * The table entry for a word with these attested spellings (English → count), given the unit
 * model's best spellings, best first. The commonest spelling goes in the table unless the model
 * already writes it. Spellings attested equally often are no evidence (ديفيد in the training slice:
 * dovid, dawid, d'angers, once each, while its David pairs sit in another slice): the model picks
 * among them, or spells the word itself when it ranks none of them.
 */
export function tableChoice(
  spellings: ReadonlyMap<string, number>,
  modelBest: readonly { en: string }[],
  minCount = 1,
): TableChoice {
  const top = topSpelling(new Map(spellings));
  if (modelBest[0]?.en === top) return { kind: 'model' };
  const n = spellings.get(top) ?? 0;
  const tied = [...spellings].filter(([, c]) => c === n).map(([en]) => en);
  if (tied.length > 1) {
    const pick = modelBest.find((b) => tied.includes(b.en));
    return pick && pick !== modelBest[0] ? { kind: 'table', en: pick.en } : { kind: 'model' };
  }
  return n >= minCount ? { kind: 'table', en: top } : { kind: 'model' };
}

/**
 * The table entry for a word the extension spells in more than one way without it: guessToken()
 * decodes the whole word, guessName() the likelier of an article word and its stem (article.ts).
 * Each way's best spellings are given; the entry is kept when any way needs it, since dropping it
 * because the whole-word decode writes it would leave the name's spelling to the stem
 * (الجويني: jouini as a word, "guini" from جويني).
 */
export function tableChoiceForAll(
  spellings: ReadonlyMap<string, number>,
  ways: readonly (readonly { en: string }[])[],
  minCount = 1,
): TableChoice {
  for (const best of ways) {
    const choice = tableChoice(spellings, best, minCount);
    if (choice.kind === 'table') return choice;
  }
  return { kind: 'model' };
}
