// Word tests the rules (*-triggers.ts) and the engine's stages share, kept out of ./rule-words.ts
// because the tagger does not read them: words never inside a person's name, verb and adverb shapes,
// words that end a complement.

import { normalSet } from './lexicon';
import notPersonWords from './not-person-words.generated.json';

const NOT_PERSON = new Set(notPersonWords.words);
/** A word news uses often and (almost) never inside a person's name: دولة, قسم, الشعب. */
export const notPersonWord = (norm: string): boolean => NOT_PERSON.has(norm);

/** Relative pronouns and time words end a title's complement and a body's name. */
export const NOT_COMPLEMENT = normalSet('notComplement');

const IFTAAL_SHAPE = /^ا.?ت/;

/**
 * Shaped like a past verb of the derived forms or an adverb, as news puts them right after a title
 * (الرئيس الأميركي امتنع, النجم أحرز, الزعيم العراقي عسكريا): أفعل (4 letters) and its feminine
 * أفعلت (الشاعر أقيمت), افتعل, انفعل,
 * استفعل, and the accusative ـيا and مـ...ـا. Names of these shapes are in the name lists, which
 * callers ask first.
 */
export function verbOrAdverbShaped(w: string): boolean {
  if (w.length === 4 && w[0] === 'ا') return true;
  if (w.length === 5 && w[0] === 'ا' && w.endsWith('ت')) return true;
  if (w.length >= 5 && w.length <= 6 && IFTAAL_SHAPE.test(w)) return true;
  if (w.length === 5 && w.startsWith('ان')) return true;
  if (w.length >= 6 && w.startsWith('است')) return true;
  return w.length >= 5 && (w.endsWith('يا') || (w[0] === 'م' && w.endsWith('ا')));
}

// عليه, إليها, منهم, لديه: a preposition that stands alone with its pronoun is never a name (علية
// and منة, the names, end in ة in the original spelling, so the page's own text is read).
const PREPOSITION_PRONOUN = /^(عل|[إاأ]ل|لد)ي(ه|ها|هم|هما|هن|كم)$|^(عن|من|في|مع|عند)(ه|ها|هم|هما|هن)$/;
export const prepositionPronoun = (text: string): boolean =>
  PREPOSITION_PRONOUN.test(text.replace(/[\u064B-\u0652\u0640]/g, ''));

// أخيه, ونجله, زوجته, والدتها: a kinship noun with its possessive pronoun says whose relative the
// next name is and is never inside a name; read as written, since the normal form's ه is also the
// feminine ة (عطيه for عطية, a name). The stems: brother, son, daughter, spouse, parent, sibling,
// uncle, grandparent, grandchild, heir (نجل), in-law.
const KIN_PRONOUN =
  /^[وف]?(اخ[يوات]|ابنت?|بنت|زوجت?|والدت?|شقيقت?|عمت?|خالت?|جدت?|اب[يوا]|ام|حفيدت?|نجل|صهر)(ه|ها|هم|هما)$/;
export const kinWithPronoun = (text: string): boolean =>
  KIN_PRONOUN.test(text.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا'));
