// Cheap language decision on a sample of page text: is it Arabic (not Persian, Urdu or Kurdish,
// which share the script)? Letters unique to those languages give them away.

const ARABIC_BLOCK = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
// پ چ ژ گ ک ی (Persian), ٹ ڈ ڑ ں ے ھ (Urdu), ڵ ڕ ۆ ێ (Sorani Kurdish)
const NON_ARABIC_LETTERS =
  /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06B5\u0695\u06C6\u06CE]/g;
const ARABIC_ONLY_LETTERS = /[\u0629\u0649]/g; // ة ى are rare in Persian/Urdu running text
const LATIN = /[A-Za-z]/g;

export interface LangGuess {
  lang: 'ar' | 'fa' | 'ur' | 'ku' | 'other';
  arabicScriptShare: number;
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

export function guessLanguage(sample: string, declared = ''): LangGuess {
  const scriptChars = count(sample, ARABIC_BLOCK);
  const share = scriptChars / Math.max(1, scriptChars + count(sample, LATIN));
  if (scriptChars < 40 || share < 0.3) return { lang: 'other', arabicScriptShare: share };
  const foreign = count(sample, NON_ARABIC_LETTERS) / scriptChars;
  const arabicOnly = count(sample, ARABIC_ONLY_LETTERS) / scriptChars;
  const decl = declared.toLowerCase().slice(0, 2);
  // Arabic news spells foreign names with a few پ/گ, so only a sizeable share counts against it.
  if (foreign > 0.01 && foreign > arabicOnly) {
    if (decl === 'ur' || decl === 'ku' || decl === 'ckb')
      return { lang: decl === 'ur' ? 'ur' : 'ku', arabicScriptShare: share };
    return { lang: 'fa', arabicScriptShare: share };
  }
  if (decl === 'fa' || decl === 'ur' || decl === 'ku') return { lang: decl, arabicScriptShare: share } as LangGuess;
  return { lang: 'ar', arabicScriptShare: share };
}
