// Public API of the date layer.
export { findDates } from './find';
export { publishedFromHtml, publishedFromMeta, candidatesFromHtml, dateFromValue, SOURCE_PRIORITY } from './published';
export type { PublishedCandidate } from './published';
export {
  hijriToGregorian,
  gregorianToHijri,
  tabularHijriToGregorian,
  gregorianToTabularHijri,
  hijriCalendarInUse,
} from './hijri';
export type { Ymd } from './gregorian';
