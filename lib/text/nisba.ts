// Nisba adjectives (الروسية، الأميركيين، السوريون) reduced to their masculine singular base (روسي).
// This is a SHAPE test only: كرسي or دولي also have the shape. Whether a base is a demonym is for
// the gazetteer's demonym table to say, so callers look the returned base up there and treat the
// word as a nisba only on a hit (وزير، رئيس، الجزائر، ايران return null here already).

/** Endings after the base's final ي, longest first, in normal form (ة is ه, ئ is ي). */
const NISBA_ENDINGS: readonly { ending: string; description: string }[] = [
  { ending: 'يتين', description: 'الروسيتين → روسي' },
  { ending: 'يتان', description: 'الروسيتان → روسي' },
  { ending: 'يين', description: 'الامريكيين → امريكي' },
  { ending: 'يون', description: 'السوريون → سوري' },
  { ending: 'يات', description: 'الروسيات → روسي' },
  { ending: 'يان', description: 'الروسيان → روسي' },
  { ending: 'يه', description: 'الروسيه → روسي' },
  { ending: 'ي', description: 'الجزايري → جزايري' },
];

/** Letters the base needs before its ي: في، علي، الذي، قضيه are not nisbas. */
const MIN_NISBA_STEM = 3;

function baseOf(w: string): string | null {
  for (const { ending } of NISBA_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    return stem.length < MIN_NISBA_STEM ? null : stem + 'ي';
  }
  return null;
}

/**
 * Masculine singular base of a nisba-shaped normalised word, with or without ال (other proclitics
 * are the caller's), or null when the word does not have the shape. A leading ال is always read as
 * the article (الذي → ذي → null); use nisbaBases() for stems that begin with ال themselves.
 */
export function nisbaBase(norm: string): string | null {
  const w = norm.startsWith('ال') && norm.length >= 4 ? norm.slice(2) : norm;
  return baseOf(w);
}

/**
 * Every reading: the article-stripped base first, then, for a word starting with ال, the base that
 * keeps it, because normalisation makes ألماني (German) start with ال: الماني → ماني, الماني.
 * Callers look each up in the demonym table and take the first hit.
 */
export function nisbaBases(norm: string): string[] {
  const out: string[] = [];
  const first = nisbaBase(norm);
  if (first) out.push(first);
  if (norm.startsWith('ال')) {
    const whole = baseOf(norm);
    if (whole && whole !== first) out.push(whole);
  }
  return out;
}
