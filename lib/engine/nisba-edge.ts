// A country adjective (nisba) at the edge of a guessed name says where its bearer or place is from;
// it is not part of the name: المدرب التونسي منير الجويني, المهاجر الغيني, ميناء جيهان التركي.
// The tagger's letter and cluster evidence reads such adjectives as surname-like (their letters
// are a surname's), so the engine checks its guesses' edges against the demonym table.
import { nisbaBase } from '../text/nisba';

export interface EdgeWords {
  /** Token i's normalised form with its proclitics. */
  norm(i: number): string;
  /** Token i's folded key (doc.keys), as the demonym table is read. */
  key(i: number): string;
}

export interface EdgeSpan {
  start: number;
  end: number;
  type: string;
}

export interface NisbaEdgeTests {
  /** A country's adjective, in any gender and number (التونسي, الروسية, الأميركيين). */
  isNisba: (key: string) => boolean;
  /** A word the name lists hold as a family name or a name word (المصري). */
  listedSurname: (norm: string) => boolean;
  /** A word the name lists hold as a given name (محمد, منى). */
  givenName: (norm: string) => boolean;
  /** Does token i open a post in apposition (وزير البيئة, نائب الرئيس: an indefinite title)? */
  postAt?: (i: number) => boolean;
}

/** The masculine singular form, the only one a family name takes (المصري, never المصرية). */
/** A module function, not an arrow made per call: V8 compiled such an arrow again on every page. */
function definiteNisba(words: EdgeWords, t: NisbaEdgeTests, i: number): boolean {
  return words.key(i).startsWith('ال') && t.isNisba(words.key(i));
}

function masculineSingular(key: string): boolean {
  const base = nisbaBase(key);
  return base !== null && (key === base || key === 'ال' + base);
}

/**
 * A guessed person or place with a country adjective opening or closing it, cut back to the name;
 * null when nothing of a name is left (المهاجر الغيني: a definite noun and its adjective).
 * A masculine adjective right after a lone given name is read as the family name when the name
 * lists hold it as one (محمد المصري): that is the likelier reading of two words a tagger took for
 * a person. Organisations keep theirs (الخارجية الروسية is the body's name).
 */
export function withoutEdgeNisba<S extends EdgeSpan>(span: S, words: EdgeWords, t: NisbaEdgeTests): S | null {
  if (span.type !== 'person' && span.type !== 'place') return span;
  let { start, end } = span;
  // An adjective opens no name: it belongs to the title or noun before it.
  while (end - start > 1 && definiteNisba(words, t, start)) start++;
  if (end - start > 1 && definiteNisba(words, t, end - 1)) {
    const surname =
      span.type === 'person' &&
      end - start === 2 &&
      masculineSingular(words.key(end - 1)) &&
      t.givenName(words.norm(start)) &&
      t.listedSurname(words.norm(end - 1));
    // محمد سعيد الكندي وزير البيئة: before a post in apposition the adjective of a name of two
    // words or more is its family name; a foreigner's nationality comes before the name.
    const beforePost =
      span.type === 'person' && end - start >= 2 && masculineSingular(words.key(end - 1)) && !!t.postAt?.(end);
    if (!surname && !beforePost) {
      end--;
      // What is left is one definite word no name list holds: a noun the adjective described.
      const left = words.norm(start);
      if (end - start === 1 && left.startsWith('ال') && !t.givenName(left) && !t.listedSurname(left)) return null;
    }
  }
  if (start === span.start && end === span.end) return span;
  return { ...span, start, end };
}
