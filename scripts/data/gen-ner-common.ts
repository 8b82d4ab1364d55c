// Writes two word lists from NewsFANE Gold's train split, which the rules stop a guessed name at:
// - lib/ner/common-words.generated.json: words seen 8+ times and (almost) never inside any name
//   (verbs, numbers, function words, common nouns: الرئيس ليندون جونسون عدم → ليندون جونسون);
// - lib/ner/not-person-words.generated.json: words seen 4+ times and (almost) never inside a
//   person's name, though bodies and places may have them (دولة, قسم, الشعب).
//   npx tsx scripts/data/gen-ner-common.ts /work/shared/data
// Derived from NewsFANE Gold (Alotaibi & Lee, COLING 2014), CC BY-SA 3.0. Only the train split.
import { writeFileSync } from 'node:fs';
import { cueLexicon } from '../../lib/ner/cues';
import { loadNewsFane } from '../eval/newsfane';

const MIN_COUNT = 8;
const MAX_NAME_SHARE = 0.01;
const OUT = 'lib/ner/common-words.generated.json';
const OUT_NOT_PERSON = 'lib/ner/not-person-words.generated.json';
const NOT_PERSON_MIN = 4;

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: gen-ner-common.ts <path to shared/data>');
  const { train } = loadNewsFane(dir);
  const seen = new Map<string, { all: number; inName: number; inPerson: number }>();
  for (const s of train) {
    for (const t of s) {
      if (t.kind !== 'arabic') continue;
      const c = seen.get(t.norm) ?? { all: 0, inName: 0, inPerson: 0 };
      c.all++;
      // Any fine class counts as a name here, also those the product does not mark (Group, Book).
      if (t.fine !== 'O') c.inName++;
      if (t.tag.endsWith('person')) c.inPerson++;
      seen.set(t.norm, c);
    }
  }
  const lex = cueLexicon();
  const words = [...seen]
    .filter(([w, c]) => c.all >= MIN_COUNT && c.inName <= MAX_NAME_SHARE * c.all && w.length >= 2)
    // A word the name lists know stays usable as a name (عادل, امل): the rules ask the lists first.
    .filter(([w]) => !lex.given.has(w) && !lex.family.has(w) && !lex.names.has(w))
    .map(([w]) => w)
    .sort();
  const json = {
    license: 'CC BY-SA 3.0 (derived from NewsFANE Gold, Alotaibi & Lee, COLING 2014)',
    source:
      `scripts/data/gen-ner-common.ts: train-split words seen >= ${MIN_COUNT} times, ` +
      `<= ${MAX_NAME_SHARE * 100}% inside a name`,
    words,
  };
  writeFileSync(OUT, JSON.stringify(json) + '\n');
  console.log(`wrote ${OUT}: ${words.length} words`);
  const common = new Set(words);

  // Words that are names of bodies or places often enough to miss the list above (دولة, قسم,
  // الشعب) but (almost) never part of a person's name: the person rules stop at them.
  const notPerson = [...seen]
    .filter(([w, c]) => c.all >= NOT_PERSON_MIN && c.inPerson <= MAX_NAME_SHARE * c.all && w.length >= 2)
    .filter(([w]) => !lex.given.has(w) && !lex.family.has(w) && !lex.names.has(w) && !common.has(w))
    .map(([w]) => w)
    .sort();
  writeFileSync(
    OUT_NOT_PERSON,
    JSON.stringify({
      license: json.license,
      source:
        `scripts/data/gen-ner-common.ts: train-split words seen >= ${NOT_PERSON_MIN} times, ` +
        `<= ${MAX_NAME_SHARE * 100}% inside a person's name, not in common-words`,
      words: notPerson,
    }) + '\n',
  );
  console.log(`wrote ${OUT_NOT_PERSON}: ${notPerson.length} words`);
}

main();
