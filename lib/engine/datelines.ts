// Datelines: a news story opens with the town it was filed from, then a dash or the agency in
// brackets (جنديرس - أحيا سكان ...; أربيل (رويترز) - ...). A town no list holds is still a place
// there. The rule reads only the first words of a line, so a match line (بيهورا - ستيوا 1 - 1)
// or a byline (متابعة - صلاح عبدالغني :) must not pass: a number or a colon soon after the dash,
// a common word, a given name or a word another stage named stops it.
import type { WordToken } from '../text/tokens';
import { tokenEnd, tokenStart } from './doc';
import { ruleGuess, type Candidate, type Doc } from './types';

const DASHES = new Set(['-', '–', '—']);
const NOT_IN_STORY = new Set([...DASHES, ':', '(', ')']);
/** How many words after the dash must follow with no number among them (a match line has scores). */
const BODY_WORDS = 4;

function lineStart(doc: Doc, i: number): boolean {
  if (i === 0) return doc.text.slice(0, tokenStart(doc, 0)).trim() === '';
  return doc.text.slice(tokenEnd(doc, i - 1), tokenStart(doc, i)).includes('\n');
}

/** The first token of each line, found from the line breaks alone (a page has few lines, many words). */
function lineOpeners(doc: Doc): number[] {
  const { text, tokens } = doc;
  const out: number[] = [];
  if (tokens.length && lineStart(doc, 0)) out.push(0);
  let i = 0;
  let nl = text.indexOf('\n');
  while (nl >= 0) {
    while (i < tokens.length && tokenStart(doc, i) < nl) i++;
    if (i >= tokens.length) break;
    out.push(i);
    nl = text.indexOf('\n', tokenEnd(doc, i));
  }
  return out;
}

/**
 * Index after the dateline's closing mark at j, or -1: a dash, or brackets around a name another
 * stage knows (the agency: أربيل (رويترز)), with or without a dash after them. Brackets around
 * common words are an aside (السلالة الهندية ( الاسد الهندي )).
 */
function afterMark(tokens: readonly WordToken[], j: number, taken: (i: number) => boolean): number {
  if (DASHES.has(tokens[j]?.norm ?? '')) return j + 1;
  if (tokens[j]?.norm !== '(' || !taken(j + 1)) return -1;
  for (let k = j + 2; k < j + 5 && k < tokens.length; k++) {
    if (tokens[k]!.norm === ')') return DASHES.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (!taken(k)) return -1;
  }
  return -1;
}

/**
 * A story's text after the mark: words on the same line, with no score or bracket (a match line:
 * ليل ( فرنسا ) - ميلان ( ايطاليا ) صفر - صفر), no colon (a byline: متابعة - صلاح عبدالغني :) and
 * no second dash (sources: محيط - الراي -; an aside: عمه - ابو خليل القباني -) among the first.
 */
function storyFollows(doc: Doc, from: number): boolean {
  const tokens = doc.tokens;
  for (let k = from; k < from + BODY_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.kind === 'number' || NOT_IN_STORY.has(t.norm) || lineStart(doc, k)) return false;
  }
  // البنك - ومقره مانيلا -: a dash opening an aside, not a dateline.
  return tokens[from]!.kind === 'arabic' && !tokens[from]!.norm.startsWith('و');
}

/**
 * One- or two-word places opening a line before a dash or a bracketed agency. `plain(i)`: token i
 * may be a name word (not a common or function word, not a given name); `taken(i)`: another stage
 * named it.
 */
export function datelines(doc: Doc, plain: (i: number) => boolean, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (const i of lineOpeners(doc)) {
    if (tokens[i]!.kind !== 'arabic') continue;
    for (let end = i + 1; end <= i + 2; end++) {
      const from = afterMark(tokens, end, taken);
      if (from < 0) continue;
      let ok = storyFollows(doc, from) && !doc.text.slice(tokenEnd(doc, i), tokenStart(doc, from - 1)).includes('\n');
      // الدستور - ناريمان محمد: a definite word is a newspaper or a noun; a town no list holds opens
      // with no article (رأس العين: its second word may have one).
      ok &&= !tokens[i]!.norm.startsWith('ال');
      for (let k = i; k < end && ok; k++) ok = tokens[k]!.kind === 'arabic' && plain(k) && !taken(k);
      if (ok) out.push(ruleGuess(i, end, 'place'));
      break;
    }
  }
  return out;
}
