// Hand-aligned toy name spellings: enough units to spell the test names and nothing else.
export const TOY_NAMES: string[][] = [
  ['م|mu', 'ح|ha', 'م|mm', 'د|ad'],
  ['ب|ba', 'ش|sh', 'ا|a', 'ر|r'],
  ['ا|', 'ل|', 'ا|a', 'س|s', 'د|ad'],
  ['ا|a', 'س|s', 'د|ad'],
  ['ب|ba', 'ك|k', 'ر|r'],
  ['س|sa', 'ل|l', 'م|m', 'ا|a', 'ن|n'],
  ['ك|ku', 'ل|l', 'ث|th', 'و|u', 'م|m'],
  ['ث|tha', 'ا|', 'ن|n', 'ي|i'],
  ['ن|na', 'ص|s', 'ر|r'],
];
