// The reader picks how romanizations are shown: the strict form (simplified ALA-LC, with
// macrons and dots) as the engine gives it, or plain ASCII folded from it.
const FOLD: Record<string, string> = {
  ā: 'a', ī: 'i', ū: 'u', ḥ: 'h', ṣ: 's', ḍ: 'd', ṭ: 't', ẓ: 'z', ḫ: 'kh', ġ: 'gh', š: 'sh', ṯ: 'th', ḏ: 'dh', ʿ: "'", ʾ: "'",
  Ā: 'A', Ī: 'I', Ū: 'U', Ḥ: 'H', Ṣ: 'S', Ḍ: 'D', Ṭ: 'T', Ẓ: 'Z',
};

export function showRomanization(strict: string, style: 'strict' | 'ascii'): string {
  if (style === 'strict') return strict;
  return strict.replace(/[āīūḥṣḍṭẓḫġšṯḏʿʾĀĪŪḤṢḌṬẒ]/g, (c) => FOLD[c] ?? c).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
