// Tagger readings that the words around them rule out, checked before a tagged span becomes a
// candidate (lib/engine/unknown.ts).

// Tanween: fathatan, dammatan, kasratan, with or without the alif that carries fathatan.
const TANWEEN_END = /[\u064B-\u064D]\u0627?$|\u0627\u064B$/;

/**
 * بياناً مشتركاً: a word written with its indefinite case ending (tanween) is a common noun or an
 * adjective; news never declines a name so.
 */
export function declinedIndefinite(written: string): boolean {
  return TANWEEN_END.test(written.replace(/\u0640/g, ''));
}

/**
 * إدلب وريف حلب, شمال سوريا: one guessed word right before a known place with no proclitic is a
 * noun in construct with it (the place's countryside, north or suburbs): no place of its own, and
 * no person either, whose name would go on with more name words.
 */
export function nounBeforePlace(
  span: { start: number; end: number; type: string },
  placeAt: (i: number) => boolean,
): boolean {
  return span.type !== 'organization' && span.end - span.start === 1 && placeAt(span.end);
}
