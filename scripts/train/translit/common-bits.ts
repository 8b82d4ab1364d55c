// The model's `common` field (lib/translit/common-names.ts) from lists of common names, for
// gen-translit.ts: one bit per word of the name model's word list, set where a list holds it.

import { encodeBits } from '../../../lib/translit/common-names';
import type { Lexicon } from '../../../lib/translit/lexicon';

/** `lists`: files' text, one name a line; capitalised words of plain letters count (Washington). */
export function commonBits(lexicon: Lexicon, lists: readonly string[]): string {
  const bits = new Uint8Array(Math.ceil(lexicon.size / 8));
  for (const text of lists) {
    for (const line of text.split('\n')) {
      const w = line.trim();
      if (!/^[A-Z][a-z]+$/.test(w)) continue;
      const at = lexicon.indexOf(w.toLowerCase());
      if (at >= 0) bits[at >> 3]! |= 1 << (at & 7);
    }
  }
  return encodeBits(bits);
}
