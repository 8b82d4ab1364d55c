// The engine's tables that are made the first time a text needs them, so that the command line and
// the content script (which carries the date finder) pay for them only when a text does. A host
// with idle time before its first text (the background, while its files are read) makes them then:
// otherwise the first page's call makes them, 40–60 ms of it in node at load 8 (the Umm al-Qura
// calendar's Intl formatter 25–35, the date phrases' index 4–12, the cue words 9–14).
import { hijriCalendarInUse } from '../dates/hijri';
import { buildDateLexicon } from '../dates/lexicon';
import { cueLexicon } from '../ner/cues';

/** Each makes one table if it is not made yet; none takes more than a few tens of ms. */
export const LAZY_TABLES: readonly (() => void)[] = [
  () => void hijriCalendarInUse(),
  buildDateLexicon,
  () => void cueLexicon(),
];
