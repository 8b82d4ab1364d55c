// Lists curated gazetteer entries whose inclusion may have been driven by NewsFANE's reserved
// sentences. Five curated files were chosen, before the reserved list existed, by counting the names
// of NewsFANE's training split that the gazetteer missed (NOTICE, item 6). An entry that the
// non-reserved text names fewer than MIN_ELSEWHERE times but the reserved sentences do name could only
// have been counted because of them, so it is flagged; `--fail` exits 1 when any is found.
//   npx tsx scripts/data/audit-reserved.ts /work/shared/data [--fail]
// Reads the reserved sentences only to keep lists clean of them, never to build or tune anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../lib/text';
import { proclitics } from '../../lib/text/clitics';
import { loadNewsFane, loadReservedSet, type GoldSentence } from '../eval/newsfane';

const CURATED = 'lib/gazetteer/data/curated';
const COUNTED_FILES = [
  'people-football.json',
  'people-arts-sports-politics.json',
  'places-regions-landmarks.json',
  'orgs-intl-bodies-extra.json',
  'orgs-football-extra.json',
];
const MIN_ELSEWHERE = 2;

interface Entry {
  id: string;
  ar: string[];
}

/** Occurrences of a form's words in the sentences, the first word with any proclitics. */
function countForm(sentences: readonly (readonly string[])[], form: readonly string[]): number {
  let n = 0;
  const [head, ...rest] = form;
  if (head === undefined) return 0;
  for (const words of sentences) {
    words.forEach((word, i) => {
      if (i + form.length > words.length) return;
      const first = proclitics(word).some((a) => a.stem === head || 'ال' + a.stem === head);
      if (first && rest.every((w, k) => words[i + 1 + k] === w)) n++;
    });
  }
  return n;
}

const wordsOf = (s: readonly GoldSentence[]): string[][] => s.map((t) => t.map((w) => w.norm));

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: audit-reserved.ts <path to shared/data> [--fail]');
  const { train, dev, test } = loadNewsFane(dir);
  const elsewhere = wordsOf([...train, ...dev, ...test]);
  const reserved = wordsOf(loadReservedSet(dir));
  let flagged = 0;
  for (const file of COUNTED_FILES) {
    const entries = JSON.parse(readFileSync(join(CURATED, file), 'utf8')) as Entry[];
    for (const e of entries) {
      const forms = e.ar.map((a) => normalizeText(a).split(/\s+/).filter(Boolean));
      const inReserved = forms.reduce((sum, f) => sum + countForm(reserved, f), 0);
      const outside = forms.reduce((sum, f) => sum + countForm(elsewhere, f), 0);
      if (inReserved > 0 && outside < MIN_ELSEWHERE) {
        flagged++;
        console.log(`${file}\t${e.id}\treserved ${inReserved}\telsewhere ${outside}`);
      }
    }
  }
  console.log(`${flagged} entries named mainly by reserved sentences`);
  if (flagged > 0 && process.argv.includes('--fail')) process.exit(1);
}

if (process.argv[1]?.endsWith('audit-reserved.ts')) main();
