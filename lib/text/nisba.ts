// Nisba adjectives (الروسية، الأميركيين، السوريون) reduced to their masculine singular base (روسي).
// This is a SHAPE test only: كرسي or دولي also have the shape. Whether a base is a demonym is for
// the gazetteer's demonym table to say, so callers look the returned base up there and treat the
// word as a nisba only on a hit (وزير، رئيس، الجزائر، ايران return null here already).

/** Endings after the base's final ي, longest first, in normal form (ة is ه, ئ is ي). */
export const NISBA_ENDINGS: readonly { ending: string; description: string }[] = [
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
export const MIN_NISBA_STEM = 3;

/**
 * Masculine singular base of a nisba-shaped normalised word, with or without ال (other proclitics
 * are the caller's), or null when the word does not have the shape.
 */
export function nisbaBase(norm: string): string | null {
  let w = norm;
  if (w.startsWith('ال') && w.length - 2 >= MIN_NISBA_STEM + 1) w = w.slice(2);
  for (const { ending } of NISBA_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.length < MIN_NISBA_STEM) return null;
    return stem + 'ي';
  }
  return null;
}
